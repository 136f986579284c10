import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A speaker is named by the title the article gives them as well as by their name: "according to
 * the AVM" asks for the words of "Air Vice Marshal Kuldeep Sandhu", whom the article then calls
 * "he" and "Sandhu".
 */
const ask = askerOver([
  {
    id: 'panel',
    title: 'After the pact, a panel weighs engines and loans',
    body: [
      'Four speakers met in New Delhi on Tuesday to discuss the defence partnership.',
      "Air Vice Marshal Kuldeep Sandhu (retd), who commanded a fighter base in Punjab, wanted to talk about engines. India's most important ask of Europe, he argued, is design authority over critical technologies.",
      'Dr Ananya Deshpande, a senior fellow, spoke about loans. "The partnership is the door, but it is not the room," she said.',
    ].join('\n\n'),
  },
]);

describe('a speaker named by their title', () => {
  it('answers "according to the AVM" with the words of the Air Vice Marshal', () => {
    const answer = ask("what's the biggest thing india wants from europe according to the AVM");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('design authority');
  });
});
