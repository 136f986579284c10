import { distance as editDistance } from 'fastest-levenshtein';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { isShortening } from '../text/slips.ts';
import { britishSpelling } from '../text/spelling.ts';

/**
 * The one owner of the MiniSearch index (MiniSearch refuses a saved index built with other
 * options, so the options live here and nowhere else). Documents arrive already analysed as stems.
 * The index also keeps what the answer logic needs: document frequencies (for IDF-weighted
 * coverage) and the surface vocabulary (for typo correction). Article passages are shared by
 * every community; a pin belongs to one community only.
 *
 * @module
 */
// How many shortened words `shortenedWords` keeps the answers for before it starts again.
const MAX_SHORTENED = 1_000;

export interface IndexDocument {
  id: string;
  kind: 'article' | 'pin';
  community: string | null;
  /** Stems, in text order, stop words removed. */
  terms: string[];
  /** Lower-cased surface words, for typo correction. */
  words: string[];
  /** Stems written capitalised inside a sentence, and stems written in lower case (first words aside). */
  capitalised?: string[];
  lowerCase?: string[];
}

export interface Hit {
  id: string;
  score: number;
}

/** One word of a query: its stem, its boost, and whether the user typed it (other forms are planned after). */
export interface QueryTerm {
  stem: string;
  boost: number;
  typed: boolean;
}

export interface SearchResult {
  hits: Hit[];
  /** False when common words were left out of the engine's query (large archives only). */
  complete: boolean;
}

interface QueryPlan {
  terms: ReadonlyMap<string, number>;
  complete: boolean;
}

interface Meta {
  kind: 'article' | 'pin';
  community: string | null;
}

const ARTICLE: Meta = Object.freeze({ kind: 'article', community: null });

/** The options every index is built and loaded with; documents are pre-analysed stems. */
export const MINISEARCH_OPTIONS = {
  fields: ['terms'],
  idField: 'id',
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term,
  searchOptions: { combineWith: 'OR' as const, tokenize: (text: string) => text.split(' ') },
};

/**
 * How many passages the words of one engine query may touch together (see `search`). MiniSearch
 * costs about 1–1.5 µs per passage a query word holds, so this keeps a query near 10–15 ms
 * however large the archive; below about a thousand passages every question fits whole.
 */
const QUERY_BUDGET = 10_000;

const createEngine = () => new MiniSearch<{ id: string; terms: string }>(MINISEARCH_OPTIONS);

/**
 * The articles' part of the index as plain data, for a snapshot file. Pins are never in it: they
 * live in the pin store and are synced into the index after loading.
 */
export interface IndexSnapshot {
  engine: AsPlainObject;
  ids: string[];
  passages: number;
  df: Array<[string, number]>;
  words: Array<[string, number]>;
  /** Stems of the articles' headlines (`addHeadline`). */
  headlines: string[];
}

interface Vocabulary {
  df: Map<string, number>;
  words: Map<string, number>;
}

const emptyVocabulary = (): Vocabulary => ({ df: new Map(), words: new Map() });

export class SearchIndex {
  private engine = createEngine();
  private meta = new Map<string, Meta>();
  private articles = emptyVocabulary();
  private pinVocabulary = new Map<string, Vocabulary>();
  private pinTerms = new Map<string, IndexDocument>();
  private articleCount = 0;
  private byShape = new Map<string, string[]>();
  // `shortenedWords` by word, read again for the next question that shortens it; emptied when an
  // article adds a word.
  private readonly shortened = new Map<string, readonly string[]>();
  private headlines = new Set<string>();

  constructor(private readonly queryBudget = QUERY_BUDGET) {}

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

  /**
   * An article's headline, as stems: its words count as words the sources use ("Kallas urges
   * deeper cooperation", where the body never says "deeper"), though no passage holds them.
   */
  addHeadline(stems: Iterable<string>): void {
    for (const stem of stems) this.headlines.add(stem);
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
      ids: [...this.meta.keys()],
      passages: this.articleCount,
      df: [...this.articles.df],
      words: [...this.articles.words],
      headlines: [...this.headlines],
    };
  }

  /** Rebuilds an index from `toSnapshot()` data; throws when the data does not hold together. */
  static fromSnapshot(snapshot: IndexSnapshot): SearchIndex {
    const index = new SearchIndex();
    index.engine = MiniSearch.loadJS(snapshot.engine, MINISEARCH_OPTIONS);
    for (const id of snapshot.ids) index.meta.set(id, ARTICLE);
    if (index.meta.size !== snapshot.passages || index.engine.documentCount !== snapshot.passages) {
      throw new Error(
        `SearchIndex: snapshot holds ${index.meta.size} documents, expected ${snapshot.passages}`,
      );
    }
    index.articleCount = snapshot.passages;
    index.articles.df = new Map(snapshot.df);
    index.articles.words = new Map(snapshot.words);
    index.headlines = new Set(snapshot.headlines);
    for (const word of index.articles.words.keys()) index.addInitial(word);
    return index;
  }

  has(id: string): boolean {
    return this.meta.has(id);
  }

  /**
   * Best-first hits among articles and the community's pins for the query's terms (one per stem).
   * MiniSearch scores and sorts every passage that holds any word of the query (it has no top-k),
   * so the query is planned: words are taken rarest first, as typed before their other forms, while
   * the passages they touch together stay within the budget (when none fits, the rarest word goes
   * alone, unless `withinBudget`: then nothing does). In a large archive that leaves out the common
   * words, which do little for the ranking and most for the cost; `complete` is false then, and the
   * caller re-ranks the hits by the whole question.
   */
  search(query: readonly QueryTerm[], community: string, limit: number, withinBudget = false): SearchResult {
    const { terms, complete } = this.plan(query, community, withinBudget);
    if (terms.size === 0) return { hits: [], complete };
    const results = this.engine.search([...terms.keys()].join(' '), {
      boostTerm: (term) => terms.get(term) ?? 1,
    });
    // Filtering here rather than through MiniSearch's `filter` option stops at `limit`.
    const hits: Hit[] = [];
    for (const result of results) {
      if (hits.length === limit) break;
      const meta = this.meta.get(result.id);
      if (meta && (meta.kind === 'article' || meta.community === community)) {
        hits.push({ id: result.id, score: result.score });
      }
    }
    if (!complete) hits.push(...this.pinsLeftOut(hits, query, community));
    return { hits, complete };
  }

  /**
   * The community's pins holding any word of the question that a partial query did not return:
   * a moderator's pin must always be weighed, even when it shares only common words with the
   * question. Pins are few, so this is a walk over them; they come last, for re-ranking.
   */
  private pinsLeftOut(hits: readonly Hit[], query: readonly QueryTerm[], community: string): Hit[] {
    const found = new Set(hits.map((hit) => hit.id));
    const stems = new Set(query.map((term) => term.stem));
    const extra: Hit[] = [];
    for (const pin of this.pinTerms.values()) {
      if (pin.community === community && !found.has(pin.id) && pin.terms.some((stem) => stems.has(stem))) {
        extra.push({ id: pin.id, score: 0 });
      }
    }
    return extra;
  }

  private plan(query: readonly QueryTerm[], community: string, withinBudget: boolean): QueryPlan {
    const pins = this.pinVocabulary.get(community)?.df;
    // A word nothing holds (a glossary alternative the sources never use) costs nothing and
    // matches nothing; a word only the community's pins hold is cheap and must stay.
    const held = query
      .map(({ stem, boost, typed }) => ({
        stem,
        boost,
        typed,
        df: this.articleFrequency(stem) + (pins?.get(stem) ?? 0),
      }))
      .filter(({ df }) => df > 0)
      .sort((a, b) => a.df - b.df || (a.stem < b.stem ? -1 : 1));
    const terms = new Map<string, number>();
    let touched = 0;
    // The words as typed first, then other forms (glossary names, corrections), while within budget;
    // if none fits, the rarest word alone.
    for (const typed of [true, false]) {
      for (const { stem, boost, df, typed: asTyped } of held) {
        if (asTyped !== typed) continue;
        if (touched + df > this.queryBudget) break;
        terms.set(stem, boost);
        touched += df;
      }
    }
    const rarest = held[0];
    if (terms.size === 0 && rarest && !withinBudget) terms.set(rarest.stem, rarest.boost);
    return { terms, complete: terms.size === held.length };
  }

  /** The articles' words (lower-cased, spelling-normalised), for building the lexicon. */
  articleWords(): IterableIterator<string> {
    return this.articles.words.keys();
  }

  /** Number of article passages holding the stem (pins excluded: they are per community). */
  articleFrequency(stem: string): number {
    return this.articles.df.get(stem) ?? 0;
  }

  get passageCount(): number {
    return this.articleCount;
  }

  /** Whether the articles (a passage or a headline) or the community's pins hold the stem. */
  knows(stem: string, community: string): boolean {
    return (
      this.articles.df.has(stem) ||
      this.headlines.has(stem) ||
      (this.pinVocabulary.get(community)?.df.has(stem) ?? false)
    );
  }

  /** Known words within `maxDistance` edits of `word`, sharing its first letter, closest and most frequent first. */
  similarWords(
    word: string,
    maxDistance: number,
    community: string,
    sameLength = false,
  ): Array<{ word: string; distance: number }> {
    const initial = word[0] ?? '';
    const found: Array<{ word: string; distance: number; count: number }> = [];
    const consider = (candidate: string) => {
      // Measured from the spelling the typist knows too: "defnce" is a slip of "defence", which the
      // sources hold as "defense" (text/spelling.ts).
      const british = britishSpelling(candidate);
      const distance = Math.min(
        editDistance(word, candidate),
        british === candidate ? Number.POSITIVE_INFINITY : editDistance(word, british),
      );
      if (distance > 0 && distance <= maxDistance) {
        found.push({ word: candidate, distance, count: this.articles.words.get(candidate) ?? 1 });
      }
    };
    const spread = sameLength ? 0 : maxDistance;
    for (let length = word.length - spread; length <= word.length + spread; length++) {
      for (const candidate of this.byShape.get(`${initial}${length}`) ?? []) consider(candidate);
    }
    for (const known of this.pinVocabulary.get(community)?.words.keys() ?? []) {
      if (
        known[0] === initial &&
        !this.articles.words.has(known) &&
        (!sameLength || known.length === word.length)
      )
        consider(known);
    }
    return found
      .sort((a, b) => a.distance - b.distance || b.count - a.count || a.word.localeCompare(b.word))
      .map(({ word: w, distance }) => ({ word: w, distance }));
  }

  /**
   * The articles' words that `word` shortens ("def" for "defence", "govt" for "government"; see
   * `isShortening`), most frequent first.
   */
  shortenedWords(word: string): readonly string[] {
    const known = this.shortened.get(word);
    if (known) return known;
    const initial = word[0] ?? '';
    const found: Array<{ word: string; count: number }> = [];
    for (const [shape, words] of this.byShape) {
      if (shape[0] !== initial || Number(shape.slice(1)) < word.length + 2) continue;
      for (const candidate of words)
        if (isShortening(word, candidate))
          found.push({ word: candidate, count: this.articles.words.get(candidate) ?? 1 });
    }
    const words = found
      .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
      .map((candidate) => candidate.word);
    if (this.shortened.size > MAX_SHORTENED) this.shortened.clear();
    this.shortened.set(word, words);
    return words;
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

  // Words by first letter and length: a typo keeps its first letter and changes length by little.
  private addInitial(word: string): void {
    this.shortened.clear();
    const shape = `${word[0] ?? ''}${word.length}`;
    const list = this.byShape.get(shape) ?? [];
    list.push(word);
    this.byShape.set(shape, list);
  }
}
