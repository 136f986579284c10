import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "What are the names of the three service chiefs": names given beside the word for the people
 * asked about answer; a sentence that mentions them and names someone else does not.
 */
const ask = askerOver([
  {
    id: 'talks',
    title: 'Portugal and Spain sign a naval pact',
    published: '2026-01-27',
    body: [
      'Defence Minister Nuno Melo along with the three service chiefs met the Spanish delegation led by Margarita Robles.',
      'The pact covers joint patrols and the training of naval cadets.',
      'Portugal will also post a liaison officer to the fleet headquarters next year, the ministry said in a statement issued in Lisbon.',
      'A Spanish shipbuilding executive told Melo at a dinner in Lisbon that his board liked the pact.',
    ].join('\n\n'),
  },
  {
    id: 'parade',
    title: 'Navy day parade in Lisbon',
    published: '2026-01-26',
    body: [
      'The parade was reviewed by the president, with the two fleet commanders, Admiral Rui Costa and Admiral Jose Nunes, in attendance.',
    ].join('\n\n'),
  },
]);

describe('the names of people asked for by a word for them', () => {
  it('declines when the sentence about them names only others', () => {
    expect(
      ask('what are the names of the three service chiefs who met the Spanish delegation?').answered,
    ).toBe(false);
  });

  it('answers with the names given beside the word for them', () => {
    const answer = ask('what are the names of the two fleet commanders?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Admiral Rui Costa and Admiral Jose Nunes');
  });

  it('asks the same of one person: "the name of the liaison officer"', () => {
    expect(ask('what is the name of the liaison officer who will be posted next year?').answered).toBe(false);
    expect(ask('what is the name of the fleet commander at the parade?').answer).toContain('Admiral');
  });

  it('reads a name after the word for the person as a clause of its own: "the executive Melo talked to"', () => {
    // The sentence names Melo, the Spanish and Lisbon, not the executive.
    expect(ask('what is the name of the spanish shipbuilding executive melo talked to?').answered).toBe(
      false,
    );
  });
});
