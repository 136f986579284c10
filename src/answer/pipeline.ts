import type { Glossary } from '../corpus/glossary.ts';
import type { Units } from '../corpus/units.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { Answer } from '../types.ts';
import { decisiveMissing, declineMissing, declineUnanswered } from './abstain.ts';
import { analyseQuestion } from './analyse-question.ts';
import { choose } from './choose.ts';
import { compose } from './compose.ts';
import { gate, help } from './gate.ts';
import { DEFAULT_RANKING, type Ranking } from './ranking.ts';
import { rerank } from './rerank.ts';
import { retrieve } from './retrieve.ts';
import { scoreSentences } from './score-sentences.ts';
import { type Trace, traceStep } from './trace.ts';

/** What the pipeline reads: the index, the citable units behind it and the glossary. */
export interface Knowledge {
  index: SearchIndex;
  units: Units;
  glossary: Glossary;
}

/**
 * A question's way to an answer, stage by stage (DESIGN.md, "The flow of a question"):
 * gate → analyse → abstain on missing names → retrieve → rerank → score sentences → choose →
 * compose, or abstain when nothing answers. Each stage is its own module; every number they use
 * comes from `ranking`; each records what it decided in `trace` when one is given.
 */
export function answer(
  question: string,
  community: string,
  knowledge: Knowledge,
  ranking: Ranking = DEFAULT_RANKING,
  trace?: Trace,
): Answer {
  const gated = gate(question, trace);
  if (gated) return gated;

  const { index, units, glossary } = knowledge;
  const analysed = analyseQuestion(question.trim(), index, glossary, community, ranking.alternatives);
  traceStep(
    trace,
    'analyse',
    `question type: ${analysed.type}`,
    analysed.concepts.map(
      (c) =>
        `${c.label} (idf ${c.idf.toFixed(2)}${c.name ? ', name' : ''}${c.light ? ', light' : ''}${c.known ? '' : ', in no source'}): ` +
        c.alternatives.map((alt) => `${alt.stems.join(' ')} ${alt.form} ${alt.weight}`).join(' | '),
    ),
  );
  if (analysed.concepts.length === 0) return help(question);

  const retrieved = retrieve(analysed, index, units, community, ranking, trace);
  const candidates = rerank(analysed, retrieved, ranking, trace);
  const missing = decisiveMissing(analysed, ranking, trace);
  if (missing.length > 0) return declineMissing(question, missing, candidates);

  const scored = scoreSentences(analysed, candidates, ranking, trace);
  const chosen = choose(analysed, scored, ranking, trace);
  if (chosen.length === 0) return declineUnanswered(question, analysed, candidates);
  return compose(question, chosen);
}
