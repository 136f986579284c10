import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { readCorpusInSlices } from '../../src/live/read-corpus-in-slices.ts';
import { articleSource, removeCorpora, writeCorpus, writeDir } from '../corpus/corpus-fixture.ts';
import { FIXTURE_CORPUS_DIR } from '../support/test-bot.ts';

const SHIPPED = `${FIXTURE_CORPUS_DIR}/`;
afterAll(removeCorpora);

describe('readCorpusInSlices', () => {
  it('reads exactly what loadCorpus reads, yielding between files', async () => {
    let yields = 0;
    const slice = async () => {
      yields++;
    };
    expect(await readCorpusInSlices(SHIPPED, slice)).toEqual(loadCorpus(SHIPPED));
    const dir = writeCorpus([
      { id: 'b', body: 'Second file.\n\nTwo paragraphs.' },
      { id: 'a', body: 'First file.' },
    ]);
    expect(await readCorpusInSlices(dir, slice)).toEqual(loadCorpus(dir));
    expect(yields).toBe(3);
  });

  it('fails with the same errors as loadCorpus', async () => {
    const duplicate = writeDir({
      'one.md': articleSource({ id: 'same', body: 'A.' }),
      'two.md': articleSource({ id: 'same', body: 'B.' }),
    });
    const empty = writeDir({ 'notes.txt': 'not an article' });
    const slice = async () => {};
    for (const dir of [duplicate, empty, '/no/such/dir']) {
      const expected = (() => {
        try {
          loadCorpus(dir);
        } catch (error) {
          return (error as Error).message;
        }
        throw new Error('loadCorpus accepted it');
      })();
      await expect(readCorpusInSlices(dir, slice)).rejects.toThrow(expected);
    }
  });
});
