import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/** Where a story is datelined from is where its events take place, unless a paragraph says otherwise. */
const ask = askerOver([
  {
    id: 'talks',
    title: 'EU and India sign a defence partnership',
    dateline: 'Delhi',
    body: [
      'Delhi, January 27: The European Union and India signed a security and defence partnership on Tuesday.',
      'Defence Minister Rajnath Singh met the EU delegation led by Kaja Kallas after the signing.',
    ].join('\n\n'),
  },
]);

describe('the place a story is datelined from', () => {
  it("answers a question placing the story's events there", () => {
    const answer = ask('who led the EU delegation that met Rajnath Singh in Delhi?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('led by Kaja Kallas');
  });

  it('does not place them anywhere else', () => {
    expect(ask('who led the EU delegation that met Rajnath Singh in Brussels?').answered).toBe(false);
  });
});
