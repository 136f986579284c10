import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "How old is X" asks for an age, or for the year a thing began: a sentence giving only some other
 * measure ("for forty years", "in four seconds") says nothing of how old anyone is.
 */
const ask = askerOver([
  {
    id: 'profile',
    title: 'A commodore turns to coastal data',
    published: '2026-06-21',
    body: [
      'Commodore Sebastian Fernandes has watched the Lakshadweep Sea for forty years.',
      '"Now software finds a dark ship in four seconds," Fernandes said.',
      'His business partner, Meera Pillai, 41, joined the firm from the Indian Navy.',
      'The firm, Drishti Marine, was founded in 2019 in Kochi.',
    ].join('\n\n'),
  },
]);

describe('how old someone or something is', () => {
  it('answers with an age set off after the name, or the year a thing began', () => {
    expect(ask('how old is meera pillai?').answer).toContain('Meera Pillai, 41,');
    expect(ask('how old is drishti marine?').answer).toContain('founded in 2019');
  });

  it('declines where the sentences give only another measure of the person asked about', () => {
    expect(ask('how old is sebastian fernandes?').answered).toBe(false);
  });
});
