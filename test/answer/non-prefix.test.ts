import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/** "Non-" makes a word its opposite: a sentence with the word alone does not answer "non-X". */
const ask = askerOver([
  {
    id: 'signing',
    title: 'India and EU sign defence partnership',
    body: [
      'With the signing of the deal, India becomes the third Asian country to have such a deal with the EU after Japan and South Korea.',
      'The partnerships serve as a framework to deepen bilateral relations with non-EU countries.',
    ].join('\n\n'),
  },
]);

describe('a word and its "non-"', () => {
  it('does not answer "which non-Asian countries" with "the third Asian country"', () => {
    const answer = ask('which non-Asian countries have such a deal with the EU?');
    expect(answer.answer).not.toContain('third Asian country');
  });

  it('still answers "which Asian countries" with the sentence that says "Asian"', () => {
    expect(ask('which Asian countries have such a deal with the EU?').answer).toContain(
      'third Asian country',
    );
  });

  it('does not answer "which EU countries" with "non-EU countries"', () => {
    const answer = ask('with which EU countries does the framework deepen bilateral relations?');
    expect(answer.answer).not.toContain('non-EU countries');
  });

  it('answers a yes/no question with the sentence that says the opposite', () => {
    const answer = ask('are the partnerships for EU countries?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('non-EU countries');
  });
});
