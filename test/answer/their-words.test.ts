import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "According to Singh, what does the partnership demonstrate?": a person's words are held to the
 * question's verb only where that person uses it. Singh never says "show" (Kallas does), so his
 * "is a reflection of" answers; Kallas's sentence without "shows" does not, where hers with it does.
 */
const ask = askerOver([
  {
    id: 'signing',
    title: 'India and EU sign defence partnership',
    body: [
      'EU foreign policy chief Kaja Kallas attended the Republic Day parade on Monday. "It was a proud moment to see that our operations were also a part of this parade. It shows how we have been able to work together," she said.',
      'Defence Minister Rajnath Singh said, "The signing of the partnership is a reflection of this trust in action."',
    ].join('\n\n'),
  },
]);

describe("a named person's words and the question's verb", () => {
  it('answers with the words of a speaker who never uses the verb', () => {
    const answer = ask('According to Singh, what does the partnership demonstrate?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('a reflection of this trust in action');
  });

  it('still holds a speaker who uses the verb to it', () => {
    const answer = ask('According to Kallas, what did seeing EU operations in the parade demonstrate?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('It shows how we have been able to work together');
  });
});
