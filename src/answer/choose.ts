import type { AlternativeForm, AnalysedQuestion } from './analyse-question.ts';
import { conflictingReport } from './conflicts.ts';
import { conceptMatch, coverage, union } from './coverage.ts';
import type { Ranking } from './ranking.ts';
import type { ScoredSentence } from './score-sentences.ts';
import { type Trace, traceStep } from './trace.ts';

/**
 * The sentences to quote, best first; empty when none answers. A sentence answers when it and its
 * paragraph cover enough of the question, the question's names and numbers stand in its
 * paragraph or article title, it does not say the opposite of the question (an antonym where the
 * question's word should be, no "not" where the question has one), and, for "when" and "how
 * many", it holds a date or a number. A moderator's pin comes first when it covers the question
 * about as well as the best article sentence; a pin that does not answer never displaces an
 * article. A second article sentence is added when it continues the first ("These include …") or
 * covers a good share of the question the first leaves out.
 *
 * @module
 */

// A sentence opening with one of these continues the one before it ("These include …").
const CONTINUATION = /^(?:These|Those|They|Such)\b/;
const NEGATIONS = ['not', 'never', 'no', 'without', 'nor'];
const FOCUS_REQUIRED = new Set(['date', 'number']);
const NAMING_FORMS = new Set<AlternativeForm>(['typed', 'split', 'glossary', 'typo', 'derived']);

/** Why a sentence does not answer, or undefined when it does. */
export function objection(
  s: ScoredSentence,
  question: AnalysedQuestion,
  ranking: Ranking,
): string | undefined {
  const { abstain } = ranking;
  if (s.passageCoverage < abstain.minPassageCoverage)
    return 'its paragraph covers too little of the question';
  if (s.coverage < abstain.minSentenceCoverage) return 'it covers too little of the question';
  if (abstain.requireNames) {
    // A name is named by its own words or another name of it, not by a WordNet relative ("river" for "Danube").
    const absent = question.concepts.find(
      (c) => (c.role === 'name' || c.role === 'number') && conceptMatch(c, s.near, NAMING_FORMS) === 0,
    );
    if (absent) return `it does not name ${absent.label}`;
  }
  const opposite = question.concepts.find(
    (c) => conceptMatch(c, s.stems) === 0 && c.antonyms.some((stem) => s.stems.has(stem)),
  );
  if (opposite) return `it says the opposite of ${opposite.label}`;
  if (question.negated && !NEGATIONS.some((word) => s.stems.has(word)))
    return 'the question is negated, it is not';
  return undefined;
}

export const answers = (
  s: ScoredSentence | undefined,
  question: AnalysedQuestion,
  ranking: Ranking,
): s is ScoredSentence => s !== undefined && objection(s, question, ranking) === undefined;

/** The sentences to quote, and whether they are reports that differ (answer.ts shows them as such). */
export interface Choice {
  sentences: ScoredSentence[];
  sourcesDiffer: boolean;
}

export function choose(
  question: AnalysedQuestion,
  ranked: readonly ScoredSentence[],
  ranking: Ranking,
  trace?: Trace,
): Choice {
  const focusRequired = ranking.abstain.requireFocus && FOCUS_REQUIRED.has(question.focus.kind);
  const fits = (s: ScoredSentence) => answers(s, question, ranking) && (!focusRequired || s.typeMatch);
  const bestPin = ranked.find((s) => s.unit.kind === 'pin' && fits(s));
  const bestArticle = ranked.find((s) => s.unit.kind === 'article' && fits(s));
  const chosen: ScoredSentence[] = [];
  if (bestPin && bestPin.coverage >= (bestArticle?.coverage ?? 0) - ranking.choose.pinTolerance) {
    chosen.push(bestPin);
  }
  const differing = bestArticle && conflictingReport(question, bestArticle, ranked, fits, ranking);
  if (bestArticle && differing) {
    // Both reports, the newer first: a later article may correct an earlier one.
    const byDate = [bestArticle, differing].sort((a, b) =>
      (a.unit.citation.date ?? '') < (b.unit.citation.date ?? '') ? 1 : -1,
    );
    chosen.push(...byDate);
  } else if (bestArticle) {
    chosen.push(bestArticle);
    const second = secondSentence(question, ranked, bestArticle, ranking);
    if (second && chosen.length === 1) chosen.push(second);
  } else if (chosen.length === 0 && bestPin) {
    chosen.push(bestPin);
  }
  const top = ranked.find((s) => s.unit.kind === 'article');
  traceStep(
    trace,
    'choose',
    () =>
      chosen.length > 0
        ? `quoting ${chosen.length} sentence(s)${differing ? ': the sources differ' : ''}`
        : `no sentence answers${top ? ` (the best does not: ${objection(top, question, ranking) ?? (focusRequired ? `it holds no ${question.focus.kind}` : '')})` : ''}`,
    () => chosen.map((s) => `${s.unit.id}: ${s.text}`),
  );
  return { sentences: chosen, sourcesDiffer: Boolean(bestArticle && differing) };
}

function secondSentence(
  question: AnalysedQuestion,
  ranked: readonly ScoredSentence[],
  first: ScoredSentence,
  ranking: Ranking,
): ScoredSentence | undefined {
  const { maxTwoSentenceLength, secondSentenceGain } = ranking.choose;
  const following = first.unit.sentences[first.position + 1];
  if (
    following &&
    CONTINUATION.test(following.text) &&
    first.text.length + following.text.length <= maxTwoSentenceLength
  ) {
    return {
      ...first,
      position: first.position + 1,
      text: following.text,
      stems: following.stems,
      near: first.near,
    };
  }
  const copies = new Set(first.unit.sentences[first.position]?.copies?.map((c) => c.id) ?? []);
  for (const candidate of ranked) {
    if (candidate === first || candidate.unit.kind !== 'article') continue;
    // Never the same sentence twice: not its text again, not a copy another outlet carries.
    if (candidate.text === first.text || copies.has(candidate.unit.id)) continue;
    if (first.text.length + candidate.text.length > maxTwoSentenceLength) continue;
    const together = coverage(question.concepts, union(first.stems, candidate.stems), ranking.coverage);
    if (together - first.coverage >= secondSentenceGain && answers(candidate, question, ranking))
      return candidate;
  }
  return undefined;
}
