import type { Glossary, Name } from '../corpus/glossary.ts';
import type { SearchIndex } from '../search/search-index.ts';
import { stemWord, type Token, tokenize } from '../text/analyzer.ts';
import { isOneEditAway, isSlip } from '../text/slips.ts';
import { isSlotWord, QUESTION_WORDS, type QuestionType, questionType } from './question-type.ts';
import type { Ranking } from './ranking.ts';

/**
 * A question becomes a list of concepts: the things it asks about, each with the ways a source
 * may say it. A concept is one word, or a run of words that is a glossary name ("foreign policy
 * chief") or a compound written apart ("counter terrorism"). Its alternatives are the words as
 * typed (weight 1), the joined or split compound, glossary names of the same thing (lower weight)
 * and, for a word no source holds, the closest known spelling (typo fallback, lower weight: it can
 * never outrank an exact match). A concept no source holds in any form is "missing".
 */
export interface Alternative {
  stems: readonly string[];
  weight: number;
  /** Where this form comes from: the words as typed, or another way a source may say them. */
  form: 'typed' | 'split' | 'glossary' | 'typo';
}

export interface Concept {
  /** The words as the user typed them, for naming what is missing. */
  label: string;
  alternatives: Alternative[];
  /** Written like a name (capitalised or an acronym). */
  name: boolean;
  /** A question-shaping word ("say", "tell", "need"): it never makes a question unanswerable. */
  light: boolean;
  /** Some alternative is held by the articles or the community's pins. */
  known: boolean;
  /** Inverse document frequency used to weigh this concept in coverage. */
  idf: number;
}

export interface AnalysedQuestion {
  type: QuestionType;
  concepts: Concept[];
}

export function idf(index: SearchIndex, stem: string): number {
  const n = index.passageCount;
  const df = index.articleFrequency(stem);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function fixQuestionWord(token: Token, index: SearchIndex, community: string): Token {
  if (token.stop || token.word.length < 3 || index.knows(token.stem, community)) return token;
  const fixed = QUESTION_WORDS.find((word) => word[0] === token.word[0] && isOneEditAway(token.word, word));
  return fixed ? { ...token, word: fixed, stem: fixed, stop: true } : token;
}

const sameName = (a: Name, b: readonly string[]) =>
  a.length === b.length && a.every((stem, i) => stem === b[i]);

/** Longest glossary name starting at `start` in the stems, with every group it belongs to. */
function glossaryMatch(glossary: Glossary, stems: readonly string[], start: number) {
  let best: { length: number; groups: ReadonlyArray<ReadonlyArray<Name>> } | undefined;
  for (const { name, group } of glossary.byFirstStem.get(stems[start] ?? '') ?? []) {
    const length = name.length;
    if (start + length > stems.length) continue;
    let same = true;
    for (let k = 1; k < length && same; k++) same = name[k] === stems[start + k];
    if (!same) continue;
    if (!best || length > best.length) best = { length, groups: [group] };
    else if (length === best.length && !best.groups.includes(group))
      best = { length, groups: [...best.groups, group] };
  }
  return best;
}

export function analyseQuestion(
  question: string,
  index: SearchIndex,
  glossary: Glossary,
  community: string,
  weights: Ranking['alternatives'],
): AnalysedQuestion {
  const tokens = tokenize(question).map((token, i) =>
    i < 2 ? fixQuestionWord(token, index, community) : token,
  );
  const type = questionType(tokens.filter((token) => !token.part).map((token) => token.word));
  const content = tokens.filter(
    (token, i) => !token.stop && !token.part && !isSlotWord(token, tokens[i - 1]),
  );
  const partsOf = (token: Token) =>
    tokens.filter((t) => t.part && t.position === token.position).map((t) => t.stem);
  const knows = (stems: readonly string[]) => stems.every((stem) => index.knows(stem, community));
  const maxIdf = Math.log(1 + (index.passageCount + 0.5) / 0.5);

  const concepts: Concept[] = [];
  const stems = content.map((token) => token.stem);
  for (let i = 0; i < content.length; ) {
    const token = content[i] as Token;
    const next = content[i + 1];
    let span = 1;
    const alternatives: Alternative[] = [];

    const joined =
      next && next.position === token.position + 1 ? stemWord(token.word + next.word) : undefined;
    const match = glossaryMatch(glossary, stems, i);
    // "peace keeping" may be known only in its joined form, to the corpus or to the glossary.
    const joinedMatch =
      joined && (!match || match.length < 2) ? glossaryMatch(glossary, [joined], 0) : undefined;
    const addNamesOf = (groups: ReadonlyArray<ReadonlyArray<Name>>) => {
      for (const name of groups.flat()) {
        if (!alternatives.some((alt) => sameName(name, alt.stems))) {
          alternatives.push({ stems: name, weight: weights.glossary, form: 'glossary' });
        }
      }
    };
    if (joined && next && (joinedMatch || (!match && knows([joined])))) {
      span = 2;
      alternatives.push(
        { stems: [joined], weight: 1, form: 'typed' },
        { stems: [token.stem, next.stem], weight: weights.split, form: 'split' },
      );
      if (joinedMatch) addNamesOf(joinedMatch.groups);
    } else if (match) {
      span = match.length;
      alternatives.push({ stems: stems.slice(i, i + span), weight: 1, form: 'typed' });
      addNamesOf(match.groups);
    } else {
      alternatives.push({ stems: [token.stem], weight: 1, form: 'typed' });
      const parts = partsOf(token);
      if (parts.length > 1) alternatives.push({ stems: parts, weight: weights.split, form: 'split' });
    }

    const spanTokens = content.slice(i, i + span);
    if (!alternatives.some((alt) => knows(alt.stems)) && span === 1 && token.word.length >= 4) {
      const maxDistance = token.word.length >= 8 ? 2 : 1;
      // Short words only get slips of one letter (dropped, doubled, swapped): "match" must not become "march".
      const fix = index
        .similarWords(token.word, maxDistance, community)
        .find((candidate) => token.word.length >= 7 || isSlip(token.word, candidate.word));
      if (fix) alternatives.push({ stems: [stemWord(fix.word)], weight: weights.typo, form: 'typo' });
    }

    const knownAlternatives = alternatives.filter((alt) => knows(alt.stems));
    const typed = alternatives[0] as Alternative;
    const weightOf = (alt: Alternative) => Math.max(...alt.stems.map((stem) => idf(index, stem)));
    concepts.push({
      label: spanTokens.map((t) => t.surface).join(' '),
      alternatives,
      name: spanTokens.some((t) => t.name),
      light: spanTokens.every((t) => t.light),
      known: knownAlternatives.length > 0,
      idf: knows(typed.stems)
        ? weightOf(typed)
        : knownAlternatives.length > 0
          ? Math.max(...knownAlternatives.map(weightOf))
          : maxIdf,
    });
    i += span;
  }
  return { type, concepts };
}
