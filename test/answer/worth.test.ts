import { afterAll, describe, expect, it } from 'vitest';
import { askerOver, createTestBot } from '../support/test-bot.ts';

/** "What is X worth" asks an amount, as "how much is X worth" does, not what X is. */
const shipped = createTestBot();
afterAll(() => shipped.close());

const ask = askerOver([
  {
    id: 'roundtable',
    title: 'Eleven memoranda signed at the Bengaluru defence roundtable',
    body: [
      'Indian and European defence companies signed 11 memoranda of understanding on Tuesday at the first defence-industry roundtable.',
      'Of the 11 memoranda, four concern unmanned systems and three cover naval shipbuilding. The largest memorandum, valued at about €420 million, is between a Pune-based forging company and a German consortium.',
    ].join('\n\n'),
  },
]);

describe('"what is X worth"', () => {
  it('is answered by an amount', () => {
    const answer = ask('what is the largest memorandum worth');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('€420 million');
  });

  it('is declined where no source gives one, not answered by what X is', () => {
    const answer = shipped.ask('what is the deal worth', { community: 'c' });
    expect(answer.answered).toBe(false);
  });
});
