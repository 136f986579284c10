import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "Who is the commanding officer of INS Kora" asks for the person who holds a role: a sentence
 * that names the ship beside other names, none said to hold it, does not answer.
 */
const ask = askerOver([
  {
    id: 'drill',
    title: 'Indian and EU ships drill off Djibouti',
    body: [
      'The frigate INS Kora sailed with two ships of Operation Atalanta off Djibouti in March. An EU liaison officer was on board for the week, and the commanding officers met each evening.',
      'The corvette INS Vela joined them on the second day. Commander Meera Pillai, the commanding officer of INS Vela, said the boarding drills went well.',
    ].join('\n\n'),
  },
]);

describe('the role a who-question asks about', () => {
  it('answers with the sentence that says who holds it', () => {
    const answer = ask('who is the commanding officer of INS Vela?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Meera Pillai');
  });

  it('declines where no sentence says who holds it', () => {
    const answer = ask('who is the commanding officer of INS Kora?');
    expect(answer.answered).toBe(false);
  });
});
