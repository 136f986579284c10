/**
 * Fixed texts every platform shows the same way (renderers place them; they never reword them),
 * so Discord, Slack and the console say the same thing.
 *
 * @module
 */

/** Shown with an answer whose quoted reports state different values (`Answer.sourcesDiffer`). */
export const SOURCES_DIFFER = 'Sources differ: each report is quoted with its own source and date.';
