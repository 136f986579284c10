import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "What did she thank her hosts for": people known by whom they stand to ("her hosts", "his
 * counterpart") are named otherwise by an article ("Thank you for welcoming us"); where no
 * source holds the word, it shapes the question and is no word an answer must hold.
 */
const ask = askerOver([
  {
    id: 'visit',
    title: 'Minister Lindqvist visits Chennai',
    body: [
      'Swedish minister Anna Lindqvist arrived in Chennai on Monday for two days of talks.',
      'Opening the talks, she said, "Thank you for welcoming us with such warmth, and for the harbour tour this morning."',
    ].join('\n\n'),
  },
]);

describe('people known by whom they stand to', () => {
  it('answers what a speaker thanked "her hosts" for, where no source says "hosts"', () => {
    const answer = ask('what did lindqvist thank her hosts for?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('harbour tour');
  });

  it('still declines a word no source holds that names what is asked', () => {
    const answer = ask('what did lindqvist thank her hosts for in the submarine?');
    expect(answer.answered).toBe(false);
  });
});
