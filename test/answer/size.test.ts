import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "How big is the fund": the size asked of something is given by an amount of money, though the
 * article writes "big" elsewhere and the sentence does not; an amount of something else is no size
 * of the fund.
 */
const ask = askerOver([
  {
    id: 'loans',
    title: 'Europe lends for joint weapons purchases',
    body: [
      'The Commission says the plan is a big step for European defence.',
      'ReArm Europe is a defence fund of up to €800bn. Of that, €150bn is being lent to member states through Security Action for Europe, known as SAFE, for weapons bought jointly.',
      'The Solstice fund was announced at a summit attended by 27 leaders.',
    ].join('\n\n'),
  },
]);

describe('how big something is', () => {
  it('answers "how big is the SAFE fund" with the amount lent through it', () => {
    const answer = ask('how big is the SAFE fund?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('€150bn');
  });

  it('does not answer the size of a fund with a count of something else', () => {
    expect(ask('how big is the Solstice fund?').answered).toBe(false);
  });
});
