import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "The vindhya brief": a piece named by the first word of its outlet's name, which is no English
 * word, though the piece writes it as the outlet's own name ("available from the Vindhya Centre").
 */
const ask = askerOver([
  {
    id: 'brief',
    publisher: 'Vindhya Centre for Security Studies',
    title: 'Policy brief on the India-EU partnership',
    body: [
      'The partnership risks becoming a calendar of meetings rather than a programme of work, the authors argue.',
      'The brief is based on 37 interviews with officials and defence industry executives in New Delhi and Brussels.',
      'The full brief is available from the Vindhya Centre for Security Studies.',
    ].join('\n\n'),
  },
  {
    id: 'report',
    publisher: 'Harbour Wire',
    title: 'India and EU hold first consultations',
    body: 'India and the EU held their first security consultations in New Delhi, officials said after 12 interviews with the press.',
  },
]);

describe('a piece named by its outlet', () => {
  it('answers from the outlet named by a word English does not have', () => {
    const answer = ask('how many interviews is the vindhya brief based on');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('37 interviews');
  });
});
