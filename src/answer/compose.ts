import type { Unit } from '../corpus/units.ts';
import type { Answer, AnswerSentence } from '../types.ts';
import type { ScoredSentence } from './score-sentences.ts';

/**
 * The answer value: the chosen sentences verbatim, each followed by the number of the unit it
 * quotes; a citation names the speaker of a quote that does not name them itself.
 */
export function compose(question: string, chosen: readonly ScoredSentence[]): Answer {
  const units: Unit[] = [];
  const speakers = new Map<Unit, string[]>();
  const sentences: AnswerSentence[] = chosen.map((s) => {
    if (!units.includes(s.unit)) units.push(s.unit);
    const speaker = s.unit.sentences[s.position]?.speaker;
    // The speaker is shown, as a detail of the citation, only where the quoted words do not name them.
    if (speaker && !s.text.includes(speaker.split(' ').at(-1) ?? speaker)) {
      const list = speakers.get(s.unit) ?? [];
      if (!list.includes(speaker)) speakers.set(s.unit, [...list, speaker]);
    }
    return { text: s.text, citation: units.indexOf(s.unit) + 1 };
  });
  return {
    question,
    kind: 'answered',
    answered: true,
    sentences,
    answer: sentences.map((s) => `${s.text} [${s.citation}]`).join(' '),
    citations: units.map((unit, i) => {
      const quoted = speakers.get(unit);
      return quoted ? { ...unit.citation, n: i + 1, speakers: quoted } : { ...unit.citation, n: i + 1 };
    }),
    closest: [],
    message: null,
    missing: [],
  };
}
