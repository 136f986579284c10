/**
 * A news dateline opening an article's first paragraph: "New Delhi [India], January 27 (ANI): ",
 * "NEW DELHI, Jan 27 (Reuters) - ", "New Delhi (HNS): ". It says where and by whom the story was
 * filed, as the citation does; it is not what the sentence says. Answers quote it verbatim with its
 * sentence, but the words a sentence is matched on leave it out, so a question naming the city is
 * not answered by the opening sentence for the dateline alone.
 *
 * @module
 */
export const DATELINE =
  /^\p{Lu}[\p{L}.'’ -]{0,40}?(?: \[[^\]]{1,40}\])?(?:, \p{L}{3,}\.? \d{1,2}(?:, \d{4})?)? ?\([^)]{1,30}\) ?[:\-–—] ?/u;

/** The sentence without its opening dateline, if it has one. */
export function withoutDateline(text: string): string {
  const match = DATELINE.exec(text);
  return match ? text.slice(match[0].length) : text;
}
