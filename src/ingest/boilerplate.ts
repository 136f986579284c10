/**
 * Lines that sit inside an article body on news sites without being the article: ad labels,
 * "Read more" and "Also read" links, share and follow prompts, newsletter pitches, syndication
 * notes. Readability keeps them because they sit among the paragraphs. A paragraph is dropped
 * whole or kept whole (the text is never edited); the preview lists what was dropped.
 *
 * @module
 */
const PATTERNS: RegExp[] = [
  /^(advertisements?|sponsored( content)?|ad|promoted|story continues below( this ad)?)$/i,
  /^(read more|also read|read also|see also|also see|related( stories| articles)?|recommended|more on this|watch|listen|video|photos)\b\s*[:|–—-]/i,
  /^(read more|also read|read also|continue reading)\W*$/i,
  /^(click here|tap here)\b/i,
  /^(subscribe|sign up|sign in|log in|register)\b.{0,120}(newsletter|inbox|updates|briefing|subscribers?|access|account|free)\b/i,
  /^(get|receive) (the|our) .{0,60}(newsletter|in your inbox|briefing|app)\b/i,
  /^(follow|like) us (on|at)\b/i,
  /^(download|get) (the|our) .{0,30}app\b/i,
  /^share (this|the|on|via|article|story)\b/i,
  /^((share|facebook|twitter|x|whatsapp|linkedin|email|e-mail|telegram|reddit|pinterest|print|copy link|comments?)\b[\s|,·•/]*)+$/i,
  /^\(?(this|the) (story|article|report) (has not been|was not|is not) edited\b/i,
  /^\(?(disclaimer|note to readers)\s*:/i,
  /^(©|copyright\b)/i,
  /^(first published|last updated|updated|published)( on| at)?\s*:/i,
  /^(be the first to comment|comments?\s*\(\d+\))/i,
];

/** True when the paragraph is boilerplate by its text alone. */
export const isBoilerplateText = (text: string): boolean => PATTERNS.some((pattern) => pattern.test(text));

/** Short paragraphs made mostly of link text are navigation ("Also read: <a>…</a>"), not reporting. */
export const LINK_PARAGRAPH = { maxLength: 160, minLinkShare: 0.7 };
