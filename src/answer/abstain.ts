import type { Article } from '../corpus/load-corpus.ts';
import type { Unit } from '../corpus/units.ts';
import type { Answer, Citation } from '../types.ts';
import type { AnalysedQuestion, Concept } from './analyse-question.ts';
import { conceptWeight } from './coverage.ts';
import type { Ranking } from './ranking.ts';
import type { Candidate } from './retrieve.ts';
import type { TimeWindow } from './time-window.ts';
import { type Trace, traceStep } from './trace.ts';
import { unanswered } from './unanswered.ts';

/**
 * Why abstain this way: raw BM25 scores do not compare across questions, so the decision uses
 * normalised signals. A question is declined before any search when a name it uses, or words
 * carrying half its weight, appear nowhere in the sources (nothing there can answer it), and
 * after scoring when no sentence covers enough of it (see `objection` in choose.ts). A declined
 * answer names what is missing and lists the two closest passages as not answering.
 *
 * @module
 */

/** Words of the question that no source holds in any form (question-shaping words aside). */
export function missingConcepts(question: AnalysedQuestion): Concept[] {
  return question.concepts.filter((concept) => !concept.known && !concept.light);
}

/**
 * What the question asks about that no source holds, when it matters enough that no passage can
 * answer: a name (a person, country or organisation the sources never mention), or words carrying
 * `maxMissingShare` or more of the question's weight. Empty when the question may be answerable.
 */
export function decisiveMissing(question: AnalysedQuestion, ranking: Ranking, trace?: Trace): Concept[] {
  const missing = missingConcepts(question);
  // The kind a "what X" question asks for is filled by the answer: its absence decides nothing.
  // Nor does an adverb's ("which countries already have one"): it says how or when, not of what.
  const subjectMissing = missing.filter((concept) => !concept.slot && !concept.adverb);
  const weight = (concept: Concept) => conceptWeight(concept, ranking.coverage);
  const total = question.concepts.reduce((sum, concept) => sum + weight(concept), 0);
  const absent = subjectMissing.reduce((sum, concept) => sum + weight(concept), 0);
  const decisive =
    subjectMissing.some((concept) => concept.role === 'name' || concept.role === 'number' || concept.term) ||
    (total > 0 && absent / total >= ranking.abstain.maxMissingShare);
  if (missing.length > 0) {
    traceStep(
      trace,
      'abstain',
      decisive ? 'a name or most of the question is missing from every source' : 'some words are missing',
      () => missing.map((c) => c.label),
    );
  }
  return decisive ? missing : [];
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

const cite = (units: readonly Unit[]): Citation[] => units.map((unit, i) => ({ ...unit.citation, n: i + 1 }));

const closestOf = (candidates: readonly Candidate[]) =>
  candidates
    .filter((c) => c.unit.kind === 'article')
    .slice(0, 2)
    .map((c) => c.unit);

/** Declines because words the question depends on appear in no source. */
export function declineMissing(
  question: string,
  missing: readonly Concept[],
  candidates: readonly Candidate[],
): Answer {
  const labels = [...new Set(missing.map((concept) => concept.term ?? concept.label))];
  return unanswered(
    question,
    'not-covered',
    `My sources don't mention ${listWords(labels)}.`,
    labels,
    cite(closestOf(candidates)),
  );
}

/** Declines because no sentence answers, naming any words no source holds. */
export function declineUnanswered(
  question: string,
  analysed: AnalysedQuestion,
  candidates: readonly Candidate[],
): Answer {
  const missing = missingConcepts(analysed).map((concept) => concept.label);
  const message =
    missing.length > 0
      ? `My sources don't mention ${listWords(missing)}, and none of them answers this.`
      : "My sources don't cover that question.";
  return unanswered(question, 'not-covered', message, missing, cite(closestOf(candidates)));
}

/** Declines a question scoped in time that no article of that time answers, naming the newest date held. */
export function declineOutOfWindow(
  question: string,
  window: TimeWindow,
  candidates: readonly Candidate[],
  articles: readonly Article[],
  trace?: Trace,
): Answer {
  // ISO dates compare as strings; Math.max would read them as numbers.
  // biome-ignore lint/complexity/useMathMinMax: the operands are strings
  const newest = articles.reduce((latest, a) => (a.published > latest ? a.published : latest), '');
  traceStep(trace, 'abstain', `no candidate article is from ${window.label}`);
  return unanswered(
    question,
    'not-covered',
    `None of my sources is from ${window.label}; the newest is from ${newest}.`,
    window.words.slice(),
    cite(closestOf(candidates)),
  );
}
