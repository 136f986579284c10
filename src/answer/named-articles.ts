import type { Article } from '../corpus/load-corpus.ts';
import { articleIdOf } from '../corpus/passages.ts';
import type { Units } from '../corpus/units.ts';
import { indexTerms, tokenize } from '../text/analyzer.ts';
import type { Dictionary } from '../text/dictionary.ts';
import type { AnalysedQuestion, Concept } from './analyse-question.ts';
import type { Candidate } from './retrieve.ts';
import { type Trace, traceStep } from './trace.ts';

/**
 * Questions that point at one article by what kind of piece it is: "in the opinion piece, where
 * should India post an officer", "how long will approval take, per the explainer", "according to
 * the joint statement", "on the Deccan Current podcast". A reader looks in that piece; so does the
 * bot. The kind is read from the articles' own titles ("Opinion: Judge the pact at sea …",
 * "Explainer: …", "Joint Statement on …"), not from a list of kinds: the words of a phrase that
 * closes a clause after "in the", "per the", "according to the" (…) must all stand in an
 * article's title, besides words for any text ("piece", "article") and the article's outlet, and
 * one of them must say what kind of piece it is: the title's label before a colon or a dash, or a
 * noun of communication in it (WordNet's noun.communication). None may be a name ("according to
 * the EU" asks for the EU's words). With an outlet named, a word no source holds is what that
 * outlet's piece is ("podcast"). The phrase's words are then no words to find, and the search
 * keeps to those articles.
 *
 * @module
 */

// "in the explainer,", "per the joint statement?", "according to its fact check": a phrase after a
// preposition and a determiner that ends its clause (at a comma, a question mark or the end).
const POINTING =
  /\b(?:in|per|from|on|according to|acc(?:ording|\.)? to|as per|going by)\s+(?:the|this|that|its|their)\s+((?:[\p{L}&'’-]+\s+){0,3}[\p{L}&'’-]+)\s*(?=[,?.!;:]|$)/giu;
// Words for any piece of writing, which tell no piece from another (as the stemmer has them).
const ANY_TEXT = new Set('articl stori piec report news thread post item'.split(' '));
// A kind that most articles' titles have tells none of them apart.
const MAX_SHARE = 0.5;

/** The articles a question points at by their kind, and the question's concepts that say so. */
export interface NamedArticles {
  ids: ReadonlySet<string>;
  concepts: ReadonlySet<Concept>;
}

// A title's label, a word or two before a colon or a dash: "Opinion: …", "Fact check - …".
const LABEL = /^["'“‘]?([\p{L}-]+(?:\s+[\p{L}-]+)?)\s*(?::|\s[–—-]\s)/u;

// Per article, read on the first question that points at a piece: its title's and its outlet's
// words, and the words that say what kind of piece it is (its title's label, and its title's
// nouns of communication: "Joint Statement on …").
const TITLES = new WeakMap<Article, ReadonlySet<string>>();
const OUTLETS = new WeakMap<Article, ReadonlySet<string>>();
const KINDS = new WeakMap<Article, ReadonlySet<string>>();
const cached = (cache: WeakMap<Article, ReadonlySet<string>>, article: Article, read: () => string[]) => {
  let found = cache.get(article);
  if (!found) {
    found = new Set(read());
    cache.set(article, found);
  }
  return found;
};
const titleOf = (article: Article) => cached(TITLES, article, () => indexTerms(article.title));
const outletOf = (article: Article) => cached(OUTLETS, article, () => indexTerms(article.publisher));
const kindsOf = (article: Article, dictionary: Dictionary) =>
  cached(KINDS, article, () => [
    ...indexTerms(LABEL.exec(article.title)?.[1] ?? ''),
    ...tokenize(article.title)
      .filter((t) => !t.stop && dictionary.isCommunicationNoun(t.word))
      .map((t) => t.stem),
  ]);

export function namedArticles(
  question: string,
  analysed: AnalysedQuestion,
  articles: readonly Article[],
  dictionary: Dictionary,
  /** Whether any source holds the stem. */
  known: (stem: string) => boolean,
): NamedArticles | undefined {
  // A name is what a piece is about or who speaks in it ("according to the EU"), no kind of piece.
  const names = new Set(
    analysed.concepts.filter((c) => c.role === 'name').flatMap((c) => c.alternatives[0]?.stems ?? []),
  );
  for (const match of question.matchAll(POINTING)) {
    const phrase = indexTerms(match[1] ?? '');
    const kind = phrase.filter((stem) => !ANY_TEXT.has(stem));
    if (kind.length === 0) continue;
    const found = articles.filter((article) => {
      const title = titleOf(article);
      const outlet = outletOf(article);
      const rest = kind.filter((stem) => !outlet.has(stem));
      // "the Deccan Current podcast": with the outlet named, a word no source holds is its piece.
      const named = rest.length < kind.length;
      const unheard = (stem: string) => named && !known(stem);
      return (
        rest.length > 0 &&
        !rest.some((stem) => names.has(stem)) &&
        rest.every((stem) => title.has(stem) || unheard(stem)) &&
        rest.some((stem) => unheard(stem) || kindsOf(article, dictionary).has(stem))
      );
    });
    if (found.length === 0 || (found.length > 1 && found.length > articles.length * MAX_SHARE)) continue;
    const words = new Set(phrase);
    const concepts = analysed.concepts.filter((c) => indexTerms(c.label).every((stem) => words.has(stem)));
    return { ids: new Set(found.map((article) => article.id)), concepts: new Set(concepts) };
  }
  return undefined;
}

/** The engine's hits among the passages of the articles pointed at (no pins). */
export function fromArticles(
  pool: readonly Candidate[],
  named: NamedArticles,
  units: Units,
  trace?: Trace,
): Candidate[] {
  const kept = pool.filter((c) => units.isPassage(c.id) && named.ids.has(articleIdOf(c.id)));
  traceStep(trace, 'retrieve', () => `${kept.length} hits in ${[...named.ids].join(', ')}`);
  return kept;
}
