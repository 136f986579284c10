import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { createUnits } from '../../src/corpus/units.ts';
import { indexTerms } from '../../src/text/analyzer.ts';
import { removeCorpora, writeCorpus } from './corpus-fixture.ts';

afterAll(() => removeCorpora());

describe('firstReported', () => {
  const units = createUnits(
    loadCorpus(
      writeCorpus([
        {
          id: 'later',
          published: '2024-05-10',
          title: 'Ministers sign the fisheries treaty',
          body: 'The treaty was signed in Lisbon.',
        },
        {
          id: 'earlier',
          published: '2024-05-08',
          title: 'Talks in Lisbon',
          body: 'Ministers will sign the fisheries treaty today.\n\nThe summit opened with a parade.',
        },
        {
          id: 'earliest',
          published: '2024-05-01',
          title: 'Weather in Lisbon',
          body: 'Rain is expected.\n\nA fisheries treaty may be signed later.',
        },
        {
          id: 'wire',
          published: '2024-04-01',
          title: 'Harbour news',
          body: 'Parade (AP): The harbour opened.',
        },
      ]),
    ),
  );

  it('dates an event by the earliest article whose title or opening paragraph holds all its words', () => {
    expect(units.firstReported(indexTerms('fisheries treaty signing'))).toBe('2024-05-08');
    expect(units.firstReported(indexTerms('signed treaty'))).toBe('2024-05-08');
  });

  it('does not count a later paragraph, a dateline, or an article holding only some of the words', () => {
    // "parade" stands in the second paragraph of 'earlier' and in the dateline of 'wire'.
    expect(units.firstReported(indexTerms('parade'))).toBeUndefined();
    expect(units.firstReported(indexTerms('fisheries summit'))).toBeUndefined();
  });
});
