import { IRREGULAR_FORMS } from './irregular-forms.ts';
import type { Pos } from './wordnet.ts';

/**
 * Base forms a word may have, for looking it up in WordNet: WordNet's own "morphy" detachment
 * rules by part of speech ("talks" → "talk", "studies" → "study", "signed" → "sign"), after the
 * irregular forms we know ("met" → "meet"). The caller keeps the candidates WordNet holds.
 * Rules from morphy(7WN), https://wordnet.princeton.edu/documentation/morphy7wn
 *
 * @module
 */
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

/** The word itself and each form the detachment rules give for `pos`, without repeats. */
export function baseForms(word: string, pos: Pos): string[] {
  const forms = new Set([word]);
  const irregular = IRREGULAR_FORMS.get(word);
  if (irregular) forms.add(irregular);
  for (const [suffix, ending] of RULES[pos]) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      forms.add(word.slice(0, -suffix.length) + ending);
    }
  }
  // A doubled final consonant before -ed/-ing: "planned" → "plan", "stopping" → "stop".
  const doubled = /^(.*([b-df-hj-np-tv-z]))\2(?:ed|ing)$/.exec(word);
  if (pos === 'v' && doubled?.[1]) forms.add(doubled[1]);
  return [...forms];
}
