import type { AnalysedQuestion } from './analyse-question.ts';
import { coverage } from './coverage.ts';
import type { Ranking } from './ranking.ts';
import type { Candidate, Retrieved } from './retrieve.ts';
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
