/**
 * Text helpers for Discord markdown: escape quoted text so it shows exactly as written (no
 * accidental bold, masked links or mention pills), and shorten text to a limit at a sentence
 * boundary with a visible note, so nothing is cut silently or rejected by Discord.
 */

// Characters Discord's markdown gives meaning to anywhere in a line, plus `<` so `<@id>`,
// `<#id>` and `<t:…>` show as typed. `@everyone` is left as written: allowed_mentions stops pings.
const INLINE_SPECIAL = /[\\*_~`|[\]<]/g;
// Headings, quotes, list markers and numbered lists only mean something at the start of a line.
const LINE_START_SPECIAL = /^(\s*)([#>-])/gm;
const LINE_START_NUMBER = /^(\s*\d+)\./gm;

/** Escapes Discord markdown so `text` renders verbatim. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(LINE_START_SPECIAL, '$1\\$2')
    .replace(LINE_START_NUMBER, '$1\\.');
}

/** Decodes `escapeMarkdown`: what a reader sees. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

export const CUT_MARK = '…';

export interface Fitted {
  text: string;
  cut: boolean;
}

/**
 * Shortens `text` to at most `max` characters, preferring the end of a sentence, then a word,
 * and appends `note` (default `…`). Never leaves a dangling escape backslash.
 */
export function fitText(text: string, max: number, note = CUT_MARK): Fitted {
  if (text.length <= max) return { text, cut: false };
  const suffix = note === CUT_MARK ? note : ` ${note}`;
  const room = max - suffix.length;
  if (room <= 0) return { text: note.slice(0, max), cut: true };
  const head = text.slice(0, room + 1);
  const sentenceEnds = [...head.matchAll(/[.!?…]["'”’)\]]*(?=\s)/g)]
    .map((match) => match.index + match[0].length)
    .filter((end) => end <= room);
  let end = sentenceEnds.at(-1) ?? -1;
  // A sentence end far back would drop most of the text; cut at a word instead.
  if (end < room / 2) end = head.lastIndexOf(' ', room);
  if (end < room / 2) end = room;
  let kept = text.slice(0, end).trimEnd();
  const trailingBackslashes = /\\+$/.exec(kept)?.[0].length ?? 0;
  if (trailingBackslashes % 2 === 1) kept = kept.slice(0, -1);
  return { text: `${kept}${suffix}`, cut: true };
}
