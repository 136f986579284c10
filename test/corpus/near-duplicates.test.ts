import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  findNearDuplicate,
  normalisedWords,
  shingles,
  similarity,
} from '../../src/corpus/near-duplicates.ts';

const shipped = readFileSync(
  new URL('../../corpus/ani-2026-01-27-india-eu-security-defence-partnership.md', import.meta.url),
  'utf8',
)
  .split(/\n---\n/)[1]
  ?.trim() as string;

/** A syndicated copy as outlets run them: new lead, a paragraph cut, typography changed. */
function syndicatedCopy(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  return [
    'NEW DELHI: India and the EU on Tuesday signed a landmark security pact.',
    ...paragraphs.slice(1, -2),
  ]
    .join('\n\n')
    .replaceAll('"', '“')
    .replaceAll('Defence Minister', 'Defence minister');
}

describe('near-duplicates', () => {
  it('normalises case, quotes, compatibility forms and punctuation before comparing', () => {
    expect(normalisedWords('“EU’s” ﬁrst—CHIEF, (Kallas)!')).toEqual(["eu's", 'first', 'chief', 'kallas']);
    expect(shingles('One two three four five six', 5)).toEqual(
      new Set(['one two three four five', 'two three four five six']),
    );
    expect(shingles('Short text', 5)).toEqual(new Set(['short text']));
  });

  it('scores identical texts 1 and disjoint texts 0', () => {
    const a = shingles('the partnership was signed in New Delhi on Tuesday');
    expect(similarity(a, a)).toEqual({ jaccard: 1, containment: 1 });
    expect(similarity(a, shingles('maritime patrols will begin in the Gulf of Aden next year'))).toEqual({
      jaccard: 0,
      containment: 0,
    });
  });

  it('finds a syndicated copy of the shipped article and names it', () => {
    const found = findNearDuplicate(syndicatedCopy(shipped), [
      {
        item: 'other',
        text: 'Officials from India and the European Union met in Brussels on Monday to review progress.',
      },
      { item: 'ani', text: shipped },
    ]);
    expect(found?.item).toBe('ani');
    expect(found?.similarity.containment).toBeGreaterThan(0.8);
  });

  it('finds a teaser that is the first paragraphs of a longer article (containment)', () => {
    const teaser = shipped
      .split(/\n\s*\n/)
      .slice(0, 3)
      .join('\n\n');
    const found = findNearDuplicate(teaser, [{ item: 'ani', text: shipped }]);
    expect(found?.similarity.jaccard).toBeLessThan(0.5);
    expect(found?.similarity.containment).toBe(1);
  });

  it('does not take a different report of the same event for a copy', () => {
    const other = readFileSync(new URL('../fixtures/pages/plain-article.txt', import.meta.url), 'utf8');
    const s = similarity(shingles(other), shingles(shipped));
    expect(s.jaccard).toBeLessThan(0.1);
    expect(s.containment).toBeLessThan(0.1);
    expect(findNearDuplicate(other, [{ item: 'ani', text: shipped }])).toBeUndefined();
  });
});
