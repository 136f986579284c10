import { articleIdOf } from '../corpus/passages.ts';
import type { AnalysedQuestion } from './analyse-question.ts';
import type { FocusKind } from './focus.ts';
import type { Ranking } from './ranking.ts';
import type { ScoredSentence } from './score-sentences.ts';

/**
 * When the best answering sentences of two articles report the same thing with different values
 * (the 75th or the 77th Republic Day, 1,000 or 1,200 troops, one name or another), the bot shows
 * both, each with its own citation, and says the sources differ, rather than silently picking one.
 * Two sentences report the same thing when, their values aside, they share most of their words;
 * they differ when each holds a number, date or name the other does not. The newer report comes
 * first: a later article may correct an earlier one, and both carry their dates.
 *
 * @module
 */
const NUMBER = /\b\d[\d,.]*(?:st|nd|rd|th)?\b/g;
const MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const NAME = /(?<=\S\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;

interface Kinds {
  numbers: boolean;
  names: boolean;
}

// What a question asks for decides which values may differ: "who" compares names, "when" and
// "how many" numbers and dates, "which" both; other questions are not compared.
const KINDS: Partial<Record<FocusKind, Kinds>> = {
  number: { numbers: true, names: false },
  measure: { numbers: true, names: false },
  date: { numbers: true, names: false },
  person: { numbers: false, names: true },
  place: { numbers: false, names: true },
  category: { numbers: true, names: true },
};

/** The values of the asked kinds a sentence states: numbers and ordinals, weekdays and months, names. */
function valuesOf(text: string, kinds: Kinds): Set<string> {
  const values = new Set<string>();
  if (kinds.numbers) {
    for (const [n] of text.matchAll(NUMBER)) values.add(n.replace(/,/g, '').replace(/(?:st|nd|rd|th)$/, ''));
    for (const [m] of text.matchAll(MONTH)) values.add(m.toLowerCase());
  }
  if (kinds.names) for (const [name] of text.matchAll(NAME)) values.add(name.toLowerCase());
  return values;
}

const share = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / Math.max(1, Math.min(a.size, b.size));
};

/** The other article's sentence that reports `first`'s fact with other values, if one answers as well. */
export function conflictingReport(
  question: AnalysedQuestion,
  first: ScoredSentence,
  ranked: readonly ScoredSentence[],
  answers: (s: ScoredSentence) => boolean,
  ranking: Ranking,
): ScoredSentence | undefined {
  const { conflictMargin, conflictSimilarity } = ranking.choose;
  const articleOf = (s: ScoredSentence) => articleIdOf(s.unit.citation.id);
  const kinds = KINDS[question.focus.kind];
  if (!kinds) return undefined;
  const own = valuesOf(first.text, kinds);
  if (own.size === 0) return undefined;
  const copies = new Set(first.unit.sentences[first.position]?.copies?.map((c) => c.id) ?? []);
  for (const other of ranked) {
    if (other.score < first.score - conflictMargin) break;
    if (other.unit.kind !== 'article' || articleOf(other) === articleOf(first) || copies.has(other.unit.id))
      continue;
    if (!answers(other)) continue;
    const theirs = valuesOf(other.text, kinds);
    const differ = [...own].some((v) => !theirs.has(v)) && [...theirs].some((v) => !own.has(v));
    if (differ && share(first.stems, other.stems) >= conflictSimilarity) return other;
  }
  return undefined;
}
