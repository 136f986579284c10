import type { Answer, AnswerSentence, Citation } from '../types.ts';
import type { AnalysedQuestion, Concept } from './analyse-question.ts';
import { matchesType } from './sentence-cues.ts';
import { unanswered } from './unanswered.ts';

/**
 * Picks the sentence that answers, or abstains.
 *
 * Retrieval ranks passages; here every sentence of the top passages is scored by how much of the
 * question's weight (IDF of each concept) it covers, helped by its passage's coverage (a sentence
 * may rely on its neighbours for the subject), the engine's rank and a cue that it holds what the
 * question type asks for (a date for "when", a name for "who").
 *
 * Why abstain this way: raw BM25 scores do not compare across questions, so the decision uses
 * normalised signals. A question is declined when a name it uses, or two or more of its topic
 * words, appear nowhere in the sources (nothing there can answer it), or when the best passage
 * covers less than half of the question's weight. A moderator's pin answers first when it covers
 * the question as well as an article would; a pin that does not answer never displaces one.
 */
export interface Unit {
  id: string;
  kind: 'article' | 'pin';
  text: string;
  stems: ReadonlySet<string>;
  sentences: ReadonlyArray<{ text: string; stems: ReadonlySet<string> }>;
  citation: Omit<Citation, 'n'>;
}

export interface Candidate {
  unit: Unit;
  score: number;
}

const MIN_PASSAGE_COVERAGE = 0.5;
const MIN_SENTENCE_COVERAGE = 0.3;
const LIGHT_FACTOR = 0.3;
const TYPE_BONUS = 0.15;
const SECOND_SENTENCE_GAIN = 0.25;
const MAX_TWO_SENTENCE_LENGTH = 320;
const MAX_MISSING_SHARE = 0.5;
const LENGTH_PENALTY_PER_CHAR = 0.05 / 300;
// A sentence opening with one of these continues the one before it ("These include …").
const CONTINUATION = /^(?:These|Those|They|Such)\b/;

// A question-shaping word counts a little when the sources use it, and not at all when they don't.
// A question-shaping word counts a little when the sources use it, and not at all when they don't.
const conceptWeight = (concept: Concept) =>
  concept.light ? (concept.known ? concept.idf * LIGHT_FACTOR : 0) : concept.idf;

function conceptMatch(concept: Concept, stems: ReadonlySet<string>): number {
  let best = 0;
  concept.alternatives.forEach((alt, i) => {
    let present = 0;
    for (const stem of alt.stems) if (stems.has(stem)) present++;
    // The words as typed earn partial credit; a glossary name or a correction must match whole.
    const share = i === 0 ? present / alt.stems.length : present === alt.stems.length ? 1 : 0;
    best = Math.max(best, alt.weight * share);
  });
  return best;
}

export function coverage(concepts: readonly Concept[], stems: ReadonlySet<string>): number {
  let total = 0;
  let covered = 0;
  for (const concept of concepts) {
    const weight = conceptWeight(concept);
    total += weight;
    covered += weight * conceptMatch(concept, stems);
  }
  return total === 0 ? 0 : covered / total;
}

/**
 * The `keep` candidates covering most of the question, engine order among equals: for hits of a
 * query that left the question's common words out (see `SearchIndex.search`).
 */
export function shortlist(
  concepts: readonly Concept[],
  pool: readonly Candidate[],
  keep: number,
): Candidate[] {
  return pool
    .map((candidate, rank) => ({ candidate, rank, covered: coverage(concepts, candidate.unit.stems) }))
    .sort((a, b) => b.covered - a.covered || a.rank - b.rank)
    .slice(0, keep)
    .map(({ candidate }) => candidate);
}

interface ScoredSentence {
  unit: Unit;
  text: string;
  stems: ReadonlySet<string>;
  coverage: number;
  passageCoverage: number;
  score: number;
}

function scoreSentences(question: AnalysedQuestion, candidates: readonly Candidate[]): ScoredSentence[] {
  const top = candidates[0]?.score ?? 1;
  const heavy = question.concepts.filter((concept) => !concept.light);
  const subject =
    heavy.length === 1 || heavy.every((concept) => concept.name)
      ? heavy.flatMap((concept) => concept.alternatives.flatMap((alt) => alt.stems))
      : [];
  const scored: ScoredSentence[] = [];
  for (const { unit, score } of candidates) {
    const passageCoverage = coverage(question.concepts, unit.stems);
    for (const sentence of unit.sentences) {
      const sentenceCoverage = coverage(question.concepts, sentence.stems);
      if (sentenceCoverage === 0) continue;
      const typeBonus = matchesType(sentence.text, question.type, subject) ? TYPE_BONUS : 0;
      scored.push({
        unit,
        text: sentence.text,
        stems: sentence.stems,
        coverage: sentenceCoverage,
        passageCoverage,
        score:
          0.55 * sentenceCoverage +
          0.25 * passageCoverage +
          0.1 * (score / top) +
          typeBonus -
          LENGTH_PENALTY_PER_CHAR * sentence.text.length,
      });
    }
  }
  // Stable order: score, then the engine's order (already deterministic), then text.
  return scored.sort((a, b) => b.score - a.score);
}

const answers = (s: ScoredSentence | undefined): s is ScoredSentence =>
  s !== undefined && s.passageCoverage >= MIN_PASSAGE_COVERAGE && s.coverage >= MIN_SENTENCE_COVERAGE;

function missingWords(question: AnalysedQuestion): Concept[] {
  return question.concepts.filter((concept) => !concept.known && !concept.light);
}

/**
 * What the question asks about that no source holds in any form, when it matters enough that no
 * passage can answer: a name (a person, country or organisation the sources never mention), or
 * words carrying half or more of the question's weight.
 */
function decisiveMissing(question: AnalysedQuestion): Concept[] {
  const missing = missingWords(question);
  if (missing.some((concept) => concept.name)) return missing;
  const weight = (concept: Concept) => (concept.light ? 0 : concept.idf);
  const total = question.concepts.reduce((sum, concept) => sum + weight(concept), 0);
  const absent = missing.reduce((sum, concept) => sum + weight(concept), 0);
  return total > 0 && absent / total >= MAX_MISSING_SHARE ? missing : [];
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

function cite(units: readonly Unit[]): Citation[] {
  return units.map((unit, i) => ({ ...unit.citation, n: i + 1 }));
}

export function abstain(
  question: string,
  message: string,
  missing: string[],
  closest: readonly Unit[],
): Answer {
  return unanswered(question, 'not-covered', message, missing, cite(closest));
}

export function composeAnswer(
  question: string,
  analysed: AnalysedQuestion,
  candidates: readonly Candidate[],
): Answer {
  const closest = candidates
    .filter((c) => c.unit.kind === 'article')
    .slice(0, 2)
    .map((c) => c.unit);
  const decisive = decisiveMissing(analysed);
  if (decisive.length > 0) {
    const labels = decisive.map((concept) => concept.label);
    return abstain(question, `My sources don't mention ${listWords(labels)}.`, labels, closest);
  }

  const ranked = scoreSentences(analysed, candidates);
  const bestPin = ranked.find((s) => s.unit.kind === 'pin');
  const bestArticle = ranked.find((s) => s.unit.kind === 'article');
  const chosen: ScoredSentence[] = [];
  if (answers(bestPin) && bestPin.coverage >= (bestArticle?.coverage ?? 0) - 0.1) chosen.push(bestPin);
  if (answers(bestArticle)) {
    chosen.push(bestArticle);
    const second = secondSentence(analysed, ranked, bestArticle);
    if (second && chosen.length === 1) chosen.push(second);
  } else if (chosen.length === 0 && answers(bestPin)) {
    chosen.push(bestPin);
  }

  if (chosen.length === 0) {
    const missing = missingWords(analysed).map((concept) => concept.label);
    const message =
      missing.length > 0
        ? `My sources don't mention ${listWords(missing)}, and none of them answers this.`
        : "My sources don't cover that question.";
    return abstain(question, message, missing, closest);
  }

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
    citations: cite(units),
    closest: [],
    message: null,
    missing: [],
  };
}

/** A second sentence only when it adds a good share of the question that the first leaves out. */
function secondSentence(
  question: AnalysedQuestion,
  ranked: readonly ScoredSentence[],
  first: ScoredSentence,
): ScoredSentence | undefined {
  const following = first.unit.sentences[first.unit.sentences.findIndex((s) => s.text === first.text) + 1];
  if (
    following &&
    CONTINUATION.test(following.text) &&
    first.text.length + following.text.length <= MAX_TWO_SENTENCE_LENGTH
  ) {
    return { ...first, text: following.text, stems: following.stems };
  }
  const firstCoverage = first.coverage;
  for (const candidate of ranked) {
    if (candidate === first || candidate.unit.kind !== 'article') continue;
    if (first.text.length + candidate.text.length > MAX_TWO_SENTENCE_LENGTH) continue;
    const together = coverage(question.concepts, new Set([...first.stems, ...candidate.stems]));
    if (together - firstCoverage >= SECOND_SENTENCE_GAIN && answers(candidate)) return candidate;
  }
  return undefined;
}
