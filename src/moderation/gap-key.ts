import { indexTerms } from '../text/analyzer.ts';

/**
 * Which declined questions count as "the same gap". When the answer named words no source
 * mentions, the group is those words; otherwise it is every term of the question. Either way the
 * words go through the analyser the index uses (stop words out, spelling normalised, stemmed), so
 * "Does NATO agree?" and "what did nato say" share the group `nato`, and "submarine deals" and
 * "deal on submarines" share `deal submarin`.
 */
export function gapTerms(question: string, missing: readonly string[]): string[] {
  const fromMissing = indexTerms(missing.join(' '));
  const terms = fromMissing.length > 0 ? fromMissing : indexTerms(question);
  return [...new Set(terms)].sort();
}

/** The stored group key: the terms joined by single spaces ("" for a question with no terms). */
export const gapKey = (terms: readonly string[]): string => terms.join(' ');
