import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/index.ts';

/**
 * Words a question quotes are someone's words: a "not" among them negates nothing of the question,
 * so a sentence without a negation of its own is not passed over as saying the opposite.
 */
const bot = createBot({ corpusDir: 'test/fixtures/fresh14/corpus', pinSyncIntervalMs: 0 });
afterAll(() => bot.close());

describe('a question quoting words with "not"', () => {
  it('finds the quoted words in a panel report, where a sentence without "not" ranks first', () => {
    const answer = bot.ask("who came up with the 'door but not the room' line about the pact", {
      community: 'c',
    });
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('the partnership is the door, but it is not the room');
  });
});
