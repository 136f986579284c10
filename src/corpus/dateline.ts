/**
 * A news dateline opening an article's first paragraph: "New Delhi [India], January 27 (ANI): ",
 * "NEW DELHI, Jan 27 (Reuters) - ", "New Delhi (HNS): ", "Mumbai, February 7: ", "PARIS — ". It says where and by whom the story was
 * filed, as the citation does; it is not what the sentence says. Answers quote it verbatim with its
 * sentence, but the words a sentence is matched on leave it out, so a question naming the city is
 * not answered by the opening sentence for the dateline alone.
 *
 * @module
 */
// The place, and a day of the month: "New Delhi [India], January 27", "Mumbai, 7 February 2026".
const PLACE = String.raw`\p{Lu}[\p{L}.'’ -]{0,40}?(?: \[[^\]]{1,40}\])?`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?`;
const DAY = String.raw`(?:${MONTH} \d{1,2}|\d{1,2} ${MONTH})(?:,? \d{4})?`;
export const DATELINE = new RegExp(
  [
    // With the agency: "New Delhi [India], January 27 (ANI): ", "New Delhi (HNS): ".
    String.raw`^${PLACE}(?:, \p{L}{3,}\.? \d{1,2}(?:, \d{4})?)? ?\([^)]{1,30}\) ?[:\-–—] ?`,
    // Without one, by the day: "Mumbai, February 7: ", "New Delhi, 19 March 2026 – ".
    `^${PLACE}, ${DAY} ?[:–—] ?`,
    // Or by the place in capitals: "NEW DELHI: ", "PARIS — ".
    String.raw`^\p{Lu}[\p{Lu} .'’-]{2,30}(?:, ${DAY})? ?[:–—] ?`,
  ].join('|'),
  'u',
);

/** The sentence without its opening dateline, if it has one. */
export function withoutDateline(text: string): string {
  const match = DATELINE.exec(text);
  return match ? text.slice(match[0].length) : text;
}
