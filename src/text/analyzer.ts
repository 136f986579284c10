import { stemmer } from 'stemmer';
import { IRREGULAR_FORMS, VERBS_OF_THEIR_OWN } from './irregular-forms.ts';
import { normaliseSpelling } from './spelling.ts';
import { LIGHT_WORDS, STOP_WORDS } from './stop-words.ts';
import { cachedByText } from './text-cache.ts';

/**
 * Text analysis shared by the index and the questions, so both sides always agree.
 * News text needs more than splitting on punctuation: "U.S." is one word, "3,000" and "1.2"
 * are numbers, "EU's" is "EU", and "counter-terrorism" must match "counterterrorism" as well as
 * "terrorism" (hyphenated words yield the joined form and their parts). Every word is lower-cased,
 * spelling-normalised (British/American), mapped from irregular forms and Porter-stemmed.
 *
 * @module
 */
export interface Token {
  /** The word as written (possessive stripped). */
  surface: string;
  /** Lower-cased, spelling-normalised, irregular form mapped: the form fuzzy matching compares. */
  word: string;
  /** The index term. */
  stem: string;
  stop: boolean;
  light: boolean;
  /** Written with a capital (not at the start of the text) or as an acronym: likely a name. */
  name: boolean;
  /**
   * A part of a hyphenated word whose joined form is also emitted, or another reading of the word
   * at the same place ("found" as "found" beside "find"; see `VERBS_OF_THEIR_OWN`).
   */
  part: boolean;
  /** Index of the word in the text (parts share their compound's index). */
  position: number;
  /** An adjective's superlative ("largest", "most important"): set by question analysis. */
  superlative?: boolean;
  /** A verb's -s form right after "what" or "which" ("what flows …"): set by question analysis. */
  verbal?: boolean;
}

const TOKEN =
  /(?<acronym>(?:\p{Lu}\.){2,})|(?<span>\d{4}[-‐–]\d{2}(?![\d%]|[-‐–]\d))|(?<number>\d+(?:[.,:/]\d+)*(?:%|st\b|nd\b|rd\b|th\b|(?<=0)s\b)?)|(?<word>[\p{L}\d][\p{L}\p{M}\d]*(?:['’][\p{L}]+)*(?:[-‐–][\p{L}\d]+)*['’]?)/gu;
const CHAT_MENTION = /<[@#!][^>\s]*>|(?<![\w@])@[\w.-]+/g;
const NEGATION = /n['’]t$/i;
/** An owner's ending: "Kallas's", "the EU's", "members'". */
export const POSSESSIVE = /['’]s?$/;

// Stemming and spelling rules are pure but not cheap (a dozen regular expressions per word), and
// questions and passages repeat the same few thousand words: each word is analysed once.
const MAX_CACHED_WORDS = 50_000;

// Amounts as news and chat shorten them: "€10bn", "$2.5 tn", "Rs 40 mn".
const SHORT_AMOUNTS: ReadonlyMap<string, string> = new Map([
  ['bn', 'billion'],
  ['mn', 'million'],
  ['tn', 'trillion'],
]);

export function stemWord(typed: string): string {
  return /^\d/.test(typed) ? typed : stems(typed);
}
const stems = cachedByText((typed) => {
  const lower = foldAccents(typed);
  return stemmer(normaliseSpelling(SHORT_AMOUNTS.get(lower) ?? IRREGULAR_FORMS.get(lower) ?? lower));
}, MAX_CACHED_WORDS);

/**
 * The stem of a word known to be a base form (a dictionary lemma): no irregular form applies, so
 * "found" (to set up) stays "found" where `stemWord` reads it as the past of "find".
 */
export function stemLemma(lemma: string): string {
  return stemmer(normaliseSpelling(foldAccents(lemma)));
}

/**
 * The index term of one word as a passage's text gives it: its stem, or for a question-shaping
 * word ("used", "called") the whole word, which `tokenize` keeps whole.
 */
export function indexTerm(word: string): string {
  return formsOf(word.toLowerCase()).stem;
}

/** Whether a word shapes questions ("say", "used", "name") rather than naming what they ask about. */
export function isLight(word: string): boolean {
  return formsOf(word.toLowerCase()).light;
}

/** What a lower-cased word becomes, whatever its place in the text. */
interface WordForms {
  word: string;
  stem: string;
  stop: boolean;
  light: boolean;
}

// "Hervé" and "Herve", "Württemberg" and "Wurttemberg" are the same word to a reader.
const foldAccents = (word: string) =>
  /[\u0080-\uffff]/.test(word) ? word.normalize('NFD').replace(/\p{M}+/gu, '') : word;

const formsOf = cachedByText((typed): WordForms => {
  const lower = foldAccents(typed);
  const word = SHORT_AMOUNTS.get(lower) ?? IRREGULAR_FORMS.get(lower) ?? lower;
  const light = LIGHT_WORDS.has(lower) || LIGHT_WORDS.has(word);
  return {
    word: normaliseSpelling(word),
    // A question-shaping word keeps its whole form: "according" must not meet "accord".
    stem: light ? normaliseSpelling(word) : stemWord(lower),
    stop: STOP_WORDS.has(lower) || STOP_WORDS.has(word),
    // By word, not stem: "use" is light but "US" is not, "according" is but "accord" is not.
    light,
  };
}, MAX_CACHED_WORDS);

function makeToken(
  surface: string,
  position: number,
  name: boolean,
  part: boolean,
  written = surface,
): Token {
  const forms = formsOf(surface.toLowerCase());
  const acronym = name && surface.length > 1 && surface === surface.toUpperCase();
  return {
    surface: written,
    word: forms.word,
    stem: forms.stem,
    stop: forms.stop && !acronym,
    light: !name && forms.light,
    name,
    part,
    position,
  };
}

/** True at the start of the text or after sentence-ending punctuation or an opening quote. */
function startsSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index).trimEnd();
  return before === '' || /[.?!:;"“‘([]$/.test(before);
}

// A financial year by its last year: "FY25", "FY2025" (not "FY" alone, an acronym of its own).
const FINANCIAL_YEAR = /^FY(?:20)?(\d{2})$/i;

/** Splits text into analysed tokens, stop words included (flagged). */
export function tokenize(raw: string): Token[] {
  // Chat mentions ("@everyone", "<@123>", "<@&456>", "<#789>", "<!here>") address people, not topics.
  const text = raw.replace(CHAT_MENTION, (mention) => ' '.repeat(mention.length));
  const tokens: Token[] = [];
  let position = 0;
  // A text typed in capitals ("WHEN WAS IT SIGNED?") has no acronyms or names to tell apart.
  const letters = text.replace(/[^\p{L}]/gu, '');
  const shouting = letters.length > 12 && letters === letters.toUpperCase();
  // A span of years ("2024-25", a financial year or a season): one term, and its years as parts.
  const pushSpan = (years: readonly string[], surface: string) => {
    tokens.push({ ...makeToken(years.join(''), position, false, false, surface), stem: years.join('') });
    for (const year of years) tokens.push({ ...makeToken(year, position, false, true), stem: year });
    position++;
  };
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    if (groups.acronym) {
      tokens.push(makeToken(groups.acronym.replaceAll('.', ''), position++, true, false));
      continue;
    }
    if (groups.span) {
      pushSpan(groups.span.split(/[-‐–]/), groups.span);
      continue;
    }
    if (groups.number) {
      // "3,000" is 3000; "27th" is 27; "1600s" (a decade or century) stays one word.
      const number = groups.number.replace(/,(?=\d{3}\b)/g, '').replace(/(?<=\d)(?:st|nd|rd|th)$/, '');
      // The surface keeps the ordinal's ending ("1st"), which says it is one.
      tokens.push({
        ...makeToken(number, position++, false, false, groups.number),
        stem: number.toLowerCase(),
      });
      continue;
    }
    let surface = groups.word ?? '';
    // "FY25", "FY2025": the financial year ending in 2025, written "2024-25" in a span (above).
    const financial = FINANCIAL_YEAR.exec(surface);
    if (financial) {
      const end = Number((financial[1] ?? '').slice(-2));
      // "FY99" is 1998-99, "FY25" 2024-25.
      const start = (end >= 70 ? 1900 : 2000) + end - 1;
      pushSpan([String(start), String(end).padStart(2, '0')], surface);
      continue;
    }
    if (NEGATION.test(surface)) {
      tokens.push(makeToken('not', position++, false, false));
      continue;
    }
    surface = surface.replace(POSSESSIVE, '');
    if (!surface) continue;
    const isAcronym =
      !shouting && surface.length > 1 && surface === surface.toUpperCase() && /\p{L}/u.test(surface);
    const capitalised = !shouting && /^\p{Lu}/u.test(surface) && !startsSentence(text, match.index ?? 0);
    const name = isAcronym || capitalised;
    const parts = surface.split(/[-‐–]/).filter(Boolean);
    if (parts.length > 1) {
      // The joined form is the word's index term; it keeps the word as written ("one-on-one", not
      // "oneonone") for whatever quotes it back to the user.
      tokens.push(makeToken(parts.join(''), position, name, false, surface));
      for (const piece of parts) tokens.push(makeToken(piece, position, name, true));
      position++;
    } else {
      tokens.push(makeToken(surface, position, name, false));
      // "found" is "find" and also "found" (to set up): the other reading, as a part of the word.
      const lower = surface.toLowerCase();
      if (VERBS_OF_THEIR_OWN.has(lower))
        tokens.push({ ...makeToken(surface, position, name, true), stem: stemLemma(lower) });
      position++;
    }
  }
  return tokens;
}

/**
 * `tokenize` of a corpus sentence that the checks read word by word (choose.ts,
 * temporal-order.ts) question after question: tokenised once (text-cache.ts).
 */
export const sentenceTokens: (text: string) => readonly Token[] = cachedByText(tokenize);

/** The index terms of a text: stems of every non-stop token. */
export function indexTerms(text: string): string[] {
  return tokenize(text)
    .filter((token) => !token.stop)
    .map((token) => token.stem);
}
