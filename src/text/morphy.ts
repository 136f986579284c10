import { createRequire } from 'node:module';
import type { Pos } from './wordnet.ts';

/**
 * Base forms a word may have, for looking it up in WordNet: WordNet's own "morphy" — first its
 * exception lists by part of speech ("threw" → "throw", "mice" → "mouse", "better" → "good"),
 * then its detachment rules ("talks" → "talk", "studies" → "study", "signed" → "sign"). The
 * caller keeps the candidates WordNet holds.
 * Rules from morphy(7WN), https://wordnet.princeton.edu/documentation/morphy7wn; the exception
 * lists (verb.exc, noun.exc, adj.exc) as the wink-lexicon package ships them.
 *
 * @module
 */
const require = createRequire(import.meta.url);
const EXCEPTION_FILES: Record<Pos, string | undefined> = {
  n: 'wink-lexicon/src/wn-noun-exceptions.js',
  v: 'wink-lexicon/src/wn-verb-exceptions.js',
  a: 'wink-lexicon/src/wn-adjective-exceptions.js',
  r: undefined,
};
const exceptions = new Map<Pos, Readonly<Record<string, string>>>();

/** WordNet's exception list for `pos` (word → base form), read from the package on first use. */
function exceptionsOf(pos: Pos): Readonly<Record<string, string>> {
  let list = exceptions.get(pos);
  if (!list) {
    const file = EXCEPTION_FILES[pos];
    list = file ? (require(file) as Record<string, string>) : {};
    exceptions.set(pos, list);
  }
  return list;
}

/** WordNet's base form of an irregular `word` as `pos` ("threw" → "throw"). */
export function irregularBase(word: string, pos: Pos): string | undefined {
  const list = exceptionsOf(pos);
  return Object.hasOwn(list, word) ? list[word] : undefined;
}

/** The exception lists by part of speech, as data. */
export type ExceptionLists = Readonly<Record<Pos, Readonly<Record<string, string>>>>;

/**
 * The exception lists as data, for the index snapshot: a start that loads a snapshot takes them
 * from there (`useExceptionLists`), which parses in about 2 ms what compiling the package's three
 * JavaScript files takes about 10 ms for, on every one-shot `npm run ask`.
 */
export function exceptionLists(): ExceptionLists {
  return { n: exceptionsOf('n'), v: exceptionsOf('v'), a: exceptionsOf('a'), r: exceptionsOf('r') };
}

/** Uses exception lists read from a snapshot (`exceptionLists`) instead of the package's files. */
export function useExceptionLists(lists: ExceptionLists): void {
  for (const pos of ['n', 'v', 'a', 'r'] as const) exceptions.set(pos, lists[pos]);
}

const RULES: Record<Pos, ReadonlyArray<readonly [string, string]>> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

// The suffixes before which a final consonant doubles, and a one-syllable word ending in one
// vowel letter and one consonant that doubles (not w, x or y: "rowed", "fixed", "played").
const UNDOUBLED = /^(?:ed|ing)$/;
const SHORT_VOWEL_CONSONANT = /^[b-df-hj-np-tv-z]*[aeiou][b-df-hj-np-tvz]$/;

/** The word itself and each form the detachment rules give for `pos`, without repeats. */
export function baseForms(word: string, pos: Pos): string[] {
  const forms = new Set([word]);
  const irregular = irregularBase(word, pos);
  if (irregular) forms.add(irregular);
  for (const [suffix, ending] of RULES[pos]) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + ending;
      // English doubles a one-syllable verb's last consonant after a single vowel before -ed and
      // -ing ("sin" → "sinned"): "sined" is no form of "sin" (it is "signed" mistyped).
      if (pos === 'v' && ending === '' && UNDOUBLED.test(suffix) && SHORT_VOWEL_CONSONANT.test(base))
        continue;
      forms.add(base);
    }
  }
  // A doubled final consonant before -ed/-ing: "planned" → "plan", "stopping" → "stop".
  const doubled = /^(.*([b-df-hj-np-tv-z]))\2(?:ed|ing)$/.exec(word);
  if (pos === 'v' && doubled?.[1]) forms.add(doubled[1]);
  return [...forms];
}
