/**
 * Near-duplicate texts by word shingles. Two reports of one wire story differ in a headline, a
 * dateline, a sentence cut or added; as sets of overlapping five-word runs ("shingles") of their
 * normalised words they still share most members. Two measures are kept: Jaccard (shared / union),
 * for copies of similar length, and containment (shared / the smaller set), for a teaser or a cut
 * copy that sits inside a longer text. Normalisation folds case, Unicode compatibility forms,
 * quotes and dashes, and drops punctuation, so typography alone never hides a copy.
 *
 * Kept small and free of corpus types so index-time deduplication (sentences, passages) can reuse it.
 *
 * @module
 */

export const SHINGLE_WORDS = 5;

/** A text's words, lower-cased, NFKC-folded, punctuation dropped (letters and digits of any script kept). */
export function normalisedWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? []
  );
}

/** The set of `size`-word shingles of a text; a text shorter than `size` words is one shingle. */
export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const words = normalisedWords(text);
  const out = new Set<string>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

export interface Similarity {
  /** Shared shingles over all distinct shingles of both texts (0–1). */
  jaccard: number;
  /** Shared shingles over the shingles of the smaller text (0–1): 1 when one lies inside the other. */
  containment: number;
}

export function similarity(a: Set<string>, b: Set<string>): Similarity {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return { jaccard: shared / (a.size + b.size - shared), containment: shared / small.size };
}

/** What counts as a near-duplicate: thresholds on either measure. */
export interface NearDuplicateThresholds {
  jaccard: number;
  containment: number;
}

/**
 * Defaults for whole articles: half the shingles shared in common, or 80% of the smaller text
 * found in the larger. An unrelated report on the same event shares well under 10%
 * (test/corpus/near-duplicates.test.ts).
 */
export const ARTICLE_THRESHOLDS: NearDuplicateThresholds = { jaccard: 0.5, containment: 0.8 };

export interface NearDuplicate<T> {
  item: T;
  similarity: Similarity;
}

/** The most similar candidate over the thresholds, or undefined. */
export function findNearDuplicate<T>(
  text: string,
  candidates: Iterable<{ item: T; text: string }>,
  thresholds: NearDuplicateThresholds = ARTICLE_THRESHOLDS,
): NearDuplicate<T> | undefined {
  const own = shingles(text);
  let best: NearDuplicate<T> | undefined;
  for (const candidate of candidates) {
    const found = similarity(own, shingles(candidate.text));
    if (found.jaccard < thresholds.jaccard && found.containment < thresholds.containment) continue;
    if (!best || found.containment + found.jaccard > best.similarity.containment + best.similarity.jaccard) {
      best = { item: candidate.item, similarity: found };
    }
  }
  return best;
}
