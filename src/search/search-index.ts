import MiniSearch, { type AsPlainObject } from 'minisearch';
import { editDistance } from './edit-distance.ts';

/**
 * The one owner of the MiniSearch index (MiniSearch refuses a saved index built with other
 * options, so the options live here and nowhere else). Documents arrive already analysed as stems;
 * the index also keeps what the answer logic needs and MiniSearch does not expose: document
 * frequencies (for IDF-weighted coverage) and the surface vocabulary (for typo correction).
 * Article passages are shared by every community; a pin belongs to one community only.
 */
export interface IndexDocument {
  id: string;
  kind: 'article' | 'pin';
  community: string | null;
  /** Stems, in text order, stop words removed. */
  terms: string[];
  /** Lower-cased surface words, for typo correction. */
  words: string[];
}

export interface Hit {
  id: string;
  score: number;
}

export const MINISEARCH_OPTIONS = {
  fields: ['terms'],
  idField: 'id',
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term,
  searchOptions: { combineWith: 'OR' as const, tokenize: (text: string) => text.split(' ') },
};

interface Meta {
  kind: 'article' | 'pin';
  community: string | null;
}

const ARTICLE: Meta = Object.freeze({ kind: 'article', community: null });

/**
 * The articles' part of the index as plain data, for a snapshot file. Pins are never in it: they
 * live in the pin store and are synced into the index after loading.
 */
export interface IndexSnapshot {
  engine: AsPlainObject;
  passages: number;
  df: Array<[string, number]>;
  words: Array<[string, number]>;
}

interface Vocabulary {
  df: Map<string, number>;
  words: Map<string, number>;
}

const emptyVocabulary = (): Vocabulary => ({ df: new Map(), words: new Map() });

export class SearchIndex {
  private engine = new MiniSearch<{ id: string; terms: string }>(MINISEARCH_OPTIONS);
  private meta = new Map<string, Meta>();
  private articles = emptyVocabulary();
  private pinVocabulary = new Map<string, Vocabulary>();
  private pinTerms = new Map<string, IndexDocument>();
  private articleCount = 0;
  private byInitial = new Map<string, string[]>();

  add(doc: IndexDocument): void {
    if (this.meta.has(doc.id)) throw new Error(`SearchIndex: duplicate id ${doc.id}`);
    this.engine.add({ id: doc.id, terms: doc.terms.join(' ') });
    this.meta.set(doc.id, doc.kind === 'article' ? ARTICLE : { kind: doc.kind, community: doc.community });
    if (doc.kind === 'article') {
      this.articleCount++;
      this.count(this.articles, doc, 1);
    } else {
      const community = doc.community ?? '';
      const vocabulary = this.pinVocabulary.get(community) ?? emptyVocabulary();
      this.pinVocabulary.set(community, vocabulary);
      this.count(vocabulary, doc, 1);
      this.pinTerms.set(doc.id, doc);
    }
  }

  /** Removes a pin (articles are only ever added). */
  removePin(id: string): void {
    const doc = this.pinTerms.get(id);
    if (!doc) return;
    this.engine.discard(id);
    this.meta.delete(id);
    this.pinTerms.delete(id);
    const vocabulary = this.pinVocabulary.get(doc.community ?? '');
    if (vocabulary) this.count(vocabulary, doc, -1);
  }

  /** The articles' index as plain data; only valid before any pin is added. */
  toSnapshot(): IndexSnapshot {
    if (this.pinTerms.size > 0)
      throw new Error('SearchIndex: a snapshot holds articles only; take it before adding pins');
    return {
      engine: this.engine.toJSON(),
      passages: this.articleCount,
      df: [...this.articles.df],
      words: [...this.articles.words],
    };
  }

  /** Rebuilds an index from `toSnapshot()` data; throws when the data does not hold together. */
  static fromSnapshot(snapshot: IndexSnapshot): SearchIndex {
    const index = new SearchIndex();
    index.engine = MiniSearch.loadJS(snapshot.engine, MINISEARCH_OPTIONS);
    for (const id of Object.values(snapshot.engine.documentIds)) index.meta.set(String(id), ARTICLE);
    if (index.meta.size !== snapshot.passages || index.engine.documentCount !== snapshot.passages) {
      throw new Error(
        `SearchIndex: snapshot holds ${index.meta.size} documents, expected ${snapshot.passages}`,
      );
    }
    index.articleCount = snapshot.passages;
    index.articles.df = new Map(snapshot.df);
    index.articles.words = new Map(snapshot.words);
    for (const word of index.articles.words.keys()) index.addInitial(word);
    return index;
  }

  has(id: string): boolean {
    return this.meta.has(id);
  }

  /** Best-first hits among articles and the community's pins; `boosts` maps stem → weight. */
  search(boosts: ReadonlyMap<string, number>, community: string, limit: number): Hit[] {
    if (boosts.size === 0) return [];
    const results = this.engine.search([...boosts.keys()].join(' '), {
      boostTerm: (term) => boosts.get(term) ?? 1,
      filter: (result) => {
        const meta = this.meta.get(result.id);
        return meta !== undefined && (meta.kind === 'article' || meta.community === community);
      },
    });
    return results.slice(0, limit).map((result) => ({ id: result.id, score: result.score }));
  }

  /** Number of article passages holding the stem (pins excluded: they are per community). */
  articleFrequency(stem: string): number {
    return this.articles.df.get(stem) ?? 0;
  }

  get passageCount(): number {
    return this.articleCount;
  }

  /** Whether the articles or the community's pins hold the stem. */
  knows(stem: string, community: string): boolean {
    return this.articles.df.has(stem) || (this.pinVocabulary.get(community)?.df.has(stem) ?? false);
  }

  /** Known words within `maxDistance` edits of `word`, sharing its first letter, closest and most frequent first. */
  similarWords(
    word: string,
    maxDistance: number,
    community: string,
  ): Array<{ word: string; distance: number }> {
    const initial = word[0] ?? '';
    const candidates = new Set(this.byInitial.get(initial) ?? []);
    for (const known of this.pinVocabulary.get(community)?.words.keys() ?? []) {
      if (known[0] === initial) candidates.add(known);
    }
    const found: Array<{ word: string; distance: number; count: number }> = [];
    for (const candidate of candidates) {
      if (Math.abs(candidate.length - word.length) > maxDistance) continue;
      const distance = editDistance(word, candidate, maxDistance);
      if (distance > 0 && distance <= maxDistance) {
        found.push({ word: candidate, distance, count: this.articles.words.get(candidate) ?? 1 });
      }
    }
    return found
      .sort((a, b) => a.distance - b.distance || b.count - a.count || a.word.localeCompare(b.word))
      .map(({ word: w, distance }) => ({ word: w, distance }));
  }

  private count(vocabulary: Vocabulary, doc: IndexDocument, delta: 1 | -1): void {
    for (const stem of new Set(doc.terms)) {
      const next = (vocabulary.df.get(stem) ?? 0) + delta;
      if (next > 0) vocabulary.df.set(stem, next);
      else vocabulary.df.delete(stem);
    }
    for (const word of doc.words) {
      const next = (vocabulary.words.get(word) ?? 0) + delta;
      if (next > 0) vocabulary.words.set(word, next);
      else vocabulary.words.delete(word);
      if (vocabulary === this.articles && next === 1 && delta === 1) this.addInitial(word);
    }
  }

  private addInitial(word: string): void {
    const initial = word[0] ?? '';
    const list = this.byInitial.get(initial) ?? [];
    list.push(word);
    this.byInitial.set(initial, list);
  }
}
