import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A question's verb no source holds is read by the corpus verbs of its own frequent senses
 * ("headed": "led"), and such a verb never makes the question's verb one the sources use, which
 * would hold every sentence to it.
 */
const ask = askerOver([
  {
    id: 'parade',
    title: 'Kallas praises Republic Day parade',
    body: [
      'Kaja Kallas said, "It was a proud moment to see that our operations were also a part of this parade."',
      'Officials will follow the talks closely, she said.',
    ].join('\n\n'),
  },
]);

describe("a question's verb read by its own senses", () => {
  it('does not hold a sentence to the verb because the article uses a verb of its senses elsewhere', () => {
    // "watch" is, in its frequent senses, to "follow"; the article's "follow" is of the talks.
    const answer = ask('why did kallas feel proud watching the parade?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('proud moment');
  });
});
