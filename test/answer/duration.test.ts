import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "How long will it take", "how long was he ambassador": a duration asked for is answered by a
 * sentence that gives it in a verb of lasting or in the years something ran, though the article
 * writes "long" elsewhere and the sentence does not; "how long is the canal" still needs a length.
 */
const ask = askerOver([
  {
    id: 'pact',
    title: 'Portugal and Spain sign a naval pact',
    body: [
      'Ratification by both parliaments is expected to take at least six months.',
      'Admiral Rui Costa served as commander of the joint fleet from 2011 to 2015.',
      'The new canal joins the two naval bases.',
      'Talks on the pact began in Lisbon in 2019. Why did they take so long? Neither side would say.',
    ].join('\n\n'),
  },
]);

describe('how long something goes on', () => {
  it('answers "how long is ratification expected to take" by the sentence saying what it is expected to take', () => {
    const answer = ask('how long is ratification expected to take?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('at least six months');
  });

  it('answers "how long was X commander" by the years he served', () => {
    const answer = ask('how long was Rui Costa commander of the joint fleet?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('from 2011 to 2015');
  });

  it('still declines "how long is the canal", a length no sentence gives', () => {
    expect(ask('how long is the new canal?').answered).toBe(false);
  });
});
