/**
 * Sentence splitting with the built-in ICU segmenter, corrected where news text fools it:
 * a break after an abbreviation or an initial ("Mr.", "Jan.", "St.", "J.") is undone, and so is a
 * break before a lower-case word (`"Is it?" she asked.`); a reference mark after a sentence's end
 * ("….[note 7] The …") ends it, and marks after a sentence's end ("…important?**") close it.
 * Sentences keep their exact text so an answer can quote them verbatim; offsets are into the
 * paragraph.
 *
 * @module
 */
export interface Sentence {
  text: string;
  start: number;
  /** Who says it, when it is quoted or reported speech ("Kaja Kallas"); see corpus/speakers.ts. */
  speaker?: string;
  /**
   * The office the article gives the speaker, by its head noun ("minister" for "Defence Minister
   * Rajnath Singh", "commodore"): "what did the commodore say" finds the sentences of his words.
   */
  office?: string;
  /**
   * The speaker's title as the article gives it, its dictionary words in lower case ("eu high
   * representative foreign affairs security policy"): "what did the High Representative say"
   * finds Kallas's words, though the sentences she speaks in call her "she".
   */
  title?: string;
}

// Created on first use: building ICU's sentence rules takes about 10 ms, which a start from the
// index snapshot (sentences already split) does not need to pay.
let segmenter: Intl.Segmenter | undefined;

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st sen rep gov gen col lt capt cmdr adm sgt maj jr sr vs etc inc ltd co corp
  dept est approx jan feb mar apr jun jul aug sep sept oct nov dec mt ft hon rev pres`
    .split(/\s+/)
    .filter(Boolean),
);

// Abbreviations that stand before a number ("No. 10", "Fig. 3"); otherwise "No." is an answer.
const BEFORE_NUMBERS = new Set(['no', 'nos', 'fig']);

function endsWithAbbreviation(segment: string, next: string): boolean {
  const last = /(?:^|[\s(“"'])([\p{L}.]+)\.\s*$/u.exec(segment)?.[1];
  if (!last) return false;
  if (/^\p{Lu}$/u.test(last)) return true; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(last)) return true; // "U.S", "e.g"
  const word = last.toLowerCase();
  if (BEFORE_NUMBERS.has(word)) return /^\s*\d/.test(next);
  return ABBREVIATIONS.has(word);
}

// A sentence's end followed by a reference mark and the next sentence: "… 20th century.[note 7] The
// total …", "… was Huguenot.[citation needed] In 1705, …". ICU reads the bracket's lower-case word as
// going on with the sentence; the mark belongs to the sentence before it.
const REFERENCE_BREAK = /[.!?]["”’')]*(?:\[[^\]\n]{1,40}\])+(?=\s+["“‘(]?\p{Lu})/gu;

const unclosedBracket = (text: string) => text.lastIndexOf('[') > text.lastIndexOf(']');

function atReferenceMarks(piece: Sentence): Sentence[] {
  const parts: Sentence[] = [];
  let from = 0;
  for (const match of piece.text.matchAll(REFERENCE_BREAK)) {
    const end = (match.index ?? 0) + match[0].length;
    parts.push({ text: piece.text.slice(from, end), start: piece.start + from });
    from = end;
  }
  parts.push({ text: piece.text.slice(from), start: piece.start + from });
  return parts;
}

// The number or letter of a list item, alone: "1.", "2)", "(a)".
const LIST_MARK = /^\s*\(?(?:\d{1,2}|[a-z])[.)]\s*$/;

export function splitSentences(paragraph: string): Sentence[] {
  const pieces: Sentence[] = [];
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const previous = pieces.at(-1);
    const mergeWithPrevious =
      previous !== undefined &&
      (endsWithAbbreviation(previous.text, segment) ||
        /^[\s"”’')\]]*\p{Ll}/u.test(segment) ||
        // "…rights.[" + "3][4] Then …": a reference mark is never cut in two.
        unclosedBracket(previous.text) ||
        // "1. An SoIA sets common rules …": a list item's number opens its sentence.
        LIST_MARK.test(previous.text) ||
        // "**Q: Why is it so important?**": a mark closing the paragraph ends the sentence before.
        !/[\p{L}\p{N}]/u.test(segment));
    if (previous && mergeWithPrevious) previous.text += segment;
    else pieces.push({ text: segment, start: index });
  }
  return pieces
    .flatMap(atReferenceMarks)
    .map((piece) => {
      const trimmed = piece.text.trimEnd();
      const lead = trimmed.length - trimmed.trimStart().length;
      return { text: trimmed.trimStart(), start: piece.start + lead };
    })
    .filter((piece) => piece.text.length > 0);
}
