import { describe, expect, it } from 'vitest';
import { type IndexDocument, SearchIndex } from '../../src/search/search-index.ts';

// In an archive of 1,000+ passages the index leaves very common words out of the engine's query.
const doc = (id: string, terms: string[], community: string | null = null): IndexDocument => ({
  id,
  kind: community === null ? 'article' : 'pin',
  community,
  terms,
  words: terms,
});

function archive(): SearchIndex {
  const index = new SearchIndex();
  for (let i = 0; i < 1200; i++) {
    // "defens" is everywhere, "minist" in 3% of passages: common at 2%, rare at 20%.
    const terms = ['defens', `filler${i}`];
    if (i % 33 === 0) terms.push('minist');
    index.add(doc(`a#p${i}`, terms));
  }
  return index;
}

describe('SearchIndex in a large archive', () => {
  it('still searches when the only rare words of the question are ones no passage holds', () => {
    const query = new Map([
      ['defens', 1],
      ['minist', 1],
      ['raksha', 0.75],
    ]);
    const hits = archive().search(query, 'c1', 8);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.id).toBe('a#p0');
  });

  it("finds a community's pin by a word only that pin holds", () => {
    const index = archive();
    index.add(doc('P1', ['defens', 'oslo'], 'c1'));
    const query = new Map([
      ['defens', 1],
      ['oslo', 1],
    ]);
    expect(index.search(query, 'c1', 1)[0]?.id).toBe('P1');
    expect(index.search(query, 'c2', 8).map((hit) => hit.id)).not.toContain('P1');
  });
});
