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

/** "The second Kochi course" in a story datelined Kochi: the place itself, however the question sets it. */
const askKochi = askerOver([
  {
    id: 'profile',
    title: 'The navigator teaching two navies to share one chart',
    dateline: 'Kochi',
    body: [
      'Commodore Rohan Menezes has directed the joint training programme at the Kochi base since March.',
      'A second course of 30 officers, including trainees from ten EU countries, began on September 7.',
    ].join('\n\n'),
  },
  {
    id: 'wire',
    title: 'Brussels hosts a staff course',
    dateline: 'Mangaluru',
    body: 'The port course in Mangaluru took 12 officers from the coast guard.',
  },
]);

describe('the dateline place named as a thing of it', () => {
  it('answers of "the Kochi course" from a story datelined Kochi', () => {
    const answer = askKochi('how many officers are on the second kochi course?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('30 officers');
  });

  it('does not take another place for it', () => {
    expect(askKochi('how many officers are on the second mangaluru course?').answered).toBe(false);
  });
});
