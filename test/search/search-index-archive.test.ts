import { describe, expect, it } from 'vitest';
import { type IndexDocument, type QueryTerm, SearchIndex } from '../../src/search/search-index.ts';

// Queries are written as stem → boost; a boost of 1 marks a word as typed.
const terms = (boosts: ReadonlyMap<string, number>): QueryTerm[] =>
  [...boosts].map(([stem, boost]) => ({ stem, boost, typed: boost >= 1 }));

// The engine's query is planned within a budget of passages touched; a small budget stands in
// for a large archive.
const BUDGET = 100;

const doc = (id: string, terms: string[], community: string | null = null): IndexDocument => ({
  id,
  kind: community === null ? 'article' : 'pin',
  community,
  terms,
  words: terms,
});

/** 300 passages: "defens" in all, "minist" in 60, "sena" in 30, "chief" in 20, "raksha" in 5. */
function archive(): SearchIndex {
  const index = new SearchIndex(BUDGET);
  for (let i = 0; i < 300; i++) {
    const terms = ['defens', `filler${i}`];
    if (i % 5 === 0) terms.push('minist');
    if (i % 10 === 0) terms.push('sena');
    if (i % 15 === 0) terms.push('chief');
    if (i % 60 === 0) terms.push('raksha');
    index.add(doc(`a#p${i}`, terms));
  }
  return index;
}

const ids = (index: SearchIndex, query: Map<string, number>, community = 'c1', limit = 500) =>
  index.search(terms(query), community, limit).hits.map((hit) => hit.id);

describe('SearchIndex query plan', () => {
  it('searches every word when the passages they touch fit the budget', () => {
    const index = archive();
    const result = index.search(
      terms(
        new Map([
          ['minist', 1],
          ['chief', 1],
        ]),
      ),
      'c1',
      500,
    );
    expect(result.complete).toBe(true);
    expect(result.hits).toHaveLength(60);
    // Passages with both words (p0, p15, p30, …) rank above those with "minist" alone.
    const top = result.hits.slice(0, 20).map((hit) => Number(hit.id.slice('a#p'.length)));
    expect(top.every((i) => i % 15 === 0)).toBe(true);
  });

  it('leaves the common words out, rarest first, and says so', () => {
    const query = new Map([
      ['defens', 1],
      ['minist', 1],
      ['chief', 1],
    ]);
    const result = archive().search(terms(query), 'c1', 500);
    expect(result.complete).toBe(false);
    // "chief" (20) and "minist" (60) fit within 100; "defens" (300) would not.
    expect(result.hits).toHaveLength(60);
  });

  it('takes the words as typed before other forms of them', () => {
    // Rarest first would take the glossary forms "chief" (20) and "sena" (30) and then find no room
    // for the typed "minist" (60); typed first takes "minist", then "chief", and "sena" no longer fits.
    const query = new Map([
      ['minist', 1],
      ['chief', 0.75],
      ['sena', 0.75],
    ]);
    const result = archive().search(terms(query), 'c1', 500);
    expect(result.complete).toBe(false);
    expect(result.hits).toHaveLength(60);
  });

  it('searches the rarest word alone when no word fits the budget', () => {
    const index = new SearchIndex(10);
    for (let i = 0; i < 100; i++) index.add(doc(`a#p${i}`, i % 2 === 0 ? ['defens', 'minist'] : ['defens']));
    const result = index.search(
      terms(
        new Map([
          ['defens', 1],
          ['minist', 1],
        ]),
      ),
      'c1',
      500,
    );
    expect(result.complete).toBe(false);
    expect(result.hits).toHaveLength(50);
  });

  it('searches nothing past the budget when asked to stay within it, but keeps what fits', () => {
    const index = new SearchIndex(10);
    for (let i = 0; i < 100; i++) index.add(doc(`a#p${i}`, i % 2 === 0 ? ['defens', 'minist'] : ['defens']));
    index.add(doc('a#rare', ['defens', 'raksha']));
    const common = terms(new Map([['defens', 1]]));
    expect(index.search(common, 'c1', 500, true).hits).toEqual([]);
    const withRare = terms(
      new Map([
        ['defens', 1],
        ['raksha', 1],
      ]),
    );
    expect(index.search(withRare, 'c1', 500, true).hits.map((hit) => hit.id)).toEqual(['a#rare']);
  });

  it('still searches when some words of the question are held by no passage', () => {
    const query = new Map([
      ['defens', 1],
      ['minist', 1],
      ['bharat', 0.75],
    ]);
    // The unknown glossary form must not crowd out the real words: "minist" is searched.
    const hits = ids(archive(), query, 'c1', 8);
    expect(hits).toHaveLength(8);
    expect(hits.every((id) => Number(id.slice('a#p'.length)) % 5 === 0)).toBe(true);
  });

  it("finds a community's pin by a word only that pin holds, and hides it from others", () => {
    const index = archive();
    index.add(doc('P1', ['defens', 'oslo'], 'c1'));
    const query = new Map([
      ['defens', 1],
      ['oslo', 1],
    ]);
    expect(ids(index, query, 'c1', 1)).toEqual(['P1']);
    expect(ids(index, query, 'c2')).not.toContain('P1');
  });

  it("weighs a community's pin that shares only common words with the question", () => {
    const index = archive();
    index.add(doc('P1', ['defens', 'minist', 'oslo'], 'c1'));
    // "chief" (20) and "sena" (30) go in, "minist" (61) no longer fits: the pin holds only words
    // left out, yet it must reach the caller's re-ranking.
    const query = new Map([
      ['defens', 1],
      ['minist', 1],
      ['chief', 1],
      ['sena', 1],
    ]);
    const result = index.search(terms(query), 'c1', 5);
    expect(result.complete).toBe(false);
    expect(result.hits.map((hit) => hit.id)).toContain('P1');
    expect(index.search(terms(query), 'c2', 5).hits.map((hit) => hit.id)).not.toContain('P1');
  });
});
