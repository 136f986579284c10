import { DATELINE } from '../corpus/dateline.ts';
import { QUOTE } from '../corpus/speakers.ts';
import type { Lexicon } from '../search/lexicon.ts';
import { stemWord } from '../text/analyzer.ts';
import { IRREGULAR_FORMS } from '../text/irregular-forms.ts';
import { BE_FORMS, DETERMINERS, NAME_PARTICLES, PREPOSITIONS, STOP_WORDS } from '../text/stop-words.ts';
import { cachedByText } from '../text/text-cache.ts';
import type { AlternativeForm, AnalysedQuestion, Concept } from './analyse-question.ts';
import type { Focus } from './focus.ts';

/**
 * Whether a sentence supplies what the question asks for (its focus): cheap cues over the
 * verbatim text and its stems. News and reference prose write dates, numbers and names in a few
 * stable shapes; kinds of things ("a country", "a city") come from WordNet through the lexicon. A
 * cue counts only for something the question does not already say: "who met Kallas" is not
 * answered by the sentence that names Kallas alone.
 *
 * @module
 */
export interface CueSentence {
  text: string;
  /** Content stems in text order. */
  terms: readonly string[];
  /** Who says it, for a quoted or reported sentence (corpus/speakers.ts). */
  speaker?: string;
  /** The speaker's office by its head noun ("minister"). */
  office?: string;
  /** The speaker's title words, lower case ("eu high representative …"). */
  title?: string;
}

/** The forms by which a question names someone or something: its words, a glossary name, a slip of them. */
export const NAMING_FORMS: ReadonlySet<AlternativeForm> = new Set<AlternativeForm>([
  'typed',
  'inflected',
  'split',
  'glossary',
  'typo',
  'derived',
]);

/**
 * Whether the sentence's speaker holds the office the question names, by the title the article
 * gives them elsewhere: "She said there was strong momentum …" is the High Representative's (and
 * the EU's "top diplomat"'s, a glossary name of that office) where the article has introduced
 * "EU High Representative for Foreign Affairs and Security Policy Kaja Kallas". The office's name
 * must hold the title's head noun: "EU" alone names no office of hers.
 */
export function titledAs(
  sentence: Pick<CueSentence, 'title' | 'office'> | undefined,
  office: Concept,
): boolean {
  if (!sentence?.title || !sentence.office) return false;
  const title = new Set(sentence.title.split(' ').map(stemWord));
  const head = stemWord(sentence.office);
  return office.alternatives.some(
    (alt) =>
      NAMING_FORMS.has(alt.form) && alt.stems.includes(head) && alt.stems.every((stem) => title.has(stem)),
  );
}

/**
 * The question's concept for people it asks the words of by a word for them ("what did the
 * chiefs say"), or the name that word ends ("the EU's top diplomat"), if any.
 */
export function speakerConcept(question: AnalysedQuestion): Concept | undefined {
  const { speaker } = question.focus;
  if (!speaker?.common) return undefined;
  return (
    question.concepts.find((c) => c.position === speaker.position) ??
    question.concepts.find(
      (c) =>
        c.position < (speaker.position ?? 0) &&
        c.role === 'name' &&
        stemWord(c.label.split(/\s+/).at(-1) ?? '') === speaker.stems[0],
    )
  );
}

/** The words of a sentence's speaker's name, and their office ("minister"), where it has one. */
export const speakerWords = (sentence: Pick<CueSentence, 'speaker' | 'office'> | undefined): string[] =>
  sentence?.speaker ? [...sentence.speaker.split(/\s+/), ...(sentence.office ? [sentence.office] : [])] : [];

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
// A month by its name: those whose names are no other English word in any case; "March", "May"
// and "August" only with their capital ("a citizen may not be able to bring claims" dates nothing).
const PLAIN_MONTH = /\b(?:january|february|april|june|july|september|october|november|december)\b/i;
const CAPITAL_MONTH = /\b(?:March|May|August)\b/;
const saysMonth = (text: string): boolean => PLAIN_MONTH.test(text) || CAPITAL_MONTH.test(text);
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const CARDINALS = 'two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a few|several';
// A year written in figures, 1000 to 2099.
const YEAR_DIGITS = '(?:1[0-9]|20)\\d{2}';
// A time before the present: "~450,000 yr BP", "11,700 years BP".
const BEFORE_PRESENT = '[\\d,]+ ?\\(?(?:yr |years )?BP';
// A year, or a time before the present: how old something is.
const YEAR_SAID = new RegExp(`\\b${YEAR_DIGITS}\\b|${BEFORE_PRESENT}\\b`);
// An age: "aged 59", "at the age of 79", "a 59-year-old", "59 years old", or a number set off by
// commas after a capitalised name ("D'Cruz, 59, retired …").
const AGE =
  /\b(?:aged|age of|ages of)\s+\d{1,3}\b|\b\d{1,3}[- ](?:years?|yrs?)[- ]old\b|\p{Lu}[\p{L}'’-]+,\s+\d{1,3},/u;
// A time of day: "at night", "in the evening", "at dawn", "at 10 am", "at 14:30".
const TIME_OF_DAY =
  /\b(?:at (?:night|noon|midnight|dawn|dusk|daybreak|nightfall)|(?:in|during) the (?:morning|afternoon|evening|night)|overnight|\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|at \d{1,2}[:.]\d{2})(?![\p{L}])/iu;
const DATE_WORDS = new RegExp(
  `\\b(?:${DAYS}|yesterday|today|tomorrow|${YEAR_DIGITS}s?|the \\d{2,3}0s|(?:in|since|by|until|from|around|before|after|circa|c\\.) \\d{3,4}|\\d{1,2}(?:st|nd|rd|th) century|centur(?:y|ies)|decades?|(?:last|next|this) (?:week|month|year)|\\d+ (?:years?|months?|weeks?|days?) (?:ago|later|earlier)|(?:${ORDINALS}|\\d+(?:st|nd|rd|th)) (?:year|month|week|day)|(?:in|within|after|over) (?:\\d+|${CARDINALS}) (?:years?|months?|weeks?|days?)|(?:AD|BC|BCE|CE) ?\\d+|\\d+ ?(?:AD|BC|BCE|CE)|${BEFORE_PRESENT}|(?:at|until|towards?|before|after|since) the (?:end|start|beginning|outbreak|close|height|turn|dawn|onset) of)\\b`,
  'i',
);
/** Whether a sentence dates what it tells: by a month, or by any of the ways `DATE_WORDS` lists. */
const saysDate = (text: string): boolean => saysMonth(text) || DATE_WORDS.test(text);
// A time by which something is to be done, told from the day of writing: "by the end of the year".
const DEADLINE = /\bby (?:the (?:end|close|turn) of|(?:this|next) (?:week|month|year))\b/i;
// A day of the week by its name.
const WEEKDAY = new RegExp(`\\b(?:${DAYS})\\b`, 'i');
// A day of the month: "12 May 2026", "May 12", "on the 3rd of June", "2026-05-12", "12/05/2026".
const DAY_DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*(?:[-–]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`,
  'i',
);
// A date on the calendar: a month or a year, not one told from the day of writing ("last week").
const YEAR_OR_DECADE = new RegExp(`\\b${YEAR_DIGITS}s?\\b`, 'i');
const onCalendar = (text: string): boolean => saysMonth(text) || YEAR_OR_DECADE.test(text);

// A month named, as in "adopted in March 2022" (not "in 2022" alone): as `saysMonth`, but "May"
// only before a day or a year, where a sentence may open with the modal verb.
const CAPITAL_MONTH_NAMED = /\b(?:March|August)\b|\bMay(?=\s+\d)/;

/** Whether a sentence names the month of what it dates ("in March 2022"), more than a year alone. */
export const namesMonth = (text: string): boolean => {
  const written = monthsWrittenOut(text);
  return PLAIN_MONTH.test(written) || CAPITAL_MONTH_NAMED.test(written);
};

const YEAR_IN_TEXT = new RegExp(`\\b${YEAR_DIGITS}\\b`);

/** Whether a sentence dates by the year alone ("adopted in 2022"), naming no month. */
export const datesByYearAlone = (text: string): boolean => YEAR_IN_TEXT.test(text) && !namesMonth(text);

/** Whether a sentence dates something on the calendar ("in June 2025", "1 to 3 June"), not only as "last week". */
export const saysCalendarDate = (text: string): boolean => onCalendar(monthsWrittenOut(text));

// A month shortened as wire copy writes it, before a day or with its point: "Oct. 6", "Sept 1".
const SHORT_MONTH = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?=\s+\d{1,2}\b))/g;
/**
 * The text with its shortened months written out, for the cues that look for dates (not for
 * quoting): each by the shorthand the analyser reads too ("oct" → "october"), capitalised.
 */
const monthsWrittenOut = cachedByText((text: string): string =>
  text.replace(SHORT_MONTH, (short: string, month: string) => {
    const full = IRREGULAR_FORMS.get(month.toLowerCase());
    return full ? full.charAt(0).toUpperCase() + full.slice(1) : short;
  }),
);

// A claim put to the test, as a fact check sets it out: a label, a colon and the claim in quotation
// marks ("Claim 4: "The EU will give India 10 billion euros …"").
const TESTED_CLAIM = /^\p{Lu}[\p{L} ]{0,20}?(?:\s+\d+)?\s*:\s*["“]/u;
/** Whether the sentence quotes a claim a fact check tests: what others say, not what the source does. */
export const isTestedClaim = (text: string): boolean => TESTED_CLAIM.test(text);

const NUMBER_WORDS =
  'quarter|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|lakh|lakhs|crore|crores|million|millions|billion|billions|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|dozen|dozens|half|several|single|double|triple|twice';
// A rank in words, not an amount: "third" (in figures the suffix follows the number: "21st").
const ORDINAL = new RegExp(`^(?:${ORDINALS})$`, 'i');
// A day of a month: "27 January", "January 27".
const DAY_OF_MONTH = new RegExp(`^\\s+(?:${MONTHS})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\s+$`, 'i');
// The first day of a range of days ("6–8 May", "from 1 to 3 November"), read within the
// characters after it that such a range takes.
const DAY_RANGE_REACH = 24;
const DAY_RANGE = new RegExp(
  `^\\s*(?:[–-]|to|and|until)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b`,
  'i',
);

/**
 * Whether the number at `at` in `text` states an amount, as "how much" asks: not a rank ("the
 * third", "16th"), a day of a month ("27 January"), a year ("in 2007") or part of a word describing a
 * noun ("a five-year agenda").
 */
function isAmount(text: string, at: number, numeral: string): boolean {
  const after = text.slice(at + numeral.length, at + numeral.length + 12);
  const before = text.slice(Math.max(0, at - 12), at);
  return !(
    ORDINAL.test(numeral) ||
    /^(?:st|nd|rd|th)\b/i.test(after) ||
    /^-\p{L}/u.test(after) ||
    // A time of day: "15:05 IST".
    /^:\d\d\b/.test(after) ||
    /\d:$/.test(before) ||
    DAY_OF_MONTH.test(after) ||
    DAY_RANGE.test(text.slice(at + numeral.length, at + numeral.length + DAY_RANGE_REACH)) ||
    MONTH_BEFORE.test(before) ||
    /^(?:1\d|20)\d\d$/.test(numeral)
  );
}

// After a number in words, what makes it a quantity rather than a count of things: a fraction
// ("two thirds", "one ninth", "a half"), a scale ("two million") or a share ("ten per cent").
const QUANTITY_AFTER = new RegExp(
  `^[\\s-]+(?:(?:${ORDINALS})s?|thirds?|quarters?|halves|half|hundred|thousand|million|billion|trillion|per ?cent|percent)\\b`,
  'i',
);

// A fraction said as a share of something: "a quarter of the world's population", "a fifth of
// the discharge", "half of it".
const FRACTION = new RegExp(`^(?:half|quarter|${ORDINALS})$`, 'i');

/** Whether the number states a quantity, as "how much" asks: figures, or words made a quantity ("two thirds", "a quarter of"). */
function isQuantity(text: string, at: number, numeral: string): boolean {
  const after = text.slice(at + numeral.length, at + numeral.length + 16);
  return (
    /^\d/.test(numeral) ||
    QUANTITY_AFTER.test(after) ||
    (FRACTION.test(numeral) &&
      /^\s+of\b/.test(after) &&
      !/\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at)))
  );
}

// The plural noun right after a figure: "60 engineers", "48 radars".
const PLURAL_AFTER = /^\s+(\p{Ll}+s)\b/u;

/**
 * Whether the figure counts things, which says how many, not how much: "about 60 engineers", not
 * "40 tonnes" or "380 years" (units of measure) nor "two million".
 */
function countsThings(text: string, at: number, numeral: string, lexicon: Lexicon): boolean {
  const noun = PLURAL_AFTER.exec(text.slice(at + numeral.length))?.[1];
  return (
    noun !== undefined &&
    !QUANTITY_AFTER.test(` ${noun}`) &&
    (lexicon.partsOfSpeech(stemWord(noun)) ?? '').includes('n') &&
    !isUnit(noun, lexicon)
  );
}

// A percentage: "51 per cent", "35%", "12 percent".
const PERCENT = /\b\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)/i;
// An amount of money: a currency's sign or name beside a figure ("€92 million", "Rs 310 crore",
// "85,000 euros", "€150bn").
export const MONEY_AMOUNT =
  /[€$£₹¥]\s?\d|\b(?:Rs|INR|EUR|USD)\.?\s?\d|\b\d[\d,.]*(?:\s?(?:bn|billion|million|mn|crore|lakh|thousand))?[\s-]*(?:euros?|dollars?|rupees?|pounds?|yen|yuan)\b/i;

// How often something happens: "every year", "every two years", "twice a month", "three times a
// year", "annually". A word between "a" and the unit is no frequency: "on a bad day" says when.
const TIME_UNITS = '(?:days?|weeks?|months?|years?|decades?|quarters?|summers?|winters?)';
const FREQUENCY = new RegExp(
  `\\b(?:every|each)\\s+(?:(?:other|few|couple\\s+of|\\d+|${NUMBER_WORDS})\\s+)?${TIME_UNITS}\\b|` +
    `\\b(?:per|times\\s+an?)\\s+${TIME_UNITS}\\b|` +
    '\\b(?:annually|yearly|monthly|weekly|daily|fortnightly|quarterly|biannually|biennially|twice|once|regularly|seasonally)\\b',
  'i',
);

// A number in figures or words.
const NUMERAL = `\\d[\\d,.]*|\\b(?:${NUMBER_WORDS})\\b`;
const NUMBER = new RegExp(`${NUMERAL}\\b`, 'gi');
/** A number the question does not already hold ("3,000" as "3000"). */
const isNew = (numeral: string | undefined, asked: ReadonlySet<string>) =>
  !asked.has(stemWord((numeral ?? '').toLowerCase().replace(/,/g, '')));
// ("According to the European Union" names a source, not a place.)
const PLACE =
  /\b(?:in|at|(?<![Aa]ccording )to|from|across|near|into|through|along)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+|national capital|capital|city)|\bhere\b/gu;
// "in March", "from Monday": a time, written with a capital as places are.
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${DAYS})$`, 'i');
// "to" and a word after it: "a new framework to deepen bilateral relations".
const TO_WORD = /\bto\s+(\p{Ll}+)/gu;
/** Whether the sentence says what something is for: "to" and a verb ("to deepen", "to promote"). */
const saysPurpose = (text: string, lexicon: Lexicon) =>
  [...text.matchAll(TO_WORD)].some(
    (m) => !STOP_WORDS.has(m[1] ?? '') && lexicon.isVerb(stemWord(m[1] ?? '')),
  );
// A cue of a reason: "because", "so that", "in order to" (also read by answer/choose.ts).
export const REASON =
  /\b(?:because|due to|owing to|as a result|in order to|so as to|so that|thanks to|in response to|to counteract|to prevent|to protect|to avoid|since|caused by|led to|reason)\b/i;
const LIST = /\b(?:such as|including|includes?|include|namely|like)\b|:\s|\w+, \w+(?:,| and| or) \w+/i;
// "is a …", "are their …": a copula before what the subject is said to be.
const IS_DESCRIBED = String.raw`(?:is|are|was|were)\s+(?:a|an|the|one|our|their|its|his|her|my|your)\b`;
const DEFINITION = new RegExp(
  String.raw`\b${IS_DESCRIBED}|\b(?:refers? to|means?|known as|called)\b|,\s+(?:a|an|the)\s`,
  'i',
);
// A prepositional phrase opening a sentence, up to its comma.
const FRONTED =
  /^(?:Through|With|Under|In|On|For|By|From|After|Before|During|Among|Despite|Following|At|Over|Within|Beyond|Since|Until|Across|Against|Without)\s+[^,]{1,80},\s*/;
// A word's sense told in words: "SDP stands for …", "short for", "means".
const MEANS = /\b(?:means?|meaning|stands? for|short for|derived from|comes? from)\b/i;
// An acronym in brackets after the name it stands for, "the European Peace Facility (EPF)", or
// that name in brackets after it, "EPF (European Peace Facility)".
const WRITTEN_OUT =
  /\p{Lu}[\p{L}'’-]*\s*\(\s*(\p{Lu}[\p{L}\d&/.-]*)\s*\)|\b(\p{Lu}[\p{Lu}\d&/.-]+)\s*\(\s*\p{Lu}/gu;

/** Whether the text writes out the acronym asked about: what it stands for, by the text's own brackets. */
function writesOut(text: string, subject: readonly string[]): boolean {
  return [...text.matchAll(WRITTEN_OUT)].some((m) =>
    subject.includes(stemWord((m[1] ?? m[2] ?? '').toLowerCase())),
  );
}

// A gloss in brackets after a term: Het Scheur ("the Rip"), Obersee ("upper lake").
const GLOSS = /\p{Lu}[\p{L}'’-]*\s*\(\s*["“'‘]/u;
// A word's sense in quotes after its language: Greek for "shield" ("meaning" is in MEANS).
const SENSE = /\b(?:\p{Lu}\p{Ll}+ for|for short)\s+["“‘]/u;
// "the <kind> of <Name>" or "a <kind> of <something>" ("a tradition of singing"), "<Kind> <Name>"
// ("Lake Constance"), "<Name> <kind>" ("the Rhine river"), and after a determiner or a name,
// "<kind> <Name>" ("the Italian Navy frigate ITS Federico Martinengo"; not "to block Commission
// amendments"). A determiner opening a sentence is no name: "His successor Louis XIII" is
// "successor Louis XIII".
const CAPITALISED_DETERMINERS = [...DETERMINERS]
  .map((word) => word[0]?.toUpperCase() + word.slice(1))
  .join('|');
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`;
const KIND_AND_NAME = new RegExp(
  [
    String.raw`\b(\p{Ll}+)\s+of\s+(?:(?:the|a|an)\s+)?([\p{L}'’-]+)`,
    String.raw`\b(?!(?:${CAPITALISED_DETERMINERS})\b)(\p{Lu}[\p{L}'’-]+)\s+(\p{Ll}+)\b`,
    String.raw`\b(\p{Lu}\p{Ll}+)\s+(${NAME_RUN})`,
    String.raw`(?<=\b(?:${[...DETERMINERS].join('|')}|\p{Lu}[\p{L}'’-]*)\s+)(\p{Ll}+)\s+(${NAME_RUN})`,
  ].join('|'),
  'gu',
);
// Capitalised words in a row, "of"/"for"/"and"/"the" allowed inside: "Rajnath Singh", "Council of
// the EU", "Ursula von der Leyen".
const NAME_RUNS = new RegExp(
  `\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:for|of|and|the|${NAME_PARTICLES.join('|')})\\s+){0,2}\\p{Lu}[\\p{L}'’-]*)*`,
  'gu',
);
// A number followed by its unit, a bracket or a hyphen allowed between: "1,230 km", "400 m wide",
// "380 years", "120 m (390 ft)", "a 63-kilometre stretch", "five to six months".
const MEASURED = new RegExp(`(${NUMERAL})(?:\\s*|\\s*\\(\\s*|-)(\\p{L}+)`, 'giu');
// A number, a word that says what kind of unit, and the unit: "280 nautical miles", "40 square km".
const MEASURED_KIND = new RegExp(`(${NUMERAL})\\s+\\p{L}+\\s+(\\p{L}+)`, 'giu');
// The kinds WordNet puts a unit of measurement under: "km" is a unit of measurement and a definite
// quantity, "year" a time period and a fundamental quantity, all measures. ("unit" alone would
// take in "body", a whole.)
const UNIT_KINDS = ['measur', 'quantiti'];
const isUnit = (word: string | undefined, lexicon: Lexicon) =>
  UNIT_KINDS.some((kind) => lexicon.isKind(stemWord((word ?? '').toLowerCase()), kind));
// One unit, or a few, said with the article: "for up to a year", "an hour", "a few weeks", "at
// least a year".
const ONE_UNIT =
  /\b(?:for|to|within|over|about|nearly|almost|around|than|half|least|most)\s+(?:a|an)\s+(?:few\s+|couple\s+of\s+)?(\p{L}+)/giu;
const PLACE_KINDS = ['location', 'region', 'countri', 'citi', 'state', 'district', 'area', 'land', 'place'];

// What may stand before a sentence's first word: nothing, or opening quotes and brackets.
const OPENING = /^[\s"“‘'([]*$/u;
// A quotation opening mid-sentence starts a sentence of its own: 'Singh said, "The signing …'.
const QUOTE_OPENS = /[,:]\s*["“‘]\s*$/u;

/** Name runs of the sentence (its first word aside, which is capitalised anyway), as stems. */
export const nameRuns: (text: string) => readonly (readonly string[])[] = cachedByText(namesOf);

function namesOf(text: string): string[][] {
  const runs: string[][] = [];
  for (const match of text.matchAll(NAME_RUNS)) {
    const words = match[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    // The sentence's first word is capitalised anyway, after an opening quote mark too (also a
    // quotation opening mid-sentence): "Then Maria Lopez" names Maria Lopez, '"The signing …'
    // and 'he said, "The signing …' name no one.
    const before = text.slice(0, match.index);
    const first = OPENING.test(before) || QUOTE_OPENS.test(before);
    // Nor is a first word joined to a name by "the" or "of" one with it: "Appreciating the Republic
    // Day celebrations" names Republic Day alone.
    const joined = /^\S+\s+\p{Ll}/u.test(match[0]);
    if (first && (STOP_WORDS.has(words[0]?.toLowerCase() ?? '') || joined)) words.shift();
    if (first && words.length === 1) continue;
    if (words.length === 0) continue;
    runs.push(words.map((w) => stemWord(w.toLowerCase().replace(/['’]s$/, ''))));
  }
  return runs;
}

const novel = (stems: readonly string[], asked: ReadonlySet<string>) => stems.some((s) => !asked.has(s));
// How many stems a thing of a kind may have: one word, or a named thing of several ("Staten
// Island", "United Arab Emirates", "Saint Kitts and Nevis", stop words left out).
const KIND_RUN_LENGTHS = [1, 2, 3, 4];

function novelKind(
  sentence: CueSentence,
  asked: ReadonlySet<string>,
  kinds: readonly string[],
  lexicon: Lexicon,
) {
  const { terms } = sentence;
  // A named thing of several words is of its kinds too: "Staten Island" is a borough.
  return terms.some((_, i) =>
    KIND_RUN_LENGTHS.some((n) => {
      const run = terms.slice(i, i + n);
      return (
        run.length === n && novel(run, asked) && kinds.some((kind) => lexicon.isKind(run.join(' '), kind))
      );
    }),
  );
}

// What stands between a term and another name of it, after it ("pivot mounting (trunnion)", "X,
// also known as Y", "X is sometimes called Y", "X or Y") or before it ("Y, known as X", "Y (X)").
const ALIAS_LINK = String.raw`(?:\(|["“‘”’]|,?\s+(?:(?:is|are|was|were)\s+)?(?:(?:also|sometimes|often|commonly)\s+)?(?:known\s+as|called|termed|named|or)\b)`;
const ALIAS_AFTER = new RegExp(String.raw`^\s*${ALIAS_LINK}`, 'iu');
const ALIAS_BEFORE = new RegExp(String.raw`${ALIAS_LINK}\s*(?:the\s+|an?\s+)?$`, 'iu');

/** Whether the text gives another name right beside the words of `subject` (stems). */
function namesAlias(text: string, subject: readonly string[]): boolean {
  const last = subject.at(-1);
  if (last === undefined) return false;
  const words = [...text.matchAll(/[\p{L}\d][\p{L}\p{M}\d'’-]*/gu)];
  const stems = words.map((w) => stemWord(w[0].toLowerCase()));
  return words.some((m, i) => {
    if (stems[i] !== last) return false;
    // The subject's other words stand just before its last ("excessive compression").
    const others = subject.slice(0, -1);
    const from = Math.max(0, i - 2 * others.length);
    const window = stems.slice(from, i);
    if (!others.every((stem) => window.includes(stem))) return false;
    const first = others.length > 0 ? words[from + window.indexOf(others[0] ?? '')] : m;
    return (
      ALIAS_AFTER.test(text.slice((m.index ?? 0) + m[0].length)) ||
      ALIAS_BEFORE.test(text.slice(0, first?.index ?? 0))
    );
  });
}

// A rate said in a word: "annual spending", "a daily allowance".
const RATE_WORDS: Record<string, RegExp> = {
  year: /\b(?:annual(?:ly)?|yearly|per annum)\b/i,
  day: /\b(?:daily|per diem)\b/i,
  month: /\bmonthly\b/i,
  week: /\bweekly\b/i,
  hour: /\bhourly\b/i,
};
// "a vessel", "per year", "each", "every two years": what an amount is for each of.
const FOR_EACH = /\b(?:per|a|an|each|every)\s+(\p{L}+)(?:\s+(\p{L}+))?/giu;

/** Whether the text says an amount for each `unit` (a stem): "€35 million a vessel", "annually". */
function forEach(text: string, unit: string): boolean {
  if (RATE_WORDS[unit]?.test(text)) return true;
  return [...text.matchAll(FOR_EACH)].some((m) =>
    [m[1], m[2]].some((word) => word !== undefined && stemWord(word.toLowerCase()) === unit),
  );
}

/**
 * Whether `sentence` holds what `focus` asks for; `asked` holds every stem of the question (all
 * forms), so a cue must bring something new.
 */
// What introduces a kind's members after it: "… include case law", "such as", "like", "e.g.".
const INTRODUCES = /^(?:include[sd]?|including|such as|like|e\.g\.)/i;
// How many words after the kind its members may be introduced: "sources of European Union law include".
const MEMBERS_REACH = 6;

/** Whether the sentence introduces members of the kind: "Supplementary sources of EU law include case law, …". */
function listsMembers(text: string, kind: readonly string[]): boolean {
  const words = text.split(/\s+/);
  return words.some(
    (word, i) =>
      kind.includes(stemWord(word.replace(/[^\p{L}]/gu, '').toLowerCase())) &&
      (/:$/.test(word) ||
        words
          .slice(i + 1, i + 1 + MEMBERS_REACH)
          .some((next, j, rest) => INTRODUCES.test(`${next} ${rest[j + 1] ?? ''}`))),
  );
}

/** Whether the sentence says how much something matters: "is a milestone", "a significant step". */
const saysImportance = (sentence: CueSentence, lexicon: Lexicon) =>
  sentence.terms.some((stem) => lexicon.isImportance(stem));

export function suppliesFocus(
  sentence: CueSentence,
  focus: Focus,
  asked: ReadonlySet<string>,
  lexicon: Lexicon,
): boolean {
  const text = monthsWrittenOut(sentence.text);
  switch (focus.kind) {
    case 'date':
      // "What date": a day on the calendar ("10 November 2025"), not "next year".
      if (focus.exact === true) return DAY_DATE.test(text);
      if (focus.unit === 'date') return onCalendar(text);
      if (focus.weekday === true) return WEEKDAY.test(text);
      // "What time was it signed": an hour or a part of the day, not "on Tuesday".
      if (focus.clock === true) return TIME_OF_DAY.test(text);
      if (focus.deadline === true && DEADLINE.test(text)) return true;
      return saysDate(text);
    case 'number':
      // "how many chiefs": a number counting them ("the three service Chiefs"), a word or two apart.
      // A rank of the thing counted says how many there are at least ("the third Asian country").
      if (focus.frequency) return FREQUENCY.test(text);
      if (focus.per !== undefined && !forEach(text, focus.per)) return false;
      if (focus.category.length > 0)
        return countsKind(text, focus.category, asked, lexicon) || countsBySubject(text, asked, lexicon);
      if (focus.money && !MONEY_AMOUNT.test(text)) return false;
      return [...text.matchAll(NUMBER)].some(
        (m) =>
          isNew(m[0], asked) &&
          (!focus.amount || isAmount(text, m.index, m[0])) &&
          (!focus.mass || (isQuantity(text, m.index, m[0]) && !countsThings(text, m.index, m[0], lexicon))),
      );
    case 'measure':
      if (focus.since && saysDate(text)) return true;
      if (focus.spanned && YEAR_SPAN.test(text)) return true;
      // "How old is X": a year it began, or an age; not any measure ("for forty years").
      if (focus.aged) return YEAR_SAID.test(text) || AGE.test(text);
      if (focus.reach && REACHED.test(text)) return true;
      return (
        [...text.matchAll(MEASURED)].some((m) => isNew(m[1], asked) && isUnit(m[2], lexicon)) ||
        [...text.matchAll(MEASURED_KIND)].some((m) => isNew(m[1], asked) && isUnit(m[2], lexicon)) ||
        [...text.matchAll(ONE_UNIT)].some((m) => isUnit(m[1], lexicon))
      );
    case 'place':
      return (
        // A news dateline says where the story was filed: "New Delhi [India], January 27 (ANI): …".
        // A place is said with where it is ("in Geneva", "at Rota", "here"): a word's WordNet kinds
        // alone are too loose ("behalf" is a place, "technology" an area, "Union" a country).
        DATELINE.test(text) ||
        [...text.matchAll(PLACE)].some(
          (m) => !m[1] || (!asked.has(stemWord(m[1].toLowerCase())) && !CALENDAR_WORD.test(m[1])),
        )
      );
    case 'person':
      // "who signs them": where the sentence says the verb, a name as its doer.
      if (focus.doers?.some((stem) => sentence.terms.includes(stem)))
        return doerNamed(text, focus.doers ?? [], asked);
      // A name answers "who"; "officials" does not, nor the person asked about with their title
      // ("Defence Minister Rajnath Singh" for "who met Rajnath Singh"), nor a place.
      return nameRuns(text).some(
        (run) =>
          !run.some((stem) => asked.has(stem)) &&
          // A place by its head word: "New Delhi", "South Korea" (not "Maria Lopez", though the
          // moon's "maria" are plains).
          (focus.party === true || !PLACE_KINDS.some((kind) => lexicon.isKind(run.at(-1) ?? '', kind))) &&
          // A word of a people or place alone ("Asian", "European") is no one's name.
          !(run.length === 1 && (lexicon.partsOfSpeech(run[0] ?? '') ?? '').includes('a')),
      );
    case 'reason':
      return REASON.test(text) || (focus.purpose === true && saysPurpose(text, lexicon));
    case 'category':
      if (focus.proportion && PERCENT.test(text)) return true;
      if (focus.members) return listsMembers(text, focus.category);
      return (
        novelKind(sentence, asked, focus.category, lexicon) ||
        // "what kind of arches": the kind named by a word of its own before it ("rounded arches").
        (focus.sort === true &&
          sentence.terms.some(
            (stem, i) => i > 0 && focus.category.includes(stem) && !asked.has(sentence.terms[i - 1] ?? ''),
          )) ||
        (focus.category.some((stem) => sentence.terms.includes(stem)) &&
          (LIST.test(text) ||
            namesKind(text, focus.category, asked) ||
            modifiedKind(text, focus.category, asked, lexicon))) ||
        // "which Italian warship": a name beside a word of a narrower kind ("the Italian Navy
        // frigate ITS Federico Martinengo").
        namesKind(text, focus.category, asked, (stem, kind) => lexicon.isKind(stem, kind))
      );
    case 'definition':
      // "What does Aspides mean": "Aspides, whose name is Greek for "shield"", not what it does.
      if (focus.gloss)
        return (
          (focus.subject.some((stem) => sentence.terms.includes(stem)) &&
            (GLOSS.test(text) || SENSE.test(text) || MEANS.test(text))) ||
          writesOut(text, focus.subject)
        );
      return (
        describes(sentence, focus.subject) ||
        saysWhatItDoes(text, focus.subject, (stem) => lexicon.isVerb(stem))
      );
    case 'event':
      // What befell X is told of X: the sentence names all of it ("The rate of flow was increased").
      return focus.subject.every((stem) => sentence.terms.includes(stem));
    case 'name':
      // Another name of the subject is said beside it: "excessive compression (\"kick back\")",
      // "the pivot mounting (trunnion)", "X, also known as Y", "X or Y".
      if (focus.alias) return namesAlias(text, focus.subject);
      // "the names of the three service chiefs": a name given beside the word for them.
      if (focus.namesOf) return namesBeside(text, focus.namesOf, asked);
      // A name the question does not hold, or a term set in quotes or brackets: "Afranji", "the Rip".
      // A name may hold the kind asked for: "the name of the longest bridge" is "the Emmerich Rhine Bridge".
      return (
        GLOSS.test(text) ||
        /\b(?:called|named|known as)\b/i.test(text) ||
        nameRuns(text).some((run) => run.some((stem) => !asked.has(stem)))
      );
    case 'list':
      return LIST.test(text) && novel(sentence.terms, asked);
    case 'speech': {
      // Words the person asked about says: "she added", in a quote paragraph, by name; describing
      // what the question asks them to have described, when it does ("the signing is a milestone").
      // A person's words by a name of theirs, not by another name the question holds.
      const forms = focus.speaker?.forms ? new Set(focus.speaker.forms) : asked;
      return (
        speakerWords(sentence).some((word) => {
          const stem = stemWord(word.toLowerCase());
          // Not by a word that only says who the person asked about is ("the EU ambassador Delphin").
          return forms.has(stem) && !focus.speaker?.described?.includes(stem);
        }) &&
        (!focus.quote || QUOTE.test(text)) &&
        (focus.subject.length === 0 || describes(sentence, focus.subject, false)) &&
        (!focus.importance || saysImportance(sentence, lexicon))
      );
    }
    default:
      // "How big a deal is it": a word of importance ("a milestone", "a significant step").
      return focus.importance === true && saysImportance(sentence, lexicon);
  }
}

// How many words from the word for people a name given for one of them may stand.
const NAME_REACH = 3;

/**
 * Whether the text gives a name the question does not hold within a few words of a word of
 * `stem` ("the three service chiefs, General Upendra Dwivedi, …", "Dwivedi, the Army chief"):
 * "Rajnath Singh along with the three service Chiefs met the EU delegation led by Kallas" names
 * none of the chiefs.
 */
function namesBeside(text: string, stem: string, asked: ReadonlySet<string>): boolean {
  const { words, stems } = stemmedWords(text);
  // A word of a person's name: capitalised, not the sentence's first word, nor an organisation's
  // initials ("EU"), nor a word of the question's.
  const named = (i: number) =>
    i > 0 && /^\p{Lu}\p{Ll}/u.test(words[i] ?? '') && !asked.has(stems[i] ?? '') && stems[i] !== stem;
  // A preposition between them sets the name on another thing: "a liaison officer at the
  // Information Fusion Centre", "an Indian Navy liaison officer to Atalanta's headquarters".
  const joined = (from: number, to: number) =>
    !words.slice(Math.min(from, to) + 1, Math.max(from, to)).some((w) => PREPOSITIONS.has(w.toLowerCase()));
  return stems.some((word, i) => {
    if (word !== stem) return false;
    for (let k = Math.max(0, i - NAME_REACH); k <= i + NAME_REACH; k++)
      if (named(k) && joined(i, k)) return true;
    return false;
  });
}

// A name with a possessive ending and up to four lower-case words after it: "Edgar's sister",
// "William's most trusted barons".
const OWNED = /(\p{Lu}[\p{L}-]*)['’]s((?:\s+\p{Ll}[\p{L}-]*){1,4})/gu;

/**
 * Stems of the names a sentence writes only as the owner of a person, never on their own: "King
 * Malcolm married Edgar's sister Margaret" speaks of Margaret, not of Edgar. A person is a noun
 * whose first WordNet sense is one (`Lexicon.isPerson`).
 */
export function ownersOnly(text: string, lexicon: Lexicon): Set<string> {
  const owners = new Set<string>();
  for (const match of text.matchAll(OWNED)) {
    const name = match[1] ?? '';
    const owned = (match[2] ?? '').trim().split(/\s+/);
    if (!owned.some((word) => lexicon.isPerson(word.toLowerCase()))) continue;
    // Written on its own elsewhere in the sentence, the name is spoken of after all.
    const alone = new RegExp(`(?<![\\p{L}-])${name}(?![\\p{L}'’-])`, 'u');
    if (!alone.test(text)) owners.add(stemWord(name.toLowerCase()));
  }
  return owners;
}

// A numeral and the three words after it, read without using them up: in "three or four
// expansion stages", "four" is read too; a word may open a quotation or a bracket ("the 66 "villes
// de sûreté"").
const COUNTED = new RegExp(`(${NUMERAL})(?=((?:\\s+["“‘(]?[\\p{L}-]+){1,3}))`, 'giu');
// A numeral and the five words after it, for a count whose kind comes after names of where its
// members are from: "60 Indian and European defence companies".
const COUNTED_FAR = new RegExp(`(${NUMERAL})(?=((?:\\s+[\\p{L}\\d'’-]+){1,5}))`, 'giu');

/**
 * Whether `words` (after a numeral) reach a kind of `kinds` past capitalised words joined by
 * "and" or "or" and at most one word of a compound right before it ("Indian and European defence
 * companies"), which only say which of the kind are counted, nor past a second count of the kind
 * ("12 PhD and 22 master's students"). Not past a capitalised plural, a kind counted with it
 * ("50,000 Protestant Walloons and Huguenots").
 */
function countedPastNames(words: readonly string[], kinds: readonly string[]): boolean {
  const at = words.findIndex((word) => kinds.includes(countedStem(word)));
  if (at < 2) return false;
  const before = words.slice(0, at);
  const last = before.at(-1) ?? '';
  const modifiers = /^\p{Ll}/u.test(last) && !STOP_WORDS.has(last) ? before.slice(0, -1) : before;
  return (
    modifiers.some((word) => /^\p{Lu}/u.test(word)) &&
    modifiers.every(
      (word, i) =>
        (/^\p{Lu}/u.test(word) && !/s$/.test(word)) ||
        word === 'and' ||
        word === 'or' ||
        // A second count of the same kind: "12 PhD and 22 master's students".
        (/^\d/.test(word) && (modifiers[i - 1] === 'and' || modifiers[i - 1] === 'or')),
    )
  );
}

// A counted word as the question's kind is stemmed: past an opening quote or bracket, and joined
// where hyphenated, as the question's word is ("flag-bearers": "flagbearers").
const countedStem = (word: string) =>
  stemWord(
    word
      .replace(/^["“‘(]/u, '')
      .replace(/[-‐–]/g, '')
      .toLowerCase(),
  );
// Or by its last part, the noun a hyphenated compound is a kind of ("flag-bearers" for "bearers").
const headStem = (word: string) => countedStem(word.split(/[-‐–]/).at(-1) ?? word);

// The kinds every person is one of, as stems: "how many people" counts "28 members", "50 students".
const PEOPLE = new Set(['peopl', 'person']);

/**
 * A number, not the question's own, followed within three words by the kind it counts; for
 * people, by any word WordNet first knows as a kind of person.
 */
function countsKind(
  text: string,
  kinds: readonly string[],
  asked: ReadonlySet<string>,
  lexicon: Lexicon,
): boolean {
  const people = kinds.some((kind) => PEOPLE.has(kind));
  const counts = (word: string) =>
    kinds.includes(countedStem(word)) ||
    kinds.includes(headStem(word)) ||
    (people && /^\p{Ll}[\p{L}-]*s$/u.test(word) && lexicon.isPerson(word));
  return (
    [...text.matchAll(COUNTED)].some(
      (m) => isNew(m[1], asked) && (m[2] ?? '').trim().split(/\s+/).some(counts),
    ) ||
    [...text.matchAll(COUNTED_FAR)].some(
      (m) => isNew(m[1], asked) && countedPastNames((m[2] ?? '').trim().split(/\s+/), kinds),
    ) ||
    countedByNoun(text, kinds, asked)
  );
}

const YEAR = new RegExp(`^${YEAR_DIGITS}$`);
// The years something ran: "from 2011 to 2015", "between 1066 and 1154", "1763–1775".
const YEAR_SPAN = new RegExp(
  `\\b(?:from|between)\\s+(?:\\p{L}+\\s+)?${YEAR_DIGITS}\\s+(?:to|and|until|till)\\s+(?:\\p{L}+\\s+)?${YEAR_DIGITS}\\b|\\b${YEAR_DIGITS}\\s*[–-]\\s*(?:${YEAR_DIGITS}|\\d{2})\\b`,
  'u',
);
// The place something reached: "riding as far as Abernethy", "as far north as Trondheim".
const REACHED = /\bas far(?: \p{Ll}+)? as (?:the )?\p{Lu}/u;

// Nouns that say how many ("Huguenot numbers peaked near two million", "the number of refugees
// reached 50,000", "the town's population was 3,000"), as stems.
const COUNT_NOUNS = new Set(['number', 'popul', 'total', 'count']);

/** An amount, not the question's own, in a sentence that gives the kind asked a noun saying how many. */
function countedByNoun(text: string, kinds: readonly string[], asked: ReadonlySet<string>): boolean {
  const stems = (text.match(/[\p{L}-]+/gu) ?? []).map((word) => stemWord(word.toLowerCase()));
  const counted = stems.some(
    (stem, i) =>
      COUNT_NOUNS.has(stem) &&
      (kinds.includes(stems[i - 1] ?? '') ||
        (stems[i + 1] === 'of' &&
          (kinds.includes(stems[i + 2] ?? '') || kinds.includes(stems[i + 3] ?? '')))),
  );
  // A year ("by 1562") is no amount.
  return (
    counted &&
    [...text.matchAll(NUMBER)].some(
      (m) => isNew(m[0], asked) && isAmount(text, m.index, m[0]) && !YEAR.test(m[0].replace(/[.,]+$/, '')),
    )
  );
}

// A sentence opening with a number and a verb in the past: "Four thousand emigrated to …".
const NUMBER_SUBJECT = new RegExp(
  `^(?:(?:about|some|nearly|around|over|more than)\\s+)?((?:${NUMERAL})(?:\\s+(?:${NUMBER_WORDS}))*)\\s+(\\p{Ll}+ed)\\b`,
  'iu',
);

/**
 * A sentence whose subject is a number alone, then what they did: "Four thousand emigrated to the
 * North American colonies" counts the ones the sentences before it speak of (the question's kind
 * must stand near, as the names check sees to).
 */
function countsBySubject(text: string, asked: ReadonlySet<string>, lexicon: Lexicon): boolean {
  const match = NUMBER_SUBJECT.exec(text);
  if (!match || !isNew(match[1], asked)) return false;
  const word = (match[2] ?? '').toLowerCase();
  const parts = lexicon.wordPartsOfSpeech(word, stemWord(word)) ?? '';
  return parts.includes('v') && !parts.includes('n');
}

const NUMBER_WORD = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS})$`, 'i');

/**
 * The kind word right after a word of its own that the question does not hold, which tells which
 * one: "the information and communications technology sector" for "which sector", "the silk
 * industry" for "what industry" (not "the Wars of Religion" for "what religion": no word of its own).
 */
function modifiedKind(
  text: string,
  kinds: readonly string[],
  asked: ReadonlySet<string>,
  lexicon: Lexicon,
): boolean {
  const words = text.match(/[\p{L}\d][\p{L}\p{M}\d'’-]*/gu) ?? [];
  return words.some((word, i) => {
    const before = words[i - 1];
    // The kind is a common noun, written in lower case ("Kaja Kallas" is a name, not a kallas).
    if (before === undefined || !/^\p{Ll}/u.test(word) || !kinds.includes(stemWord(word))) return false;
    const lower = before.toLowerCase();
    const stem = stemWord(lower);
    if (STOP_WORDS.has(lower) || NUMBER_WORD.test(lower) || asked.has(stem)) return false;
    // A noun before it ("technology sector") or a name ("the Saar settlement"), not a describing
    // word ("rounded arches": what kind, which "what kind of" asks, not which one) nor a count.
    return (i > 1 && /^\p{Lu}/u.test(before)) || (lexicon.wordPartsOfSpeech(lower, stem) ?? '').includes('n');
  });
}

/**
 * The kind word standing with a new name or what it is of: "the island of Mainau", "a tradition of
 * singing", "Lake Constance", "the Rhine river".
 */
function namesKind(
  text: string,
  kinds: readonly string[],
  asked: ReadonlySet<string>,
  isKind: (stem: string, kind: string) => boolean = () => false,
): boolean {
  for (const match of text.matchAll(KIND_AND_NAME)) {
    const [kind, name] = match[1]
      ? [match[1], match[2]]
      : match[3]
        ? [match[4], match[3]]
        : match[5]
          ? [match[5], match[6]]
          : [match[7], match[8]];
    const stem = stemWord((kind ?? '').toLowerCase());
    if (
      (kinds.includes(stem) || kinds.some((k) => isKind(stem, k))) &&
      // No word of the name is the question's ("the frigate INS Trikand" names the ship asked
      // about), and a capitalised "The" is no name.
      !(name ?? '').split(/\s+/).some((word) => asked.has(stemWord(word.toLowerCase()))) &&
      !STOP_WORDS.has((name ?? '').toLowerCase())
    )
      return true;
  }
  return false;
}

// "The signing of the partnership is a milestone": the word before "of", and the subject after it,
// right before the copula.
const OF_SUBJECT_IS = new RegExp(
  String.raw`([\p{L}'’-]+)\s+of\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+${IS_DESCRIBED}`,
  'giu',
);

// Each "X of Y is" of a text, as the stems of X and of Y's words.
const ofPhrases = cachedByText((text) =>
  [...text.matchAll(OF_SUBJECT_IS)].map((m): [string, string[]] => [
    stemWord((m[1] ?? '').toLowerCase()),
    (m[2] ?? '').split(/\s+/).map((word) => stemWord(word.toLowerCase())),
  ]),
);

/**
 * Whether the sentence's "X is a …" says it of another thing than X: "the signing of X is a …"
 * describes the signing, not X (unless the signing is what is asked about).
 */
function ofSubjectIs(text: string, subject: readonly string[]): boolean {
  return ofPhrases(text).some(
    ([what, of]) => !subject.includes(what) && of.some((stem) => subject.includes(stem)),
  );
}

/**
 * "What is the Strategic Compass?", "Who is Kaja Kallas?": the sentence names the subject and
 * says what it is ("X is a …", "X, a …", "known as"), or (`byTitle`) sets the name in a longer
 * title ("EU High Representative … Kaja Kallas").
 */
function describes(sentence: CueSentence, subject: readonly string[], byTitle = true): boolean {
  if (!subject.some((stem) => sentence.terms.includes(stem))) return false;
  // The comma that closes a phrase opening the sentence ("Through the Strategic Compass, the EU
  // committed …") sets off no description of what it names.
  const text = sentence.text.replace(FRONTED, '');
  if ((DEFINITION.test(text) && !ofSubjectIs(sentence.text, subject)) || GLOSS.test(sentence.text))
    return true;
  // A longer title says what a person is; what someone says a thing is, they say in words.
  return (
    byTitle &&
    nameRuns(sentence.text).some((run) => {
      const named = run.filter((stem) => subject.includes(stem)).length;
      return named > 0 && run.length > named + 1;
    })
  );
}

/**
 * Whether the sentence opens with the thing asked about as its subject and goes on with what it
 * does, in the present: "Fleet support ships carry fuel, fresh water …" says what a fleet support
 * ship is by what it does.
 */
function saysWhatItDoes(
  text: string,
  subject: readonly string[],
  isVerb: (stem: string) => boolean,
): boolean {
  const { words, stems } = stemmedWords(text);
  let at = DETERMINERS.has((words[0] ?? '').toLowerCase()) ? 1 : 0;
  const from = at;
  while (at < words.length && at - from < MAX_SUBJECT_OPENING && subject.includes(stems[at] ?? '')) at++;
  const verb = words[at] ?? '';
  return (
    at > from &&
    /^\p{Ll}+$/u.test(verb) &&
    !STOP_WORDS.has(verb) &&
    /s$/.test(verb) !== /s$/.test(words[at - 1] ?? '') &&
    isVerb(stems[at] ?? '')
  );
}
// How many words of the thing asked about may open such a sentence.
const MAX_SUBJECT_OPENING = 4;

// A sentence's words with their stems (a possessive ending aside), split once per text: the same
// sentences come back question after question.
const stemmedWords = cachedByText((text) => {
  const words = text.match(/[\p{L}\d][\p{L}\p{M}\d'’-]*/gu) ?? [];
  return { words, stems: words.map((word) => stemWord(word.toLowerCase().replace(/['’]s$/, ''))) };
});
// How many words before its verb a doer's name may end: "Kallas on Tuesday urged".
const DOER_REACH = 4;

/**
 * Whether the sentence names someone, not asked about, as the doer of one of its verbs `doers`:
 * a capitalised word ending within a few words before an active use ("EU High Representative Kaja
 * Kallas on Tuesday urged"), or after "by" following a passive one ("are signed by the EU's High
 * Representative"). "Since the two sides signed" names no one.
 */
function doerNamed(text: string, doers: readonly string[], asked: ReadonlySet<string>): boolean {
  const { words, stems } = stemmedWords(text);
  const named = (k: number) => {
    const word = words[k] ?? '';
    return (
      k > 0 && /^\p{Lu}/u.test(word) && !asked.has(stems[k] ?? '') && !STOP_WORDS.has(word.toLowerCase())
    );
  };
  return stems.some((stem, i) => {
    // A noun of the same stem is no use of the verb: "its client states".
    const nounUse = [1, 2].some((back) => DETERMINERS.has(words[i - back]?.toLowerCase() ?? ''));
    if (!doers.includes(stem) || nounUse) return false;
    const passive = BE_FORMS.has(words[i - 1]?.toLowerCase() ?? '') || words[i + 1]?.toLowerCase() === 'by';
    if (passive) {
      const by = words.findIndex((word, k) => k > i && k <= i + 3 && word.toLowerCase() === 'by');
      return by > 0 && [by + 1, by + 2, by + 3, by + 4].some(named);
    }
    for (let k = i - 1; k >= Math.max(1, i - DOER_REACH); k--) if (named(k)) return true;
    return false;
  });
}
