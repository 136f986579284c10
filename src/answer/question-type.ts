import type { Token } from '../text/analyzer.ts';

/**
 * The kind of answer a question expects, read from its question words before stop words go.
 * Used only as a re-ranking bonus for sentences holding that kind of thing, never as a filter.
 *
 * @module
 */
export type QuestionType = 'who' | 'when' | 'where' | 'number' | 'which' | 'why' | 'yesno' | 'other';

export const QUESTION_WORDS = ['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'how', 'why'];
const YES_NO = new Set([
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

/** `words` are the lower-cased words of the question in order (typos in question words corrected). */
export function questionType(words: readonly string[]): QuestionType {
  const at = (i: number) => words[i] ?? '';
  for (let i = 0; i < words.length; i++) {
    const word = at(i);
    const next = at(i + 1);
    if (word === 'how' && (next === 'many' || next === 'much' || next === 'often')) return 'number';
    if (word === 'how' && next === 'long' && at(i + 2) === 'ago') return 'when';
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
  return YES_NO.has(at(0)) ? 'yesno' : 'other';
}

/** Words that name the question's own slot ("what number", "which day") rather than its topic. */
export function isSlotWord(token: Token, previous: Token | undefined): boolean {
  if (!previous || (previous.word !== 'what' && previous.word !== 'which')) return false;
  return WHEN_NOUNS.has(token.word) || PLACE_NOUNS.has(token.word) || NUMBER_NOUNS.has(token.word);
}
