/**
 * The dateline (the place a report was filed from) as the page's own first paragraph states it:
 * "MUMBAI, Feb 12 (Reuters) –", "New Delhi [India], January 27 (ANI):", "Brussels, March 10 –",
 * "Kochi: …". Only these shapes are read; anything else is left for the operator to give. A city
 * in capitals is written in title case ("NEW DELHI" → "New Delhi"), as the corpus does.
 *
 * @module
 */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const CITY = "[A-Z][a-zA-Z'.-]+(?: [A-Z][a-zA-Z'.-]+){0,3}";
const SHAPES = [
  // NEW DELHI, Jan 27 (Reuters) –   /   BRUSSELS —
  new RegExp(
    `^([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})(?: \\[[^\\]]{1,40}\\])?(?:,? ${MONTH} \\d{1,2}(?:,? \\d{4})?)?(?: \\([^)]{1,40}\\))?\\s*[:–—-]\\s`,
    'u',
  ),
  // New Delhi [India], January 27 (ANI):
  new RegExp(`^(${CITY}) \\[[^\\]]{1,40}\\],? ${MONTH} \\d{1,2}`, 'u'),
  // Brussels, March 10 –   /   Brussels, March 10 (AFP) -
  new RegExp(`^(${CITY}),? ${MONTH} \\d{1,2}(?:,? \\d{4})?(?: \\([^)]{1,40}\\))?\\s*[:–—-]\\s`, 'u'),
  // Kochi: The commander …
  new RegExp(`^(${CITY}):\\s`, 'u'),
];
// "Kochi:" and "Update:" have one shape; these words open paragraphs without being places.
const NOT_PLACES =
  /^(update|updated|analysis|opinion|exclusive|watch|breaking|explained|live|editorial|note|also|read|photos?|video|comment|interview|q|a|factbox|timeline|correction)$/i;

const titleCase = (word: string) =>
  word.replace(/[A-Z]+/g, (run) => run.charAt(0) + run.slice(1).toLowerCase());

export function datelineOf(firstParagraph: string | undefined): string | undefined {
  if (!firstParagraph) return undefined;
  for (const shape of SHAPES) {
    const city = shape.exec(firstParagraph)?.[1];
    if (!city || NOT_PLACES.test(city)) continue;
    return city === city.toUpperCase() ? city.split(' ').map(titleCase).join(' ') : city;
  }
  return undefined;
}
