import { afterAll, describe, expect, it } from 'vitest';
import { createTestBot } from '../support/test-bot.ts';

/** "Kalas or rajnath": a choice between two people, one of them misspelt, is still a choice of names. */
const bot = createTestBot();
afterAll(() => bot.close());

describe('a choice between a name and a misspelt name', () => {
  it('is answered by the sentence naming either', () => {
    const answer = bot.ask('which of the two posted on X ahead of the signing, kalas or rajnath?', {
      community: 'c1',
    });
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Kaja Kallas posted on X');
  });
});
