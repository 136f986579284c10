import { afterAll, describe, expect, it } from 'vitest';
import { createTestBot } from '../support/test-bot.ts';

/** A yes/no question with a "not" asks the same as without it, and a sentence saying either way answers. */
const bot = createTestBot();
afterAll(() => bot.close());
const ask = (question: string) => bot.ask(question, { community: 'c1' });

describe('a negative yes/no question', () => {
  it('is answered by the sentence that says what happened', () => {
    for (const question of [
      "didn't kallas meet the military chiefs?",
      "so kallas didn't meet the military chiefs?",
    ]) {
      const answer = ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('three service Chiefs met the EU delegation');
    }
  });

  it('still declines what no source mentions', () => {
    expect(ask("didn't kallas meet modi?").answered).toBe(false);
  });
});
