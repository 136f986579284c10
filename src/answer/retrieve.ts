import type { Unit, Units } from '../corpus/units.ts';
import type { QueryTerm, SearchIndex } from '../search/search-index.ts';
import { stemWord } from '../text/analyzer.ts';
import type { AnalysedQuestion } from './analyse-question.ts';
import type { Ranking } from './ranking.ts';
import { type Trace, traceStep } from './trace.ts';

/** A passage or pin the engine returned, with its engine score. */
export interface Candidate {
  /** The passage's or pin's id, known without analysing its unit. */
  id: string;
  unit: Unit;
  score: number;
}

export interface Retrieved {
  pool: Candidate[];
  /** False when the engine's query left common words out (large archives; see `SearchIndex.search`). */
  complete: boolean;
}

// Share of its weight a word describing the person a speech question asks about keeps in the search.
const DESCRIBED_WEIGHT = 0.3;

/** One query term per stem, at the weight of its best form, marked typed when the user typed it. */
export function queryTerms(question: AnalysedQuestion): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  // The words that only say who the person asked about is ("the EU ambassador Delphin") find
  // whatever else speaks of the EU: they weigh a fraction of the person's name.
  const described = new Set(question.focus.speaker?.described ?? []);
  for (const concept of question.concepts) {
    const scale = concept.alternatives.some((alt) => alt.stems.some((stem) => described.has(stem)))
      ? DESCRIBED_WEIGHT
      : 1;
    for (const alt of concept.alternatives) {
      for (const stem of alt.stems) {
        const known = terms.get(stem);
        const typed = alt.form === 'typed' || (known?.typed ?? false);
        terms.set(stem, { stem, boost: Math.max(known?.boost ?? 0, alt.weight * scale), typed });
        // A question-shaping word is kept whole ("describe", so "according" never meets "accord"),
        // but the passages hold it by its stem ("described"): the engine looks for that too.
        if (concept.light && alt.form === 'typed') {
          const stemmed = stemWord(stem);
          if (stemmed !== stem && !terms.has(stemmed))
            terms.set(stemmed, { stem: stemmed, boost: alt.weight * scale, typed: false });
        }
      }
    }
  }
  return [...terms.values()];
}

/**
 * The engine's hits for every form of the question's concepts, among articles and the community's
 * pins. `withinBudget` when the hits only show what comes closest to a declined question: then a
 * question whose every word is common in a large archive costs no search (`SearchIndex.search`).
 */
export function retrieve(
  question: AnalysedQuestion,
  index: SearchIndex,
  units: Units,
  community: string,
  ranking: Ranking,
  trace?: Trace,
  withinBudget = false,
): Retrieved {
  const query = queryTerms(question);
  const { hits, complete } = index.search(query, community, ranking.retrieval.rerankPool, withinBudget);
  traceStep(
    trace,
    'retrieve',
    () => `${hits.length} hits${complete ? '' : ' (common words left out of the query)'}`,
    () => ({
      query: query.map((t) => `${t.stem}${t.typed ? '' : '*'}^${t.boost}`),
      top: hits.slice(0, ranking.retrieval.candidatePassages).map((h) => `${h.id} ${h.score.toFixed(2)}`),
    }),
  );
  // A hit's unit (its sentences analysed) is built when first read: only the passages kept for
  // scoring are, when the query held the whole question (rerank.ts).
  const pool = hits.map((hit): Candidate => new Hit(hit.id, hit.score, units));
  return { pool, complete };
}

/**
 * A candidate whose unit is read from `units` on use. A class, not an object literal with a getter:
 * V8 gives each such literal a hidden class of its own, made in the old generation, which keeps the
 * hit alive until the next full collection (see `ScoredInUnit` in score-sentences.ts).
 */
class Hit implements Candidate {
  constructor(
    readonly id: string,
    readonly score: number,
    private readonly units: Units,
  ) {}

  get unit(): Unit {
    return this.units.get(this.id);
  }
}
