import { afterAll, describe, expect, it } from 'vitest';
import { createTestBot } from '../support/test-bot.ts';

/** "Why did it matter": the sentence after the one that tells it, saying what it shows, gives the reason. */
const bot = createTestBot();
afterAll(() => bot.close());

describe('a why question answered by the sentence that says what the first shows', () => {
  it('quotes that sentence after the first', () => {
    const answer = bot.ask('Why did seeing EU operations in the parade matter to Kallas?', {
      community: 'c1',
    });
    expect(answer.answer).toContain('part of this parade');
    expect(answer.answer).toContain('It shows how we have been able to work together');
  });

  it('adds nothing to a question of another kind', () => {
    const answer = bot.ask('what did kallas say about the parade', { community: 'c1' });
    expect(answer.answer).not.toContain('It shows how');
  });
});
