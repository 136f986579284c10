import { isQuestionHeading } from '../corpus/sections.ts';
import type { Units } from '../corpus/units.ts';
import type { AnalysedQuestion } from './analyse-question.ts';
import { coverage } from './coverage.ts';
import type { Ranking } from './ranking.ts';
import type { Candidate, Retrieved } from './retrieve.ts';
import { headingAsking } from './score-sentences.ts';
import { type Trace, traceStep } from './trace.ts';

/**
 * The passages whose sentences are scored. When the engine's query held the whole question its
 * order stands; when it left common words out, its hits are re-ranked by how much of the whole
 * question each covers (engine order among equals).
 */
export function rerank(
  question: AnalysedQuestion,
  retrieved: Retrieved,
  ranking: Ranking,
  trace?: Trace,
): Candidate[] {
  const keep = ranking.retrieval.candidatePassages;
  if (retrieved.complete) return retrieved.pool.slice(0, keep);
  const shortlisted = shortlist(question, retrieved.pool, keep, ranking);
  traceStep(trace, 'rerank', 'partial query: re-ranked by coverage of the whole question', () => ({
    kept: shortlisted.map((c) => c.unit.id),
  }));
  return shortlisted;
}

export function shortlist(
  question: AnalysedQuestion,
  pool: readonly Candidate[],
  keep: number,
  ranking: Ranking,
): Candidate[] {
  return pool
    .map((candidate, rank) => ({
      candidate,
      rank,
      covered: coverage(question.concepts, candidate.unit.stems, ranking.coverage),
    }))
    .sort((a, b) => b.covered - a.covered || a.rank - b.rank)
    .slice(0, keep)
    .map(({ candidate }) => candidate);
}

/**
 * The candidates, each question heading among them that asks what the question does followed by
 * the paragraph under it ("### Why did India take longer than Japan and South Korea?" and "Tokyo
 * and Seoul both signed …"): an explainer's answer goes on without the question's words, which
 * its heading holds, so the engine may not find it.
 */
export function withAnswersUnderHeadings(
  candidates: readonly Candidate[],
  units: Units,
  question: AnalysedQuestion,
  ranking: Ranking,
): Candidate[] {
  const ids = new Set(candidates.map((c) => c.id));
  const added: Candidate[] = [];
  for (const candidate of candidates) {
    const { unit } = candidate;
    if (unit.kind !== 'article' || !isQuestionHeading(unit.text)) continue;
    const next = unit.id.replace(/#p(\d+)$/, (_, n: string) => `#p${Number(n) + 1}`);
    if (ids.has(next) || !units.isPassage(next)) continue;
    const under = units.get(next);
    if (!headingAsking(under, question, ranking)) continue;
    ids.add(next);
    added.push({ id: next, unit: under, score: candidate.score });
  }
  return added.length === 0 ? [...candidates] : [...candidates, ...added];
}
