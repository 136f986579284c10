import type { Unit } from '../corpus/units.ts';
import type { AnalysedQuestion } from './analyse-question.ts';
import { coverage } from './coverage.ts';
import type { Ranking } from './ranking.ts';
import type { Candidate } from './retrieve.ts';
import { matchesType } from './sentence-cues.ts';
import { type Trace, traceStep } from './trace.ts';

/**
 * Every sentence of the candidate passages, scored by how much of the question it covers (its
 * own words and, with less weight, its passage's: a sentence may rely on its neighbours for the
 * subject), the engine's rank, a cue that it holds what the question type asks for (a date for
 * "when", a name for "who") and a small preference for shorter sentences.
 */
export interface ScoredSentence {
  unit: Unit;
  /** Position of the sentence in its unit. */
  position: number;
  text: string;
  stems: ReadonlySet<string>;
  coverage: number;
  passageCoverage: number;
  typeMatch: boolean;
  score: number;
}

export function scoreSentences(
  question: AnalysedQuestion,
  candidates: readonly Candidate[],
  ranking: Ranking,
  trace?: Trace,
): ScoredSentence[] {
  const weights = ranking.sentence;
  const top = candidates[0]?.score ?? 1;
  const heavy = question.concepts.filter((concept) => !concept.light);
  // "Who is Kaja Kallas?": when a name is all the question asks about, the cue looks for what
  // stands around that name.
  const subject =
    heavy.length === 1 || heavy.every((concept) => concept.name)
      ? heavy.flatMap((concept) => concept.alternatives.flatMap((alt) => alt.stems))
      : [];
  const scored: ScoredSentence[] = [];
  for (const { unit, score } of candidates) {
    const passageCoverage = coverage(question.concepts, unit.stems, ranking.coverage);
    unit.sentences.forEach((sentence, position) => {
      const own = coverage(question.concepts, sentence.stems, ranking.coverage);
      if (own === 0) return;
      const typeMatch = matchesType(sentence.text, question.type, subject);
      scored.push({
        unit,
        position,
        text: sentence.text,
        stems: sentence.stems,
        coverage: own,
        passageCoverage,
        typeMatch,
        score:
          weights.own * own +
          weights.passage * passageCoverage +
          weights.engine * (score / top) +
          (typeMatch ? weights.typeBonus : 0) -
          weights.lengthPenaltyPerChar * sentence.text.length,
      });
    });
  }
  // Stable sort: among equal scores the engine's order (already deterministic) stands.
  scored.sort((a, b) => b.score - a.score);
  traceStep(
    trace,
    'score sentences',
    `${scored.length} sentences hold a word of the question`,
    scored.slice(0, 5).map((s) => ({
      id: s.unit.id,
      sentence: s.text,
      score: round(s.score),
      own: round(s.coverage),
      passage: round(s.passageCoverage),
      type: s.typeMatch,
    })),
  );
  return scored;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
