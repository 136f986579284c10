/**
 * British and American spellings normalised by rule, not word by word. The rules rewrite both the
 * corpus and the question the same way, so a rewrite only needs to be consistent, not correct:
 * "organise", "organize" → "organize"; "defence", "defense" → "defense"; "colour" → "color";
 * "centre" → "center"; "catalogue" → "catalog"; "analyse" → "analyze"; "programme" → "program".
 * Doubled consonants (travelled/traveled) need no rule: the Porter stemmer already joins them.
 *
 * @module
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2'],
  [/^(\w{2,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/^(\w*[fct])enc(e|es)$/, '$1ens$2'],
  [/^(\w{2,})our(s|ed|ing|ite|ites|able|ably|ful)?$/, '$1or$2'],
  [/^(\w+[^aeiou\W])re(s|d)?$/, '$1er$2'],
  [/^(\w+)ogue(s)?$/, '$1og$2'],
  [/^(\w{3,})mme(s)?$/, '$1m$2'],
];

export function normaliseSpelling(word: string): string {
  if (word.length < 5) return word;
  let out = word;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

// The rules above that keep a word's length, undone: "defense" → "defence", "organize" → "organise".
const BRITISH: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(\w*[fct])ens(e|es)$/, '$1enc$2'],
  [/^(\w{3,})iz(e|es|ed|ing|ation|ations|er|ers)$/, '$1is$2'],
  [/^(\w{2,})yz(e|es|ed|ing)$/, '$1ys$2'],
];

/**
 * The British spelling of a word as the sources hold it, where one of the rules of the same length
 * made it American ("defense" → "defence"); the word itself otherwise. A typo is typed from the
 * spelling its writer knows: "defnce" is one letter from "defence", two from "defense".
 */
export function britishSpelling(word: string): string {
  let out = word;
  for (const [pattern, replacement] of BRITISH) out = out.replace(pattern, replacement);
  return out;
}
