import { afterAll, describe, expect, it } from 'vitest';
import { titledPair } from '../../src/corpus/titled-pairs.ts';
import { askOnce } from '../support/test-bot.ts';
import { removeCorpora, writeCorpus } from './corpus-fixture.ts';

afterAll(() => removeCorpora());

const EARLIER = [
  'European Council President Antonio Costa and European Commission President Ursula von der Leyen looked on as chief guests.',
  'They joined President Droupadi Murmu and Prime Minister Narendra Modi on the dais.',
  'Costa used his own post to thank President Murmu.',
];

describe('"the two <title>s": the two people the article titled so together', () => {
  it('finds the pair the latest sentence titling two people names', () => {
    // Murmu is titled "President" since, but alone: the pair is the one introduced together.
    expect(titledPair('The two presidents were escorted to the parade.', () => EARLIER)).toEqual([
      'Antonio Costa',
      'Ursula von der Leyen',
    ]);
    expect(titledPair('Both presidents arrived in a buggy.', () => EARLIER)).toHaveLength(2);
  });

  it('finds none without two people so titled, or without "the two"', () => {
    expect(titledPair('The two ministers spoke.', () => EARLIER)).toEqual([]);
    expect(titledPair('The presidents were escorted.', () => EARLIER)).toEqual([]);
  });

  it('lets a question naming them be answered by the sentence that says "the two presidents"', () => {
    const dir = writeCorpus([
      {
        id: 'parade',
        title: 'EU leaders at the parade',
        body: [
          `${EARLIER[0]}`,
          'The two presidents were escorted to Kartavya Path and arrived in a traditional buggy.',
        ].join('\n\n'),
      },
    ]);
    expect(askOnce(dir, 'How did Costa and von der Leyen get to Kartavya Path?').answer).toContain(
      'traditional buggy',
    );
  });
});
