import { describe, expect, it } from 'vitest';
import { buildLexiconInSlices } from '../../src/live/lexicon-in-slices.ts';
import { rebuildCorpus } from '../../src/live/rebuild-corpus.ts';
import { Lexicon } from '../../src/search/lexicon.ts';
import { buildSnapshot } from '../../src/snapshot/build-snapshot.ts';
import type { Snapshot } from '../../src/snapshot/index-snapshot.ts';
import { openWordNet } from '../../src/text/wordnet.ts';

/** The reload's time-sliced build must give exactly the snapshot a start builds. */
const SHIPPED = new URL('../../corpus/', import.meta.url).pathname;
const comparable = (s: Snapshot) => ({
  corpus: s.corpus,
  glossary: s.glossary.groups,
  index: JSON.stringify(s.index.toSnapshot()),
  lexicon: JSON.stringify(s.lexicon.toData()),
});

describe('rebuildCorpus', () => {
  it('builds what buildSnapshot builds, yielding as it goes', async () => {
    let yields = 0;
    const { snapshot, raced } = await rebuildCorpus({
      corpusDir: SHIPPED,
      slice: async () => {
        yields++;
      },
      warn: () => {},
    });
    expect(raced).toBe(false);
    expect(comparable(snapshot)).toEqual(comparable(buildSnapshot(SHIPPED)));
    expect(yields).toBeGreaterThan(snapshot.corpus.articles.length + snapshot.corpus.passages.length);
  });

  it('builds the lexicon in batches that merge into exactly the one-piece lexicon', async () => {
    const words = [...buildSnapshot(SHIPPED).index.articleWords()];
    const whole = Lexicon.build(words, openWordNet()).toData();
    for (const batch of [1, 7, 40]) {
      const sliced = await buildLexiconInSlices(words, async () => {}, batch);
      expect(JSON.stringify(sliced.toData())).toBe(JSON.stringify(whole));
    }
    expect(whole.related.length).toBeGreaterThan(100);
  });
});
