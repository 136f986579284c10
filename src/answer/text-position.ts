import { articleIdOf } from '../corpus/passages.ts';
import type { Units } from '../corpus/units.ts';
import type { Candidate } from './retrieve.ts';
import { type Trace, traceStep } from './trace.ts';

/**
 * Questions that say where in an article to look: "in the last paragraph, which areas are
 * listed?", "near the end of the article, who signs …", "at the start of the article, on which
 * day …". A reader looks there; so does the bot: the engine's hits keep to an article's opening or
 * closing paragraphs, when any of them are among the hits. The phrase is no word to find
 * (answer/question-words.ts drops it).
 *
 * @module
 */

export type TextPosition = 'start' | 'end';

// The words that say which end of a text, the parts of it they say it of, and the texts: one list,
// which answer/question-words.ts also reads to drop such a phrase from the words to find.
export const LAST_ONES = 'last|final|closing|concluding';
export const FIRST_ONES = 'first|opening';
// A part a question can only mean of the text ("the last paragraph"), and one it may mean of
// something else unless it says "in" ("in the last part", not "the last part of the deal").
const TEXT_PARTS = 'paragraphs?|paras?|sections?|lines?|sentences?';
const LOOSE_PARTS = 'parts?|bits?';
export const PARTS = `${TEXT_PARTS}|${LOOSE_PARTS}`;
export const TEXTS = 'article|piece|story|report';

const positionPattern = (ends: string, edge: string) =>
  new RegExp(
    String.raw`\b(?:in|from) the (?:${ends}) (?:${LOOSE_PARTS})\b|\bthe (?:${ends}) (?:${TEXT_PARTS})\b|\b${edge} of (?:the|this) (?:${TEXTS})\b`,
    'i',
  );
// "in the last paragraph", "in the final part", "near the end of the article" (not a bare "at the
// end", which may be of someone's remarks).
const END = positionPattern(LAST_ONES, '(?:at|near|towards?) the (?:very )?end');
// "in the first paragraph", "in the opening lines", "at the start of the article".
const START = positionPattern(FIRST_ONES, '(?:at|near) the (?:very )?(?:start|beginning|top)');

/** Where in an article the question says to look, if it says. */
export function textPosition(question: string): TextPosition | undefined {
  if (END.test(question)) return 'end';
  if (START.test(question)) return 'start';
  return undefined;
}

// How many paragraphs at either end of an article count as its start or its end.
const EDGE = 2;

/**
 * The hits in the opening or closing paragraphs of their article; all of them when none is (the
 * question may point at a part of the text the engine did not find).
 */
export function atPosition(
  pool: readonly Candidate[],
  position: TextPosition,
  units: Units,
  trace?: Trace,
): Candidate[] {
  const lasts = new Map<string, number>();
  const lastOf = (article: string, from: number) => {
    let last = lasts.get(article);
    if (last === undefined) {
      last = from;
      while (units.isPassage(`${article}#p${last + 1}`)) last++;
      lasts.set(article, last);
    }
    return last;
  };
  const kept = pool.filter((c) => {
    if (!units.isPassage(c.id)) return false;
    const paragraph = Number(c.id.slice(c.id.lastIndexOf('#p') + 2));
    return position === 'start' ? paragraph <= EDGE : paragraph > lastOf(articleIdOf(c.id), paragraph) - EDGE;
  });
  if (kept.length === 0) return [...pool];
  traceStep(trace, 'retrieve', () => `${kept.length} hits at the ${position} of their article`);
  return kept;
}
