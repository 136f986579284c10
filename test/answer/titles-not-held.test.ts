import { afterAll, describe, expect, it } from 'vitest';
import { createTestBot } from '../support/test-bot.ts';

/**
 * "What did External Affairs Minister Rajnath Singh say …": a title the sources never give,
 * right before a person they name in full, says who by a title; the name says who.
 */
const bot = createTestBot();
afterAll(() => bot.close());
const ask = (question: string) => bot.ask(question, { community: 'c1' });

describe("a title no source holds before a person's full name", () => {
  it("answers with the person's words", () => {
    for (const question of [
      'What did External Affairs Minister Rajnath Singh say the signing was a reflection of?',
      'According to Army chief Rajnath Singh, what was the signing a reflection of?',
    ])
      expect(ask(question).answer).toContain('is a reflection of this trust in action');
  });

  it('declines an office with no name after it that no source holds', () => {
    expect(
      ask("What did India's Prime Minister say about the Security and Defence Partnership?").answered,
    ).toBe(false);
  });
});
