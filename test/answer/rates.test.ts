import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "How much … per vessel" asks an amount for each one: a sentence giving only a total does not
 * answer it; one that says the amount is for each ("a month", "per product line", "annually") does.
 */
const ask = askerOver([
  {
    id: 'contract',
    title: 'Goa shipyard wins contract for twelve patrol vessels',
    body: [
      'India signed the contract on Monday in New Delhi. The contract has a value of 412 million euros and covers twelve patrol vessels to be built in Goa.',
      'Each of the 40 trainees at the shipyard will receive a stipend of Rs 18,000 a month.',
    ].join('\n\n'),
  },
]);

describe('an amount asked for each one', () => {
  it('declines when the sources give only a total', () => {
    const answer = ask('how much is india paying per vessel for the ones built in goa');
    expect(answer.answered).toBe(false);
  });

  it('answers with an amount said to be for each', () => {
    const answer = ask('how much will the trainees at the shipyard get per month?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Rs 18,000 a month');
  });

  it('reads "per" before a name or "the" as "according to", not a rate', () => {
    const answer = ask('how much is the contract for the Goa vessels worth, per the report?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('412 million euros');
  });
});
