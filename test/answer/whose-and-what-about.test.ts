import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * Two readings of a question's words that must not cost an answer: an owner before a noun ("the
 * government's target") is no kind of target, and a verb right after the question's verb ("decide
 * on joining") says what the first is about, so a sentence that says the first answers.
 */
const ask = askerOver([
  {
    id: 'forum',
    title: 'Indian firms sign deals with European partners at Pune forum',
    body: [
      "The timing is helped by strong numbers. India's defence exports hit a record Rs 26,480 crore in 2025-26. Europe accounted for about 18 per cent of the total. The government's target is Rs 50,000 crore by 2029.",
      "The biggest question hanging over the forum was whether India will seek to join Security Action for Europe (SAFE), the EU's defence loan instrument.",
      'Amit Chaturvedi, Additional Secretary in the Department of Defence Production, told the forum that India would decide "by the end of March" whether to open talks on SAFE.',
    ].join('\n\n'),
  },
]);

describe('whose, and what about', () => {
  it('answers "the government\'s defence export target" with "The government\'s target"', () => {
    const answer = ask("what is the government's defence export target");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Rs 50,000 crore by 2029');
  });

  it('answers "when will India decide on joining SAFE" by the sentence that says when it decides', () => {
    const answer = ask('when will India decide on joining SAFE?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('by the end of March');
  });
});
