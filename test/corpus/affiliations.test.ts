import { describe, expect, it } from 'vitest';
import { affiliationsOf } from '../../src/corpus/affiliations.ts';

describe('affiliationsOf', () => {
  it('reads whom a speaker speaks for from the initials in their title or the owner after their name', () => {
    const found = affiliationsOf(
      [
        'EU High Representative for Foreign Affairs and Security Policy Kaja Kallas urged deeper ties.',
        "Kaja Kallas, the European Union's foreign and security policy chief, spoke in Delhi.",
        'Defence Minister Rajnath Singh met the delegation.',
      ],
      ['Kaja Kallas', 'Rajnath Singh'],
    );
    expect(found.get('Kallas')).toEqual(['EU', 'European Union']);
    // A title of words only ("Defence Minister") names no one he speaks for.
    expect(found.has('Singh')).toBe(false);
  });

  it('reads the organisation of a post the sentence gives the speaker ("has been director … in the European Commission\'s …")', () => {
    const found = affiliationsOf(
      [
        "Henrike Vos, a Dutch economist, has been director for defence industrial programmes in the European Commission's Directorate-General for Defence Industry since 2024.",
        'Anil Mehrotra met the delegation in the European Parliament.',
      ],
      ['Henrike Vos', 'Anil Mehrotra'],
    );
    expect(found.get('Vos')).toEqual(['European Commission']);
    // Where the person was is no post they hold.
    expect(found.has('Mehrotra')).toBe(false);
  });

  it("does not take a name standing before the title for the speaker's own", () => {
    const found = affiliationsOf(
      ['In Delhi, Prime Minister Narendra Modi spoke to NATO reporters.'],
      ['Narendra Modi'],
    );
    expect(found.has('Modi')).toBe(false);
  });
});
