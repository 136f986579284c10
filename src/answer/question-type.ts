import type { Token } from '../text/analyzer.ts';
import { INDEFINITE_ARTICLES } from '../text/stop-words.ts';

/**
 * The kind of answer a question expects, read from its question words before stop words go.
 * Used only as a re-ranking bonus for sentences holding that kind of thing, never as a filter.
 *
 * @module
 */
export type QuestionType =
  | 'who'
  | 'when'
  | 'where'
  | 'number'
  | 'measure'
  | 'which'
  | 'why'
  | 'yesno'
  | 'other';

export const QUESTION_WORDS = ['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'how', 'why'];
/** The words that open a yes/no question: "did", "is", "can" … */
export const YES_NO = new Set([
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
  'do',
  'will',
  'would',
  'can',
  'could',
  'has',
  'have',
  'had',
  'should',
  'shall',
]);
const WHEN_NOUNS = new Set(['date', 'day', 'year', 'month', 'time', 'week']);
const PLACE_NOUNS = new Set(['place', 'city', 'venue', 'location']);
const NUMBER_NOUNS = new Set(['number', 'percentage', 'amount', 'figure', 'count']);
const MONEY_NOUNS = new Set(['money', 'cash', 'funding', 'funds']);

// Words that may stand between "what" and the noun naming its slot: "what's the date".
// "what is the exact date": words of precision ask the slot to the day, and name no topic.
const BEFORE_SLOT = new Set([
  'the',
  'a',
  'an',
  'is',
  'was',
  'are',
  'were',
  's',
  'exact',
  'precise',
  'specific',
]);
// "what is another term for kick back", "what other names is it known by": the words that ask for
// another name of something are the slot, not its topic.
const NAME_NOUNS = new Set(['name', 'names', 'term', 'terms']);
const OTHER = new Set(['another', 'other', 'alternative', 'alternate', 'different']);

/**
 * Where the question asks for another name ("another name (for/of)", "another term for"; not "the
 * other terms of the treaty", its conditions): the index of the token "name" or "term", or -1.
 */
export function anotherNameAt(tokens: readonly Token[]): number {
  const word = (k: number) => tokens[k]?.word ?? '';
  return tokens.findIndex(
    (_, k) =>
      OTHER.has(word(k - 1)) &&
      NAME_NOUNS.has(word(k)) &&
      (/^names?$/.test(word(k)) || word(k + 1) === 'for'),
  );
}

/** The word after `words[i]`, past an article or a form of "be". */
function slotAfter(words: readonly string[], i: number): string {
  let j = i + 1;
  while (j < words.length && BEFORE_SLOT.has(words[j] ?? '') && j < i + 4) j++;
  return words[j] ?? '';
}

/** A question without a question word or an opening auxiliary: "partnership date", "SDP meaning". */
export const isKeywords = (words: readonly string[]) =>
  !words.some((word) => QUESTION_WORDS.includes(word)) && !YES_NO.has(words[0] ?? '');

/**
 * `words` are the lower-cased words of the question in order (typos in question words corrected).
 * `measures` tells an adjective that measures a quantity ("long", "wide", "old"): "how long is
 * the Rhine" asks for a measure (a number with its unit), "how important is it" does not.
 */
export function questionType(
  words: readonly string[],
  measures: (word: string) => boolean = () => false,
): QuestionType {
  const at = (i: number) => words[i] ?? '';
  for (let i = 0; i < words.length; i++) {
    const word = at(i);
    const next = word === 'what' || word === 'which' ? slotAfter(words, i) : at(i + 1);
    if (word === 'how' && (next === 'many' || next === 'much' || next === 'often')) return 'number';
    if (word === 'how' && next === 'long' && at(i + 2) === 'ago') return 'when';
    if (word === 'how' && next === 'come') return 'why';
    // "how big a deal is it" asks what the thing is called, not a measure ("a significant step").
    if (word === 'how' && measures(next) && !INDEFINITE_ARTICLES.has(at(i + 2))) return 'measure';
    if ((word === 'what' || word === 'which') && WHEN_NOUNS.has(next)) return 'when';
    if ((word === 'what' || word === 'which') && PLACE_NOUNS.has(next)) return 'where';
    if ((word === 'what' || word === 'which') && NUMBER_NOUNS.has(next)) return 'number';
    if (word === 'when') return 'when';
    if (word === 'where') return 'where';
    if (word === 'who' || word === 'whom' || word === 'whose') return 'who';
    if (word === 'which') return 'which';
    if (word === 'why') return 'why';
    if (word === 'what' || word === 'how') return 'other';
  }
  if (isKeywords(words)) {
    // "partnership date", "venue of the talks".
    if (words.some((word) => WHEN_NOUNS.has(word))) return 'when';
    if (words.some((word) => PLACE_NOUNS.has(word))) return 'where';
  }
  return YES_NO.has(at(0)) ? 'yesno' : 'other';
}

/**
 * Whether token `i` names the question's own slot ("what number", "which day", "what's the date")
 * rather than its topic; in a question of keywords alone, a word of time or place anywhere
 * ("partnership date").
 */
export function isSlotWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  const another = anotherNameAt(tokens);
  if (another >= 0 && (i === another || i === another - 1)) return true;
  // "how much money": the amount asked for, which a sum ("€500 million") gives without the word.
  if (MONEY_NOUNS.has(token.word) && tokens[i - 1]?.word === 'much' && tokens[i - 2]?.word === 'how')
    return true;
  const slotNoun = WHEN_NOUNS.has(token.word) || PLACE_NOUNS.has(token.word) || NUMBER_NOUNS.has(token.word);
  if (!slotNoun) return false;
  const words = tokens.filter((t) => !t.part).map((t) => t.word);
  if (isKeywords(words)) return !NUMBER_NOUNS.has(token.word);
  // "what month and year": a slot noun joined to another.
  const joiner = tokens[i - 1]?.word;
  if ((joiner === 'and' || joiner === 'or') && isSlotWord(tokens, i - 2)) return true;
  // "what day of the week", "what time of year": the unit the slot is counted in.
  const of = tokens[i - 1]?.word === 'the' ? i - 2 : i - 1;
  if (WHEN_NOUNS.has(token.word) && tokens[of]?.word === 'of' && isSlotWord(tokens, of - 1)) return true;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const word = tokens[j]?.word ?? '';
    if (word === 'what' || word === 'which') return true;
    if (!BEFORE_SLOT.has(word)) return false;
  }
  return false;
}
