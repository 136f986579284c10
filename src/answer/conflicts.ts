import { articleIdOf } from '../corpus/passages.ts';
import { cachedByText } from '../text/text-cache.ts';
import type { AnalysedQuestion } from './analyse-question.ts';
import type { FocusKind } from './focus.ts';
import type { Ranking } from './ranking.ts';
import { movedTo, type ScoredSentence } from './score-sentences.ts';

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

// A sentence that gives an account the report then corrects: "Earlier reports said …", "When the
// project was first announced, the companies had put the figure at 650 jobs."
const EARLIER_ACCOUNT =
  /\b(?:earlier|initial|original|previous|first)\s+(?:reports?|estimates?|figures?|plans?|accounts?|reporting)\b|\b(?:had|was|were)\s+(?:initially|originally|earlier|first)\b|\bhad put the\b/i;
// The sentence beside it that gives the account since: "The Ministry of Defence has since said …",
// "The yard is now expected to employ about 900 people".
const SINCE_ACCOUNT =
  /\b(?:has|have|had)\s+since\b|\bnow\s+(?:expected|estimated|put|planned|due|scheduled|says?|said)\b|\b(?:revised|corrected|clarified)\b/i;

const tellsEarlierAccount = cachedByText((text) => EARLIER_ACCOUNT.test(text));

/**
 * A report's correction of the value `first` gives: a sentence (in `first`'s article or a newer
 * one) that gives that value as an earlier account, with the sentence beside it that gives the
 * account since, in reading order: "Earlier reports said the joint venture would invest ₹1,200
 * crore in the yard. The Ministry of Defence has since said the total investment will be ₹1,450
 * crore …" for a question that `first` ("… a planned investment of ₹1,200 crore") answers.
 */
export function correctedReport(
  question: AnalysedQuestion,
  first: ScoredSentence,
  ranked: readonly ScoredSentence[],
): ScoredSentence[] | undefined {
  const kinds = KINDS[question.focus.kind];
  if (!kinds) return undefined;
  const own = valuesOf(first.text, kinds);
  if (own.size === 0) return undefined;
  const date = first.unit.citation.date ?? '';
  for (const earlier of ranked) {
    if (earlier.unit.kind !== 'article' || (earlier.unit.citation.date ?? '') < date) continue;
    // Read once per paragraph text: most hold no earlier account at all.
    if (!tellsEarlierAccount(earlier.unit.text) || !EARLIER_ACCOUNT.test(earlier.text)) continue;
    const told = valuesOf(earlier.text, kinds);
    if (![...own].some((value) => told.has(value))) continue;
    for (const step of [1, -1]) {
      const since = earlier.unit.sentences[earlier.position + step];
      if (!since || !SINCE_ACCOUNT.test(since.text)) continue;
      // The account since gives a value of its own.
      if (![...valuesOf(since.text, kinds)].some((value) => !told.has(value))) continue;
      const beside = movedTo(earlier, earlier.position + step, since);
      return step === 1 ? [earlier, beside] : [beside, earlier];
    }
  }
  return undefined;
}
