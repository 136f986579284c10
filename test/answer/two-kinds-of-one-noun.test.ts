import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "Which frigate was the liaison officer a communications officer on": a question may name two
 * kinds of one noun. A sentence that sets one of them before the noun ("communications officer")
 * speaks of a kind the question names, not of another kind.
 */
const ask = askerOver([
  {
    id: 'profile',
    title: 'A commander at Rota',
    body: [
      "Commander Aditya Mhatre is India's first liaison officer at the headquarters of Operation Atalanta.",
      '## Career at a glance',
      '2009–2011: communications officer, frigate INS Tabar; anti-piracy patrol in the Gulf of Aden',
      '2014–2016: navigating officer, destroyer INS Kolkata',
    ].join('\n\n'),
  },
]);

describe('two kinds of one noun in a question', () => {
  it('answers from the sentence holding the kind the question names second', () => {
    const answer = ask('which frigate was the liaison officer a communications officer on');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('INS Tabar');
  });

  it('still reads another kind of the noun as another kind', () => {
    const answer = ask('which frigate was the liaison officer a weapons officer on');
    expect(answer.answered).toBe(false);
  });
});
