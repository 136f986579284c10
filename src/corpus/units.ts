import { tokenize } from '../text/analyzer.ts';
import type { Citation, PinnedFact } from '../types.ts';
import type { Article, Corpus } from './load-corpus.ts';
import type { Passage } from './passages.ts';

/**
 * Everything the answer step needs about a citable unit (an article passage or a pin): its
 * sentences with their stems and its citation. Analysis is done once per unit, on first use,
 * so start-up only pays for indexing.
 */
export interface UnitSentence {
  text: string;
  /** Stems of the sentence, and of its speaker's name when it is quoted or reported speech. */
  stems: ReadonlySet<string>;
  /** Content stems of the text, in order (for phrase matching). */
  terms: readonly string[];
  speaker?: string;
}

export interface Unit {
  id: string;
  kind: 'article' | 'pin';
  text: string;
  /** Stems of the passage, with the names a pronoun in it may refer to from the paragraphs above. */
  stems: ReadonlySet<string>;
  /** Stems of the article's title (empty for pins): what the whole article is about. */
  title: ReadonlySet<string>;
  sentences: readonly UnitSentence[];
  citation: Omit<Citation, 'n'>;
}

export interface Units {
  get(id: string): Unit;
  isPassage(id: string): boolean;
  addPin(pin: PinnedFact): void;
  removePin(id: string): void;
}

const termsOf = (text: string) =>
  tokenize(text)
    .filter((t) => !t.stop && !t.part)
    .map((t) => t.stem);
const stemsOf = (text: string) =>
  new Set(
    tokenize(text)
      .filter((t) => !t.stop)
      .map((t) => t.stem),
  );
function sentenceOf(text: string, speaker?: string): UnitSentence {
  const terms = termsOf(text);
  if (!speaker) return { text, stems: stemsOf(text), terms };
  return { text, stems: new Set([...stemsOf(text), ...stemsOf(speaker)]), terms, speaker };
}

function passageCitation(passage: Passage, article: Article): Omit<Citation, 'n'> {
  return {
    kind: 'article',
    id: passage.id,
    title: article.title,
    publisher: article.publisher,
    date: article.published,
    url: article.url,
    text: passage.text,
    paragraph: passage.paragraph,
  };
}

function pinCitation(
  pin: PinnedFact,
  passageUrl: (id: string) => string | null | undefined,
): Omit<Citation, 'n'> {
  const sourceUrl = pin.source && /^https?:/i.test(pin.source) ? pin.source : null;
  return {
    kind: 'pin',
    id: pin.id,
    title: `Pinned fact ${pin.id}`,
    publisher: null,
    date: pin.pinnedAt.slice(0, 10),
    url: sourceUrl ?? (pin.source ? passageUrl(pin.source) : null) ?? pin.message?.link ?? null,
    text: pin.text,
    paragraph: null,
    pin: { pinnedBy: pin.pinnedBy, pinnedAt: pin.pinnedAt, source: pin.source, message: pin.message },
  };
}

export function createUnits(corpus: Corpus): Units {
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const passages = new Map(corpus.passages.map((p) => [p.id, p]));
  const pins = new Map<string, PinnedFact>();
  const cache = new Map<string, Unit>();
  const titles = new Map<string, ReadonlySet<string>>();
  const titleOf = (article: Article) => {
    let stems = titles.get(article.id);
    if (!stems) {
      stems = stemsOf(article.title);
      titles.set(article.id, stems);
    }
    return stems;
  };

  // News paragraphs often carry on with "she said" after naming the person one paragraph up; a
  // paragraph that uses a third-person pronoun also counts the names of the paragraph before it
  // (for retrieval coverage only: the quoted sentence must still match on its own).
  const PRONOUN = /\b(?:she|he|her|his|they|their)\b/i;
  const MAX_CARRY = 3;
  function contextNames(passage: Passage, hops = 0): string[] {
    const own = tokenize(passage.text)
      .filter((t) => t.name && !t.stop)
      .map((t) => t.stem);
    if (hops >= MAX_CARRY || !PRONOUN.test(passage.text)) return own;
    const previous = passages.get(`${passage.articleId}#p${passage.paragraph - 1}`);
    return previous ? [...own, ...contextNames(previous, hops + 1)] : own;
  }

  function build(id: string): Unit {
    const pin = pins.get(id);
    if (pin) {
      return {
        id,
        kind: 'pin',
        text: pin.text,
        stems: stemsOf(pin.text),
        title: new Set(),
        sentences: [sentenceOf(pin.text)],
        citation: pinCitation(pin, (source) => articles.get(passages.get(source)?.articleId ?? '')?.url),
      };
    }
    const passage = passages.get(id);
    const article = passage && articles.get(passage.articleId);
    if (!passage || !article) throw new Error(`Units: unknown id ${id}`);
    return {
      id,
      kind: 'article',
      text: passage.text,
      stems: new Set([...stemsOf(passage.text), ...contextNames(passage)]),
      title: titleOf(article),
      sentences: passage.sentences.map((s) => sentenceOf(s.text, s.speaker)),
      citation: passageCitation(passage, article),
    };
  }

  return {
    get(id) {
      let unit = cache.get(id);
      if (!unit) {
        unit = build(id);
        cache.set(id, unit);
      }
      return unit;
    },
    isPassage: (id) => passages.has(id),
    addPin(pin) {
      pins.set(pin.id, pin);
      cache.delete(pin.id);
    },
    removePin(id) {
      pins.delete(id);
      cache.delete(id);
    },
  };
}
