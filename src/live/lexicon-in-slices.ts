import { Lexicon, type LexiconData } from '../search/lexicon.ts';
import { openWordNet } from '../text/wordnet.ts';

/**
 * `Lexicon.build` for a running bot: the corpus words go through WordNet a few dozen at a time,
 * with a yield between batches, and the batches' lexicons are merged. Merging in order gives the
 * same lexicon as one build (same keys, same lists in the same order; test/live/rebuild-corpus.test.ts
 * compares them), because `build` only ever appends a (stem, relation) pair not yet listed under a
 * key, and a kind not yet in a noun's set. At 10,000 passages one build holds the event loop for
 * seconds; a batch holds it for milliseconds.
 */
export const WORDS_PER_BATCH = 40;

export async function buildLexiconInSlices(
  words: Iterable<string>,
  slice: () => Promise<void>,
  batchSize = WORDS_PER_BATCH,
): Promise<Lexicon> {
  const wordnet = openWordNet();
  const related = new Map<string, LexiconData['related'][number][1]>();
  const kinds = new Map<string, string[]>();
  const merge = (data: LexiconData) => {
    for (const [key, list] of data.related) {
      const merged = related.get(key) ?? [];
      for (const [stem, relation] of list)
        if (!merged.some(([s, r]) => s === stem && r === relation)) merged.push([stem, relation]);
      related.set(key, merged);
    }
    for (const [stem, list] of data.kinds) {
      const merged = kinds.get(stem) ?? [];
      for (const kind of list) if (!merged.includes(kind)) merged.push(kind);
      kinds.set(stem, merged);
    }
  };
  let batch: string[] = [];
  for (const word of words) {
    batch.push(word);
    if (batch.length < batchSize) continue;
    merge(Lexicon.build(batch, wordnet).toData());
    batch = [];
    await slice();
  }
  if (batch.length > 0) merge(Lexicon.build(batch, wordnet).toData());
  return Lexicon.fromData({ related: [...related], kinds: [...kinds] });
}
