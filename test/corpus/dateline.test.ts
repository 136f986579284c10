import { afterAll, describe, expect, it } from 'vitest';
import { withoutDateline } from '../../src/corpus/dateline.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { createUnits } from '../../src/corpus/units.ts';
import { indexTerms } from '../../src/text/analyzer.ts';
import { removeCorpora, writeCorpus } from './corpus-fixture.ts';

afterAll(() => removeCorpora());

describe('withoutDateline', () => {
  it('drops the datelines wire services open a story with', () => {
    expect(withoutDateline('New Delhi [India], January 27 (ANI): After India and the EU signed …')).toBe(
      'After India and the EU signed …',
    );
    expect(withoutDateline('NEW DELHI, Jan 27 (Reuters) - India signed …')).toBe('India signed …');
    expect(withoutDateline('New Delhi (HNS): India and the EU …')).toBe('India and the EU …');
  });

  it('drops the datelines newspapers open a story with, by the day or by the place in capitals', () => {
    expect(withoutDateline('Mumbai, February 7: Warships from the Indian Navy …')).toBe(
      'Warships from the Indian Navy …',
    );
    expect(withoutDateline('New Delhi, 19 March 2026 – The European Union and India …')).toBe(
      'The European Union and India …',
    );
    expect(withoutDateline('NEW DELHI: The Indian Navy …')).toBe('The Indian Navy …');
    // A label or a year before a colon is no dateline.
    expect(withoutDateline('Notes to editors: The EEAS is …')).toBe('Notes to editors: The EEAS is …');
    expect(withoutDateline('2000: The first summit was held in Lisbon.')).toBe(
      '2000: The first summit was held in Lisbon.',
    );
  });

  it('leaves a sentence without one alone', () => {
    const plain = 'Kaja Kallas arrived in New Delhi on Saturday (local time) for talks.';
    expect(withoutDateline(plain)).toBe(plain);
    expect(withoutDateline('The EU (and India) signed it.')).toBe('The EU (and India) signed it.');
  });
});

describe('the opening sentence', () => {
  it('is matched without its dateline, and quoted with it', () => {
    const dir = writeCorpus([
      {
        id: 'wire',
        body: 'Lisbon [Portugal], May 2 (AP): The president opened the fair.\n\nIn Lisbon, the minister met the envoy.',
      },
    ]);
    const units = createUnits(loadCorpus(dir));
    const opening = units.get('wire#p1').sentences[0];
    expect(opening?.text).toBe('Lisbon [Portugal], May 2 (AP): The president opened the fair.');
    for (const stem of indexTerms('Lisbon Portugal AP')) expect(opening?.stems.has(stem)).toBe(false);
    expect(opening?.stems.has(indexTerms('president')[0] ?? '')).toBe(true);
    // Other paragraphs keep every word.
    expect(units.get('wire#p2').sentences[0]?.stems.has(indexTerms('Lisbon')[0] ?? '')).toBe(true);
  });
});
