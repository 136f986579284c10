import { indexTerm } from '../text/analyzer.ts';
import type { Dictionary } from '../text/dictionary.ts';

/**
 * Questions about where a named person comes from: "What nationality was Arthur Woolf?", "where is
 * Kallas originally from?", "which country is Kaja Kallas from?". A sentence answers only where it
 * ties the person to a people or a place: a people's adjective beside the name ("British engineer
 * Arthur Woolf", "Rankine, a Scottish polymath"), or a place after "from", "of", "native of" or
 * "born in" right after it ("Edmund Bohun of Suffolk"). A sentence that names the person and some
 * place for another reason ("who led the exiled community in London") does not say where they are
 * from, and a question no source answers so is declined.
 *
 * @module
 */

// "What nationality …", "… 's nationality", "where is X (originally) from", "which country/city is X
// from", and the question word after "from": "X is (originally) from which country".
const PLACE_KINDS = '(?:country|city|town|nation|region|place|state)';
const ORIGIN = new RegExp(
  String.raw`\bnationality\b|\b(?:where|which\s+${PLACE_KINDS}|what\s+${PLACE_KINDS})\b.*\b(?:originally\s+)?(?:from|hail(?:s|ed)?\s+from)\s*\??\s*$|` +
    String.raw`\b(?:is|was|are|were|comes?|came|hails?|hailed)\s+(?:originally\s+)?from\s+(?:which|what)\s+${PLACE_KINDS}\b`,
  'i',
);

// A signature line: a name, a comma and one capitalised place, and nothing else ("— Hansa Trivedi,
// Vadodara", "*Suresh Kulkarni, Indore*"), as a letters page signs each letter.
const SIGNATURE =
  /^[*_]*(?:[—–-]\s*)?([^,.!?:;]{2,80}),\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}[*_]*$/u;

/** Whether a question asks where a person comes from (a name in it is checked by the caller). */
export function asksOrigin(question: string): boolean {
  return ORIGIN.test(question);
}

// How many words may stand between a people's adjective and the name it describes ("British
// engineer Arthur Woolf"), or between the name and it in an apposition ("Rankine, a Scottish …").
const REACH = 3;
const TIES = /^(?:from|of)$/i;
// How many words after the name a place it is from may stand, past an apposition's comma.
const APPOSITION_WORDS = 5;

/**
 * Whether `text` ties a name (its words' index terms, `name`) to where the person comes from: a
 * capitalised adjective beside it, or "from"/"of"/"native of"/"born in" and a capitalised place
 * right after it.
 */
export function tellsOrigin(
  text: string,
  names: readonly (readonly string[])[],
  dictionary: Dictionary,
): boolean {
  // A letter's signature, a line of its own: "— Col (retd) Mahendra Singh Jhala, Bhuj".
  const signed = SIGNATURE.exec(text.trim());
  if (signed) {
    const signer = (signed[1] ?? '').split(/\s+/).map((word) => indexTerm(word));
    if (names.some((name) => name.every((term) => signer.includes(term)))) return true;
  }
  const words = text.match(/[\p{L}\d][\p{L}\p{M}\d'’.-]*|[,;()]/gu) ?? [];
  const terms = words.map((word) => indexTerm(word.replace(/\.+$/, '').replace(/['’]s$/, '')));
  const peoples = (word: string | undefined) =>
    word !== undefined &&
    word.length >= 4 &&
    /^\p{Lu}/u.test(word) &&
    dictionary.partsOfSpeech(word.toLowerCase()).has('a');
  const capitalised = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word);
  // "the Frenchman Denis Papin", "the Scottish-born engineer": a people's noun or a birthplace.
  const peopleOrBorn = (word: string | undefined) =>
    peoples(word) ||
    (word !== undefined && /^\p{Lu}[\p{L}-]+-born$/u.test(word)) ||
    (word !== undefined &&
      /^\p{Lu}\p{Ll}+m[ae]n$/u.test(word) &&
      dictionary.partsOfSpeech(word.toLowerCase()).has('n'));
  for (const name of names) {
    const last = name.at(-1);
    if (!last) continue;
    for (let i = 0; i < terms.length; i++) {
      if (terms[i] !== last) continue;
      const first = i - (name.length - 1);
      // Before the name: "British engineer Arthur Woolf".
      for (let j = first - 1; j >= Math.max(0, first - REACH); j--) {
        if (peopleOrBorn(words[j])) return true;
        if (words[j] === ',' || words[j] === ';') break;
      }
      // After it: "Rankine, a Scottish polymath", "Bohun of Suffolk", "X, a native of Y", "born in Y".
      // An apposition of a few words may come first: "Venkatraman, a Lok Sabha member from Tiruchirappalli".
      const after = words.slice(i + 1, i + 1 + REACH + APPOSITION_WORDS);
      if (TIES.test(after[0] ?? '') && capitalised(after[1])) return true;
      for (let k = 0; k < after.length; k++) {
        if (after[k] === ';' || after[k] === '(' || after[k] === ')' || (k > 0 && after[k] === ',')) break;
        if (peopleOrBorn(after[k]) && k <= REACH + 1) return true;
        if (/^from$/i.test(after[k] ?? '') && capitalised(after[k + 1])) return true;
        if (/^native$/i.test(after[k] ?? '') && /^of$/i.test(after[k + 1] ?? '') && capitalised(after[k + 2]))
          return true;
        if (/^born$/i.test(after[k] ?? '') && /^in$/i.test(after[k + 1] ?? '') && capitalised(after[k + 2]))
          return true;
      }
    }
  }
  return false;
}
