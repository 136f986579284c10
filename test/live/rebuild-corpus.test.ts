import { describe, expect, it } from 'vitest';
import { rebuildCorpus } from '../../src/live/rebuild-corpus.ts';
import { buildSnapshot } from '../../src/snapshot/build-snapshot.ts';
import type { Snapshot } from '../../src/snapshot/index-snapshot.ts';

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
    expect(yields).toBe(snapshot.corpus.articles.length + snapshot.corpus.passages.length);
  });
});
