import { describe, expect, it } from 'vitest';
import { rebuildCorpus } from '../../src/live/rebuild-corpus.ts';
import { buildSnapshot } from '../../src/snapshot/build-snapshot.ts';
import type { Snapshot } from '../../src/snapshot/index-snapshot.ts';
import { FIXTURE_CORPUS_DIR } from '../support/test-bot.ts';

/** The reload's time-sliced build must give exactly the snapshot a start builds. */
const SHIPPED = `${FIXTURE_CORPUS_DIR}/`;
const comparable = (s: Snapshot) => ({
  corpus: s.corpus,
  glossary: s.glossary.groups,
  index: JSON.stringify(s.index.toSnapshot()),
  lexicon: JSON.stringify(s.lexicon.toData()),
});

describe('rebuildCorpus', () => {
  it('builds what buildSnapshot builds, pausing between files, articles, passages and words', async () => {
    let asked = 0;
    let paused = 0;
    const { snapshot, raced } = await rebuildCorpus({
      corpusDir: SHIPPED,
      // Pause at every third chance, as if each slice ran out there.
      slice: () => {
        asked++;
        if (asked % 3 !== 0) return undefined;
        paused++;
        return Promise.resolve();
      },
      warn: () => {},
    });
    expect(raced).toBe(false);
    expect(comparable(snapshot)).toEqual(comparable(buildSnapshot(SHIPPED)));
    const { articles, passages } = snapshot.corpus;
    const words = [...snapshot.index.articleWords()].length;
    // One chance after each file, each article's speakers, each passage and each lexicon word.
    expect(asked).toBeGreaterThanOrEqual(2 * articles.length + passages.length + words / 2);
    expect(paused).toBe(Math.floor(asked / 3));
  });
});
