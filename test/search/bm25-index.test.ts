import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/bot.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { indexTerms } from '../../src/search/analyzer.ts';
import { Bm25Index } from '../../src/search/bm25-index.ts';

// The scorer must rank exactly as MiniSearch 7.2 did with the options the index used before it.
const MINISEARCH_OPTIONS = {
  fields: ['terms'],
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term,
  searchOptions: { combineWith: 'OR' as const, tokenize: (text: string) => text.split(' ') },
};

// Passages and their sentences: about fifty documents of real news text, with repeated words.
const texts = loadCorpus(DEFAULT_CORPUS_DIR).passages.flatMap((p) => [
  p.text,
  ...p.sentences.map((s) => s.text),
]);
const docs = texts.map((text, i) => ({ id: `d${i}`, terms: indexTerms(text) }));
const vocabulary = [...new Set(docs.flatMap((d) => d.terms))].sort();

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function queries(count: number, seed: number): Array<Map<string, number>> {
  const random = seeded(seed);
  const weights = [1, 1, 0.9, 0.8, 0.75, 0.3];
  return Array.from({ length: count }, () => {
    const boosts = new Map<string, number>();
    const size = 1 + Math.floor(random() * 8);
    while (boosts.size < size) {
      const term =
        random() < 0.05 ? 'zzzunknown' : (vocabulary[Math.floor(random() * vocabulary.length)] ?? '');
      boosts.set(term, weights[Math.floor(random() * weights.length)] ?? 1);
    }
    return boosts;
  });
}

function build() {
  const mini = new MiniSearch<{ id: string; terms: string }>(MINISEARCH_OPTIONS);
  const ours = new Bm25Index();
  for (const doc of docs) {
    mini.add({ id: doc.id, terms: doc.terms.join(' ') });
    ours.add(doc.id, doc.terms);
  }
  return { mini, ours };
}

function expectSameRanking(mini: MiniSearch, ours: Bm25Index, boosts: Map<string, number>, limit: number) {
  const expected = mini
    .search([...boosts.keys()].join(' '), { boostTerm: (term) => boosts.get(term) ?? 1 })
    .slice(0, limit)
    .map((r) => ({ id: r.id as string, score: r.score }));
  const actual = ours.search(boosts, () => true, limit).map((r) => ({ id: ours.id(r.doc), score: r.score }));
  expect(actual).toEqual(expected);
}

describe('Bm25Index', () => {
  it('ranks and scores exactly as MiniSearch over random boosted queries', () => {
    const { mini, ours } = build();
    for (const boosts of queries(300, 7)) {
      expectSameRanking(mini, ours, boosts, 8);
      expectSameRanking(mini, ours, boosts, 1000);
    }
  });

  it('keeps MiniSearch ranking after documents are removed and added again', () => {
    const { mini, ours } = build();
    for (const id of ['d3', 'd10', 'd11']) {
      const terms = docs.find((d) => d.id === id)?.terms ?? [];
      mini.discard(id);
      ours.remove(id, terms);
      // MiniSearch drops a removed document's postings lazily, during the first search touching them.
      mini.search(terms.join(' '));
    }
    mini.add({ id: 'd10', terms: 'defens pact pact oslo' });
    ours.add('d10', ['defens', 'pact', 'pact', 'oslo']);
    for (const boosts of queries(200, 11)) expectSameRanking(mini, ours, boosts, 8);
    expect(ours.documentCount).toBe(mini.documentCount);
  });

  it('keeps only accepted documents and breaks ties in insertion order', () => {
    const index = new Bm25Index();
    index.add('a', ['treati']);
    index.add('b', ['treati']);
    index.add('c', ['treati']);
    const query = new Map([['treati', 1]]);
    expect(index.search(query, () => true, 2).map((r) => index.id(r.doc))).toEqual(['a', 'b']);
    expect(index.search(query, (doc) => index.id(doc) !== 'a', 2).map((r) => index.id(r.doc))).toEqual([
      'b',
      'c',
    ]);
  });

  it('answers the same after a snapshot round trip', () => {
    const { ours } = build();
    const copy = Bm25Index.fromSnapshot(JSON.parse(JSON.stringify(ours.toSnapshot())));
    for (const boosts of queries(50, 3))
      expect(copy.search(boosts, () => true, 8)).toEqual(ours.search(boosts, () => true, 8));
  });

  it('refuses a snapshot whose postings point past its documents', () => {
    const snapshot = build().ours.toSnapshot();
    snapshot.docs[0] = [snapshot.ids.length + 5];
    snapshot.tfs[0] = [1];
    expect(() => Bm25Index.fromSnapshot(snapshot)).toThrow(/postings of ".+" are damaged/);
  });
});
