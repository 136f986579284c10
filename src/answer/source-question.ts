import type { Article } from '../corpus/load-corpus.ts';
import { articleIdOf } from '../corpus/passages.ts';
import type { Unit, Units } from '../corpus/units.ts';
import { stemWord } from '../text/analyzer.ts';
import type { Answer } from '../types.ts';
import type { AnalysedQuestion, Concept } from './analyse-question.ts';
import { answered } from './compose.ts';
import type { Candidate } from './retrieve.ts';
import { type Trace, traceStep } from './trace.ts';

/**
 * Questions about the sources themselves ("which agency reported this?", "when was it
 * published?", "which outlets cover the trade deal?") are answered from what every citation
 * carries: the outlet and the date. The answer quotes each article's opening sentence verbatim,
 * and its citation names the outlet and the date; the bot writes no prose of its own. With a
 * topic the articles are those whose passages the search found for it; without one, every
 * article, newest first. The words that make a question about sources are bibliographic terms
 * (a metadata schema, not topic vocabulary).
 *
 * @module
 */
// Words that name a news source whatever the context ("which outlet"), and words that do so only
// next to reporting ("which agency reported it", "news sources") but otherwise have other senses
// ("the source of the Rhine", "which agency regulates it").
const SOURCE_NOUNS = new Set('outlet newspap publish public journalist report'.split(' '));
const SOURCE_IN_CONTEXT = new Set(
  'agenc sourc media press wire paper site websit channel author news'.split(' '),
);
const PUBLISHING_VERBS = new Set('report publish wrote write cover carri carry break post run'.split(' '));
const TEXT_NOUNS = new Set('articl article stori story report news piec piece'.split(' '));

/** Whether a word (by its stem) is one of reporting or publishing: "who reported this" asks something. */
export const asksAboutSources = (stem: string): boolean =>
  PUBLISHING_VERBS.has(stem) || SOURCE_NOUNS.has(stem);

// By the words' stems as the stemmer gives them: "reported" is a question-shaping word elsewhere,
// kept whole by the analyser, and must still read as "report" here.
const stemsOf = (concept: Concept) => concept.label.toLowerCase().split(/\s+/).map(stemWord);
const isAny = (concept: Concept, set: ReadonlySet<string>) => stemsOf(concept).some((stem) => set.has(stem));

/** The question's topic concepts when it asks about sources; undefined when it does not. */
export function sourceTopic(question: AnalysedQuestion): Concept[] | undefined {
  const { concepts } = question;
  const asksPublishing = concepts.some((c) => isAny(c, PUBLISHING_VERBS));
  const inContext = concepts.filter((c) => isAny(c, SOURCE_IN_CONTEXT)).length;
  const asksSource =
    concepts.some((c) => isAny(c, SOURCE_NOUNS) && !isAny(c, PUBLISHING_VERBS)) ||
    (inContext > 0 && (asksPublishing || inContext > 1));
  // A text and its publishing, in two words: "which story reported it", not "told reporters".
  const asksText = concepts.some(
    (text) => isAny(text, TEXT_NOUNS) && concepts.some((c) => c !== text && isAny(c, PUBLISHING_VERBS)),
  );
  const topic = concepts.filter(
    (c) =>
      c.role !== 'light' &&
      !isAny(c, SOURCE_NOUNS) &&
      !isAny(c, SOURCE_IN_CONTEXT) &&
      !isAny(c, PUBLISHING_VERBS) &&
      !isAny(c, TEXT_NOUNS),
  );
  // "Who wrote the Domesday Book?" asks about the book; "who reported this?" about the source.
  const about = asksSource || asksText || (asksPublishing && topic.length === 0);
  return about ? topic : undefined;
}

export function answerFromSources(
  question: string,
  topic: readonly Concept[],
  candidates: readonly Candidate[],
  articles: readonly Article[],
  units: Units,
  maxOutlets: number,
  trace?: Trace,
): Answer | undefined {
  const chosen: Article[] = [];
  if (topic.length > 0) {
    const byId = new Map(articles.map((a) => [a.id, a]));
    for (const { unit } of candidates) {
      const article = unit.kind === 'article' ? byId.get(articleIdOf(unit.id)) : undefined;
      if (article && !chosen.includes(article)) chosen.push(article);
    }
    if (chosen.length === 0) return undefined;
  } else {
    chosen.push(...[...articles].sort((a, b) => (a.published < b.published ? 1 : -1)));
  }
  const leads: Unit[] = chosen.slice(0, maxOutlets).map((article) => units.get(`${article.id}#p1`));
  traceStep(trace, 'sources', 'a question about the sources: quoting each article’s opening', () =>
    leads.map((u) => u.id),
  );
  return answered(
    question,
    leads.map((unit, i) => ({ text: unit.sentences[0]?.text ?? unit.text, citation: i + 1 })),
    leads.map((unit, i) => ({ ...unit.citation, n: i + 1 })),
    { about: 'sources' },
  );
}
