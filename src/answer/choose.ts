import type { AnalysedQuestion } from './analyse-question.ts';
import { coverage } from './coverage.ts';
import type { Ranking } from './ranking.ts';
import type { ScoredSentence } from './score-sentences.ts';
import { type Trace, traceStep } from './trace.ts';

/**
 * The sentences to quote, best first; empty when none answers. A moderator's pin comes first when
 * it covers the question about as well as the best article sentence; a pin that does not answer
 * never displaces an article. A second article sentence is added when it continues the first
 * ("These include …") or covers a good share of the question the first leaves out.
 */

// A sentence opening with one of these continues the one before it ("These include …").
const CONTINUATION = /^(?:These|Those|They|Such)\b/;

export function answers(s: ScoredSentence | undefined, ranking: Ranking): s is ScoredSentence {
  return (
    s !== undefined &&
    s.passageCoverage >= ranking.abstain.minPassageCoverage &&
    s.coverage >= ranking.abstain.minSentenceCoverage
  );
}

export function choose(
  question: AnalysedQuestion,
  ranked: readonly ScoredSentence[],
  ranking: Ranking,
  trace?: Trace,
): ScoredSentence[] {
  const bestPin = ranked.find((s) => s.unit.kind === 'pin');
  const bestArticle = ranked.find((s) => s.unit.kind === 'article');
  const chosen: ScoredSentence[] = [];
  if (
    answers(bestPin, ranking) &&
    bestPin.coverage >= (bestArticle?.coverage ?? 0) - ranking.choose.pinTolerance
  ) {
    chosen.push(bestPin);
  }
  if (answers(bestArticle, ranking)) {
    chosen.push(bestArticle);
    const second = secondSentence(question, ranked, bestArticle, ranking);
    if (second && chosen.length === 1) chosen.push(second);
  } else if (chosen.length === 0 && answers(bestPin, ranking)) {
    chosen.push(bestPin);
  }
  traceStep(
    trace,
    'choose',
    chosen.length > 0
      ? `quoting ${chosen.length} sentence(s)`
      : `no sentence answers (best: own coverage ${bestArticle?.coverage.toFixed(2) ?? '-'}, passage ${bestArticle?.passageCoverage.toFixed(2) ?? '-'})`,
    chosen.map((s) => `${s.unit.id}: ${s.text}`),
  );
  return chosen;
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
    return { ...first, position: first.position + 1, text: following.text, stems: following.stems };
  }
  for (const candidate of ranked) {
    if (candidate === first || candidate.unit.kind !== 'article') continue;
    if (first.text.length + candidate.text.length > maxTwoSentenceLength) continue;
    const together = coverage(
      question.concepts,
      new Set([...first.stems, ...candidate.stems]),
      ranking.coverage,
    );
    if (together - first.coverage >= secondSentenceGain && answers(candidate, ranking)) return candidate;
  }
  return undefined;
}
