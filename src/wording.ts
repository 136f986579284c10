/**
 * Fixed texts every platform shows the same way (renderers place them; they never reword them),
 * so Discord, Slack and the console say the same thing.
 *
 * @module
 */

/** The reply to someone asking faster than the rate limit allows (`RATE_LIMIT_*` settings). */
export const rateLimited = (seconds: number): string =>
  `You're asking faster than I can keep up with. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and ask again.`;

/** Shown with an answer whose quoted reports state different values (`Answer.sourcesDiffer`). */
export const SOURCES_DIFFER = 'Sources differ: each report is quoted with its own source and date.';
