import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "Which brokerage does the analyst quoted on the deal work at": the participle says which analyst
 * is meant; the question asks where they work, not for their words, and a sentence that says so
 * answers though it calls them no "analyst".
 */
const ask = askerOver([
  {
    id: 'jv',
    title: 'French and Indian firms form naval drone venture',
    body: [
      'Abysse Dynamique and Varuna Unmanned Systems on Tuesday announced a joint venture to build naval drones in India.',
      '**Analyst view**',
      'Nandini Kulkarni, who tracks defence companies at Mumbai brokerage Coromandel Securities, said the deal was modest in size but significant in structure.',
      'Work on the first boats starts in 2027.',
    ].join('\n\n'),
  },
]);

describe('a person named by a participle of speech', () => {
  it('answers what is asked of them, not their words', () => {
    const answer = ask('which brokerage does the analyst quoted on the drone deal work at');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Coromandel Securities');
  });
});
