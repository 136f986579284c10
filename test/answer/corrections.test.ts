import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * A report's correction note tells what it said before and what is so: "An earlier version of this
 * report said the ship picked up 12. The ship picked up nine." The first alone would mislead.
 */
const ask = askerOver([
  {
    id: 'drill',
    title: 'Coast Guard and EU warship rescue survivors in drill off Kochi',
    body: [
      'Six ships and three aircraft took part in a search-and-rescue exercise off Kochi on Thursday.',
      'The Italian patrol vessel picked up the first survivors within two hours of the alarm.',
      '*Correction, April 25: An earlier version of this report said the Italian ship picked up 12 survivors and that the drill began at 5 am. The ship picked up nine, and the drill began at 6 am. We regret the errors.*',
    ].join('\n\n'),
  },
]);

describe("a report's correction", () => {
  it('quotes what the report said before with what it says since', () => {
    const answer = ask('what did the report correct about the drill?');
    expect(answer.answer).toContain('An earlier version of this report said');
    expect(answer.answer).toContain('The ship picked up nine');
  });
});
