import { Bm25Index, type Bm25Snapshot } from './bm25-index.ts';
import { editDistance } from './edit-distance.ts';

/**
 * The one owner of the search index. Documents arrive already analysed as stems; ranking is
 * MiniSearch's BM25+ computed by a top-k scorer (see bm25-index.ts for why not MiniSearch itself).
 * The index also keeps what the answer logic needs: document frequencies (for IDF-weighted
 * coverage) and the surface vocabulary (for typo correction). Article passages are shared by
 * every community; a pin belongs to one community only.
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
  engine: Bm25Snapshot;
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
  private engine = new Bm25Index();
  private meta = new Map<string, Meta>();
  private articles = emptyVocabulary();
  private pinVocabulary = new Map<string, Vocabulary>();
  private pinTerms = new Map<string, IndexDocument>();
  private articleCount = 0;
  private byInitial = new Map<string, string[]>();

  add(doc: IndexDocument): void {
    if (this.meta.has(doc.id)) throw new Error(`SearchIndex: duplicate id ${doc.id}`);
    this.engine.add(doc.id, doc.terms);
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
    this.engine.remove(id, doc.terms);
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
      engine: this.engine.toSnapshot(),
      passages: this.articleCount,
      df: [...this.articles.df],
      words: [...this.articles.words],
    };
  }

  /** Rebuilds an index from `toSnapshot()` data; throws when the data does not hold together. */
  static fromSnapshot(snapshot: IndexSnapshot): SearchIndex {
    const index = new SearchIndex();
    index.engine = Bm25Index.fromSnapshot(snapshot.engine);
    for (const id of snapshot.engine.ids) index.meta.set(id, ARTICLE);
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
    const accept = (doc: number) => {
      const meta = this.meta.get(this.engine.id(doc));
      return meta !== undefined && (meta.kind === 'article' || meta.community === community);
    };
    return this.engine
      .search(boosts, accept, limit)
      .map(({ doc, score }) => ({ id: this.engine.id(doc), score }));
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
