import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "Who is X" is answered by a sentence that writes X's name and says what X is, not by X's own
 * words, which hold X's name only as their speaker's.
 */
const ask = askerOver([
  {
    id: 'interview',
    title: 'Interview with the official behind the first India-EU consultations',
    body: [
      'Leela Varadan is Joint Secretary (Europe Central) in the Ministry of External Affairs and led the Indian delegation at the first consultations in March.',
      'INTERVIEWER: How did the first consultations go?',
      'VARADAN: We met in New Delhi on 12 March, and my co-chair was Anton Weisz, the Managing Director for Asia at the European External Action Service.',
      'INTERVIEWER: What comes next?',
      'VARADAN: A working group on maritime security meets in June, and the second consultations are due in Brussels in the autumn.',
    ].join('\n\n'),
  },
]);

describe('who someone is, by the sentence that names them', () => {
  it.each(['who is leela varadan', "what is Leela Varadan's job?"])('%s', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Leela Varadan is Joint Secretary');
  });
});
