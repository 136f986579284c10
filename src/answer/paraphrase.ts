import { indexTerms, tokenize } from '../text/analyzer.ts';
import type { Dictionary } from '../text/dictionary.ts';
import type { Concept } from './analyse-question.ts';

/**
 * Words of a question that no source holds, found worded otherwise in a sentence by WordNet's
 * definitions (DESIGN.md, "The flow of a question", step 6: "Reword"). Definitions link words
 * this way only: they are no relation of the lexicon, so they never make a word "known".
 *
 * @module
 */

/**
 * Whether a text words, in other words, a concept of the question that no source holds: one of
 * its words is in the dictionary's definition of the concept, or the concept is in the definition
 * of one of its words ("following Council authorisation" words "approval": one sense of
 * "authorisation" is "official permission or approval"). `definedOnly`: by the latter only.
 */
export function paraphrases(
  text: string,
  concept: Concept,
  dictionary: Dictionary,
  definedOnly = false,
): boolean {
  const defining = dictionary.definitionStems(concept.label);
  const own = indexTerms(concept.label);
  for (const token of tokenize(text)) {
    if (token.stop || token.light || token.name || token.word.length < 3) continue;
    if (!definedOnly && defining.has(token.stem)) return true;
    const defined = dictionary.definitionStems(token.word);
    if (own.every((stem) => defined.has(stem))) return true;
  }
  return false;
}
