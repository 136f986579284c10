import type { Unit } from '../corpus/units.ts';
import type { Answer, AnswerSentence } from '../types.ts';
import type { ScoredSentence } from './score-sentences.ts';

/** The answer value: the chosen sentences verbatim, each followed by the number of the unit it quotes. */
export function compose(question: string, chosen: readonly ScoredSentence[]): Answer {
  const units: Unit[] = [];
  const sentences: AnswerSentence[] = chosen.map((s) => {
    if (!units.includes(s.unit)) units.push(s.unit);
    return { text: s.text, citation: units.indexOf(s.unit) + 1 };
  });
  return {
    question,
    kind: 'answered',
    answered: true,
    sentences,
    answer: sentences.map((s) => `${s.text} [${s.citation}]`).join(' '),
    citations: units.map((unit, i) => ({ ...unit.citation, n: i + 1 })),
    closest: [],
    message: null,
    missing: [],
  };
}
