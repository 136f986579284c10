import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A sentence that says what something is not ("The hardest part of an evacuation is not the
 * ship.") is followed by the one that says what it is ("It is the list"): quoted alone, the first
 * would answer with what the answer is not.
 */
const ask = askerOver([
  {
    id: 'panel',
    title: 'Panel weighs India-EU crisis cooperation',
    body: [
      'The panel met in Hyderabad on Tuesday to discuss evacuations from conflict zones.',
      '"The hardest part of an evacuation is not the ship. It is the passenger list," said Anjali Deshpande, a former consul general. She called for a legal template signed in advance.',
      'The most famous exhibit was the Lakshmi Banner, which is not a banner but a painted screen. It was commissioned by a Pune merchant in 1780.',
    ].join('\n\n'),
  },
]);

describe('what something is not, then what it is', () => {
  it('quotes the sentence that says what it is with the one that says what it is not', () => {
    const answer = ask('according to deshpande, what is the toughest part of an evacuation?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('is not the ship.');
    expect(answer.answer).toContain('It is the passenger list');
  });

  it('adds nothing when the sentence says what it is itself ("not a banner but a painted screen")', () => {
    const answer = ask('what is the lakshmi banner');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('not a banner but a painted screen');
    expect(answer.answer).not.toContain('commissioned');
  });
});
