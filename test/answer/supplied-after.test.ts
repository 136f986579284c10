import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A number, an amount or a date asked for may stand in the sentence after the one that holds the
 * question, going on about it: "… a tabletop exercise held in Pune." then "Forty officials took
 * part." The two answer together; the second alone would not say what it counts.
 */
const ask = askerOver([
  {
    id: 'drill',
    title: 'India and EU hold first cyber tabletop exercise',
    body: [
      'Called Shield Bridge, it was a one-day cyber tabletop exercise held on 4 March at the National Defence College in Pune. Forty officials took part. Observers from two member states watched.',
      'Meena Joshi, director of the Pune Shipyard Works, said the yard would invest in stages. "We will put in the first Rs 90 crore by March, and the rest once the navy signs," she said.',
      'The Indian Navy hosted the first drill off Goa in June. A second drill is planned off Kochi in December. It was moved so that two more EU frigates could join, which will bring the number of EU ships to three.',
    ].join('\n\n'),
  },
]);

describe('the kind asked for, supplied by the next sentence', () => {
  it('quotes the sentence holding the question and the one after it that gives the number', () => {
    const answer = ask('how many people took part in the shield bridge tabletop exercise');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Called Shield Bridge');
    expect(answer.answer).toContain('Forty officials took part.');
    expect(answer.sentences).toHaveLength(2);
  });

  it("goes on with the same speaker's words that give the amount", () => {
    const answer = ask('how much will the pune shipyard works invest in the first stage');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Meena Joshi');
    expect(answer.answer).toContain('Rs 90 crore');
  });

  it('declines when the two do not name what the question names', () => {
    // The count after it is of EU ships; the question asks after the Indian Navy's.
    const answer = ask('how many ships will the Indian Navy have at the Kochi drill in December?');
    expect(answer.answered).toBe(false);
  });
});
