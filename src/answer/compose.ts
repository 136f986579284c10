import type { Unit } from '../corpus/units.ts';
import type { AlsoReported, Answer, AnswerSentence, Citation } from '../types.ts';
import type { ScoredSentence } from './score-sentences.ts';

/**
 * The answer value: the chosen sentences verbatim, each followed by the number of the unit it
 * quotes; a citation names the speaker of a quote that does not name them itself.
 */
export function compose(question: string, chosen: readonly ScoredSentence[], sourcesDiffer = false): Answer {
  const units: Unit[] = [];
  const speakers = new Map<Unit, string[]>();
  const copies = new Map<Unit, AlsoReported[]>();
  const sentences: AnswerSentence[] = chosen.map((s) => {
    if (!units.includes(s.unit)) units.push(s.unit);
    const speaker = s.unit.sentences[s.position]?.speaker;
    // The speaker is shown, as a detail of the citation, only where the quoted words do not name them.
    if (speaker && !s.text.includes(speaker.split(' ').at(-1) ?? speaker)) {
      const list = speakers.get(s.unit) ?? [];
      if (!list.includes(speaker)) speakers.set(s.unit, [...list, speaker]);
    }
    for (const copy of s.unit.sentences[s.position]?.copies ?? []) {
      const list = copies.get(s.unit) ?? [];
      if (!list.some((c) => c.publisher === copy.publisher)) copies.set(s.unit, [...list, copy]);
    }
    return { text: s.text, citation: units.indexOf(s.unit) + 1 };
  });
  const citations = units.map((unit, i) => {
    const quoted = speakers.get(unit);
    const carried = copies.get(unit);
    return {
      ...unit.citation,
      n: i + 1,
      ...(quoted ? { speakers: quoted } : {}),
      ...(carried ? { alsoReportedBy: carried } : {}),
    };
  });
  return answered(question, sentences, citations, sourcesDiffer ? { sourcesDiffer: true } : {});
}

/** Every answer that quotes has this one shape: the sentences, each with its `[n]`, and their citations. */
export function answered(
  question: string,
  sentences: AnswerSentence[],
  citations: Citation[],
  extra: Pick<Answer, 'about' | 'sourcesDiffer'> = {},
): Answer {
  return {
    question,
    kind: 'answered',
    answered: true,
    sentences,
    answer: sentences.map((s) => `${s.text} [${s.citation}]`).join(' '),
    citations,
    closest: [],
    message: null,
    missing: [],
    ...extra,
  };
}
