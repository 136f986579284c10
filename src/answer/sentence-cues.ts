import { stemWord } from '../text/analyzer.ts';
import type { QuestionType } from './question-type.ts';

/**
 * Cheap cues that a sentence holds the kind of thing a question asks for: a date, a number,
 * a place, a person or named entity. Regular expressions over the verbatim text: news prose
 * writes these in a few stable shapes, and a wrong cue only nudges ranking.
 */
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DATE = new RegExp(
  `\\b(?:${MONTHS}|${DAYS}|yesterday|today|tomorrow|(?:19|20)\\d{2}|last (?:week|month|year)|next (?:week|month|year))\\b`,
  'i',
);
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|dozen|half|several)\b/i;
// A news dateline opens the first paragraph: "New Delhi [India], January 27 (ANI): …".
const DATELINE = /^\p{Lu}[\p{L}.\s]*(?:\[[^\]]+\])?,\s+\p{L}+\s+\d{1,2}\s+\(/u;
const PLACE =
  /\b(?:in|at|to|from|across|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+|national capital|capital|city)|\bhere\b/u;
// Two capitalised words in a row not at the start of the sentence: "Rajnath Singh", "South Korea".
const NAME = /(?<=\S\s+)\p{Lu}[\p{L}'’-]+(?:\s+(?:for\s+|of\s+|and\s+)?\p{Lu}[\p{L}'’-]+)+/u;
const ENTITY = /(?<=\S\s+)\p{Lu}[\p{L}'’-]+/u;

const NAME_RUNS = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:for|of|and)\s+)?\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * "Who is Kaja Kallas?" asks for what stands around the name: a sentence where the name sits in a
 * longer run of capitalised words ("EU High Representative … Kaja Kallas") says who the person is.
 */
function describesName(sentence: string, subject: readonly string[]): boolean {
  for (const [run] of sentence.matchAll(NAME_RUNS)) {
    const words = run.toLowerCase().split(/\s+/);
    const named = words.filter((word) => subject.includes(stemWord(word))).length;
    if (named > 0 && words.length > named + 1) return true;
  }
  return false;
}

/**
 * `subject` holds the stems of the name a question asks about (any spelling it matched) when that name is all it
 * asks about ("Who is Kaja Kallas?"); empty otherwise.
 */
export function matchesType(sentence: string, type: QuestionType, subject: readonly string[] = []): boolean {
  if (type === 'who' && subject.length > 0) return describesName(sentence, subject);
  switch (type) {
    case 'when':
      return DATE.test(sentence);
    case 'number':
      return NUMBER.test(sentence);
    case 'where':
      return PLACE.test(sentence) || DATELINE.test(sentence);
    case 'who':
      return NAME.test(sentence);
    case 'which':
      return ENTITY.test(sentence);
    default:
      return false;
  }
}
