import { describe, expect, it } from 'vitest';
import { type IndexDocument, type QueryTerm, SearchIndex } from '../../src/search/search-index.ts';
import { indexTerms, tokenize } from '../../src/text/analyzer.ts';

// Queries are written as stem → boost; a boost of 1 marks a word as typed.
const terms = (boosts: ReadonlyMap<string, number>): QueryTerm[] =>
  [...boosts].map(([stem, boost]) => ({ stem, boost, typed: boost >= 1 }));

function doc(id: string, text: string, community: string | null = null): IndexDocument {
  const tokens = tokenize(text).filter((t) => !t.stop);
  return {
    id,
    kind: community === null ? 'article' : 'pin',
    community,
    terms: tokens.map((t) => t.stem),
    words: tokens.map((t) => t.word),
  };
}

const boosts = (text: string, weight = 1) => new Map(indexTerms(text).map((stem) => [stem, weight]));

function makeIndex(): SearchIndex {
  const index = new SearchIndex();
  index.add(doc('a#p1', 'The treaty was signed in March in Geneva.'));
  index.add(doc('a#p2', 'Birds nest in the marsh; the marsh floods every spring.'));
  index.add(doc('a#p3', 'The treaty covers maritime security.'));
  return index;
}

describe('SearchIndex', () => {
  it('finds passages by stem, best match first', () => {
    const ids = makeIndex()
      .search(terms(boosts('treaty maritime')), 'c1', 10)
      .hits.map((hit) => hit.id);
    expect(ids).toEqual(['a#p3', 'a#p1']);
  });

  it('returns nothing for an empty query', () => {
    expect(makeIndex().search(terms(new Map()), 'c1', 10).hits).toEqual([]);
  });

  it('lets a boost decide between two passages', () => {
    const index = makeIndex();
    const query = new Map([
      [indexTerms('marsh')[0] ?? '', 1],
      [indexTerms('Geneva')[0] ?? '', 5],
    ]);
    expect(index.search(terms(query), 'c1', 1).hits[0]?.id).toBe('a#p1');
  });

  it('refuses a duplicate id', () => {
    const index = makeIndex();
    expect(() => index.add(doc('a#p1', 'again'))).toThrow('SearchIndex: duplicate id a#p1');
  });

  it('shows a pin only to its own community', () => {
    const index = makeIndex();
    index.add(doc('P1', 'The summit moved to Oslo.', 'c1'));
    expect(index.search(terms(boosts('Oslo')), 'c1', 10).hits.map((h) => h.id)).toEqual(['P1']);
    expect(index.search(terms(boosts('Oslo')), 'c2', 10).hits).toEqual([]);
    expect(index.knows('oslo', 'c1')).toBe(true);
    expect(index.knows('oslo', 'c2')).toBe(false);
  });

  it('forgets a removed pin and its words', () => {
    const index = makeIndex();
    index.add(doc('P1', 'The summit moved to Oslo.', 'c1'));
    index.removePin('P1');
    expect(index.has('P1')).toBe(false);
    expect(index.search(terms(boosts('Oslo')), 'c1', 10).hits).toEqual([]);
    expect(index.knows('oslo', 'c1')).toBe(false);
    expect(index.similarWords('olso', 1, 'c1')).toEqual([]);
  });

  it('counts article passages per stem, leaving pins out', () => {
    const index = makeIndex();
    index.add(doc('P1', 'Another treaty.', 'c1'));
    expect(index.articleFrequency('treati')).toBe(2);
    expect(index.articleFrequency('marsh')).toBe(1);
    expect(index.passageCount).toBe(3);
  });

  it("knows a headline's words, though no passage holds them, and keeps them in a snapshot", () => {
    const index = makeIndex();
    const [deeper] = indexTerms('deeper');
    expect(index.knows(deeper ?? '', 'c1')).toBe(false);
    index.addHeadline(indexTerms('Kallas urges deeper cooperation'));
    expect(index.knows(deeper ?? '', 'c1')).toBe(true);
    // Known, but held by no passage: nothing to search, nothing counted.
    expect(index.articleFrequency(deeper ?? '')).toBe(0);
    expect(SearchIndex.fromSnapshot(index.toSnapshot()).knows(deeper ?? '', 'c1')).toBe(true);
  });

  it('suggests known words within the distance that share the first letter', () => {
    const index = makeIndex();
    expect(index.similarWords('marc', 1, 'c1')).toEqual([{ word: 'march', distance: 1 }]);
    expect(index.similarWords('narsh', 1, 'c1')).toEqual([]);
  });

  it('measures a slip from the British spelling the sources were written in', () => {
    const index = makeIndex();
    // Held as "defense" (text/spelling.ts): "defnce" is one letter from "defence", two from that.
    index.add(doc('a#p4', 'The defence partnership was signed.'));
    expect(index.similarWords('defnce', 1, 'c1')).toEqual([{ word: 'defense', distance: 1 }]);
    expect(index.similarWords('defnse', 1, 'c1')).toEqual([{ word: 'defense', distance: 1 }]);
  });

  it('orders suggestions closest first, then most frequent', () => {
    const index = makeIndex();
    // "marsh" is written twice, "march" once.
    expect(index.similarWords('marche', 2, 'c1')).toEqual([
      { word: 'march', distance: 1 },
      { word: 'marsh', distance: 2 },
    ]);
    expect(index.similarWords('marsch', 1, 'c1').map((s) => s.word)).toEqual(['marsh', 'march']);
  });

  it('finds the words a shortened word stands for, most frequent first', () => {
    const index = makeIndex();
    expect(index.shortenedWords('gov')).toEqual([]);
    // An article that brings the words is read at once, not the answer kept from before it.
    index.add(doc('a#p4', 'The government and the governor met; the government agreed.'));
    expect(index.shortenedWords('gov')).toEqual(['government', 'governor']);
    // A consonant skeleton keeps the first and last letters.
    expect(index.shortenedWords('govt')).toEqual(['government']);
    expect(index.shortenedWords('mari')).toEqual(['maritime']);
    // Two letters or more must be left out: "marc" is no shortening of "march".
    expect(index.shortenedWords('marc')).toEqual([]);
  });

  it('never suggests the word itself', () => {
    expect(
      makeIndex()
        .similarWords('marsh', 1, 'c1')
        .map((s) => s.word),
    ).not.toContain('marsh');
  });

  it("suggests a community's pin words to that community only", () => {
    const index = makeIndex();
    index.add(doc('P1', 'The summit moved to Oslo.', 'c1'));
    expect(index.similarWords('olso', 2, 'c1').map((s) => s.word)).toContain('oslo');
    expect(index.similarWords('olso', 2, 'c2')).toEqual([]);
  });
});
