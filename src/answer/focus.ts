import { stemWord, type Token } from '../text/analyzer.ts';
import { NUMBER_NAMES } from '../text/number-names.ts';
import { BE_FORMS, DETERMINERS, INDEFINITE_ARTICLES, PREPOSITIONS } from '../text/stop-words.ts';
import { anotherNameAt, isKeywords, type QuestionType } from './question-type.ts';

/**
 * What an answer must supply, beyond repeating the question's words: a date for "when", a number
 * for "how many", a number with its unit for "how long", a person other than the ones named for
 * "who", a place for "where", a reason for "why", a thing of the named kind for "which country", a
 * description for "what is X", a list for "what does X include", the named person's own words for
 * "what did X say". A sentence that only echoes the question's names supplies none of these, and
 * loses to one that does.
 *
 * @module
 */
export type FocusKind =
  | 'date'
  | 'number'
  | 'measure'
  | 'person'
  | 'place'
  | 'reason'
  | 'category'
  | 'definition'
  | 'list'
  | 'name'
  | 'speech'
  | 'event'
  | 'none';

/** Who a speech question asks to have spoken: see `askedSpeaker`. */
export interface Speaker {
  stems: readonly string[];
  /** A person ("Emmanuel Macron"), not a country or an organisation ("Germany", "NATO"). */
  person: boolean;
  /**
   * People named by a common noun for them ("the three service chiefs", "the minister"), at the
   * question word `position`: their words are a sentence that says the noun (or another name the
   * question's concept has for it) and has a speaker, or sets the noun before a verb of speech.
   */
  common?: boolean;
  position?: number;
  /**
   * For a person: the words before their name that say who they are ("EU ambassador" in "the EU
   * ambassador Delphin"): no speaker of those words is the person asked about.
   */
  described?: readonly string[];
  /**
   * For a person: the stems of every name the question's concept has for them ("kulkarni",
   * "tejaswini"), which their words come with; another name the question holds ("the EU" in
   * "what did Kulkarni say about the India-EU partnership") is no speaker of them.
   */
  forms?: readonly string[];
}

export interface Focus {
  kind: FocusKind;
  /**
   * For `category`, and for `speech` asked of a kind ("what event does Kallas say …"): stems of the
   * noun after "which"/"what" ("which countries" → "countri").
   */
  category: readonly string[];
  /**
   * For `definition`: stems of what is to be described ("what is the Strategic Compass"); for
   * `event`: of what something happened to ("what happened to the rate of flow"); for `speech`:
   * of what the person is asked to have described ("how did Kallas describe the signing").
   */
  subject: readonly string[];
  /** For `category`: the question asks what sort of thing it is ("what kind of arches"). */
  sort?: boolean;
  /** For `name`: the question asks for another name of `subject` ("another term for X"). */
  alias?: boolean;
  /** For `definition`: the question asks what a word means ("what does Aspides mean"), a gloss of it. */
  gloss?: boolean;
  /**
   * For `number`: the question asks how many or how much, an amount, which a rank alone ("the
   * third") does not give; "what number" asks for either, and a rank of the thing counted ("the
   * third Asian country" for "how many Asian countries") says how many there are at least.
   */
  amount?: boolean;
  /**
   * For `number`: the question asks "how much", a quantity of something, which a count of things
   * in words ("two ancient civilizations") does not give; "two thirds", "one ninth", "120 m" do.
   */
  mass?: boolean;
  /**
   * For `number`: "how much did the port call cost", "how much did the EU pay": a word of the
   * question WordNet defines by money, so only an amount of money answers ("about 85,000 euros"),
   * not a count ("a crew of about 260").
   */
  money?: boolean;
  /**
   * For `category`: a kind WordNet names with "percentage" ("what share of the joint venture"), which
   * a percentage gives ("51 per cent").
   */
  proportion?: boolean;
  /**
   * The person, country or organisation whose words are asked for, when the question names one
   * before its speech verb ("what did Emmanuel Macron say", a `speech` focus), or people by a
   * word for them ("what did the chiefs say", whatever the focus): see `askedSpeaker`.
   */
  speaker?: Speaker;
  /** For `date`: "what time (of day)", which only a time of day answers ("at night", "at 10 am"), not "on Tuesday". */
  clock?: boolean;
  /**
   * For `name`: the stem of the people whose names are asked ("the names of the three service
   * chiefs": chief), which a sentence gives beside the word for them, not by naming anyone.
   */
  namesOf?: string;
  /** For `speech`: the question asks for a quotation ("any quote from Kallas"), not words reported. */
  quote?: boolean;
  /** For `date`: "what day of the week", which only the day's name answers ("on Tuesday"). */
  weekday?: boolean;
  /** For `date`: "by when", which a deadline answers too ("by the end of the year"). */
  deadline?: boolean;
  /** For `measure`: "how far", which the place something reached answers too ("as far as Abernethy"). */
  reach?: boolean;
  /** For `speech`: stems of what the person is asked to have spoken about ("what did Jaiswal say about the trade deal"). */
  about?: string[];
  /**
   * For `measure`: "how long has X been …", which the date it began answers as well as a duration
   * ("adopted in March 2022", "since 1998").
   */
  since?: boolean;
  /**
   * For `measure`: "how long was X ambassador", "how long did the rule last", which the years it
   * ran from and to answer as well as a duration ("from 2011 to 2015").
   */
  spanned?: boolean;
  /** For `measure`: "how old is X", which the year it began answers as well as an age. */
  aged?: boolean;
  /** For `reason`: "what are they for", what a thing is for, which "to" and a verb say ("a framework to deepen …"). */
  purpose?: boolean;
  /** For `number`: "how often", answered by a frequency ("every year", "twice a month", "annually"). */
  frequency?: boolean;
  /**
   * For `category`: the question asks for members of the kind ("what is one supplementary source of
   * EU law"), which a sentence listing them gives ("… sources … include case law").
   */
  members?: boolean;
  /**
   * "How big a deal is it", "does Kallas think the signing is a big deal", "how significant is the
   * pact": how much something matters, which a word of importance says ("a milestone", "a
   * significant step"; `Lexicon.isImportance`).
   */
  importance?: boolean;
  /**
   * For `number`: the stem of what "how much … per X" asks the amount for each of ("per vessel",
   * "per year"), which a sentence must say the amount is for ("a vessel", "each", "annually").
   */
  per?: string;
  /**
   * For `person`: the question asks for a party to something done with or against someone
   * ("who has the EU signed such deals with", "who did they fight against"), which a country or
   * an organisation may be, not only a person.
   */
  party?: boolean;
  /**
   * For `person`, a question asking who did something ("who signs these partnerships"): the
   * verb's stems in its forms. A sentence holding the verb answers with a name as its doer.
   */
  doers?: readonly string[];
  /**
   * For `person`, "who is the commanding officer of INS Trikand": the stem of the office or role
   * the person asked for holds (officer), which the answer says they hold: a sentence that only
   * names the ship does not.
   */
  role?: string;
  /**
   * For `date`: the unit of time the question names as the kind it asks for ("what century", "in
   * what era"), a stem: the answer gives one ("the 10th century", "the 1890s") and need not say it.
   */
  unit?: string;
  /** For `date`: "what exact date", "which precise day": a day of the month, not only the month. */
  exact?: boolean;
}

const SORTS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'form', 'forms', 'variety']);

const BE = new Set(['is', 'are', 'was', 'were']);
// What ends the words naming a role: "the commanding officer of …", "the EU ambassador to …".
const ROLE_ENDS = new Set([
  'of',
  'for',
  'at',
  'in',
  'to',
  'on',
  'from',
  'with',
  'during',
  'before',
  'after',
  'ahead',
  'who',
  'that',
]);
const BY_TYPE: Partial<Record<QuestionType, FocusKind>> = {
  when: 'date',
  number: 'number',
  measure: 'measure',
  where: 'place',
  why: 'reason',
  who: 'person',
};
// The words that open a clause saying which thing is meant: a subject pronoun or a relative word.
const RELATIVE_OPENERS = new Set([
  'i',
  'you',
  'he',
  'she',
  'it',
  'we',
  'they',
  'that',
  'which',
  'who',
  'whom',
  'whose',
]);
// A definition question describes a thing in a few words and asks nothing of it ("what is X doing").
const MAX_SUBJECT_WORDS = 4;
const verbLike = (token: Token) => /(?:ing|ed)$/i.test(token.surface);
/** Stems of the kind named first in `tokens`: up to two words, ending before a verb or a name. */
function kindAfter(tokens: readonly Token[]): string[] {
  const kind: string[] = [];
  for (const token of tokens) {
    if (token.name || verbLike(token) || kind.length === 2) break;
    kind.push(token.stem);
  }
  return kind;
}
// Verbs that say one thing holds others: "what does the partnership cover" asks for what it
// holds, which a sentence gives as a list ("areas such as …", "A, B and C").
const CONTAINS = new Set(['includ', 'cover', 'involv', 'compris', 'contain', 'encompass', 'entail', 'span']);

// "what is the (German) name of X", "what was X called" ask for a name; "what century did the
// name of X come from" asks for a century, so the name must be what the question word asks.
const NAMED =
  /\b(?:what|which)(?:\s+(?:is|was|are|were)|['’]s)?\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?names?\s+(?:of|for)\b|\bwhat\b.*\b(?:called|named)\s*\??\s*$/iu;

// "what does X mean", "what does X stand for", "what is the (English) meaning / translation of X".
const MEANING =
  /^\s*(?:what\s+(?:does|do|did)\s+(?:the\s+(?:name|word|term)\s+)?(.+?)\s+(?:mean|stand\s+for|translate\s+(?:to|as|into))|what\s+is\s+the\s+(?:\p{L}+\s+)?(?:meaning|translation)\s+of\s+(?:the\s+(?:name|word|term)\s+)?(.+?))\s*[?.!]*\s*$/iu;

// "what does Atalanta do": what X is for, which a sentence saying what X is tells ("Atalanta is
// the EU's anti-piracy mission"); the present only, as "what did Kallas do" asks for her acts.
const DOES = /^\s*what\s+(?:does|do)\s+(.+?)\s+do\s*[?.!]*\s*$/i;

// "what happened to X (during Y)": an event that befell X, which the answer names.
const HAPPENED =
  /\bwhat\s+(?:has\s+|had\s+|will\s+|would\s+)?happen(?:s|ed)?\s+(?:to|with)\s+(.+?)(?=\s+(?:during|in|at|after|before|when|since|with|on|by|over|under|through|following)\b|\s*[?.!]|\s*$)/i;

// "what century", "which year": a time, answered by a date.
const TIMES = new Set(['centuri', 'year', 'decad', 'month', 'dai', 'date', 'era']);

// Words that ask a date to the day: "what exact date", "which precise day".
const PRECISION = new Set(['exact', 'precise', 'specific']);

/** The focus for a kind named after "which"/"what": a date for a unit of time, else that kind. */
function categoryOf(named: readonly Token[]): Focus {
  const stem = named[0]?.stem ?? '';
  if (named.length === 1 && TIMES.has(stem)) return { kind: 'date', category: [], subject: [], unit: stem };
  return { kind: 'category', category: named.map((t) => t.stem), subject: [] };
}

// Words that ask what someone said or thinks (as typed: question-shaping words keep their words whole).
const SPEECH = new Set(
  `say said says tell told describe described quote quotes quoted comment comments commented remark
  remarks statement statements think thought react reacted reaction respond responded response urge
  urged stress stressed warn warned explain explained view views opinion call calls according`
    .split(/\s+/)
    .filter(Boolean),
);
// "what did Kallas say the signing was": the thing said to be something, before the copula at the end.
const SAID_TO_BE =
  /\b(?:say|said|says|think|thinks|thought|believe|believes)\s+(?:that\s+)?(.+?)\s+(?:is|was|were|are|will be|would be)\s*\??\s*$/i;
// Words that ask for a quotation.
const QUOTING = new Set(['quote', 'quotes', 'quotation', 'quotations', 'quoted']);
// Speech that describes something: "how did Kallas describe the signing", "what did she call it".
const DESCRIBING = new Set([
  'describe',
  'described',
  'call',
  'calls',
  'characterise',
  'characterize',
  'characterised',
  'characterized',
  'term',
]);

export function focusOf(tokens: readonly Token[], type: QuestionType, question: string): Focus {
  const read = focusOfWords(tokens, type, question);
  // "what did Kallas say about X", "how did she describe it", "what are Kallas's views": the named
  // person's own words.
  const asksSpeech =
    (read.kind === 'none' || read.kind === 'definition' || read.kind === 'category') &&
    tokens.some((t) => SPEECH.has(t.word) || DESCRIBING.has(t.word)) &&
    tokens.some((t) => t.name && !t.stop);
  if (!asksSpeech) return read;
  // What the words describe: the question's other words ("the signing"), unless it asks "call for".
  const describing = tokens.findIndex((t) => DESCRIBING.has(t.word));
  const described =
    describing >= 0 && tokens[describing + 1]?.word !== 'for'
      ? tokens.slice(describing + 1).filter((t) => !t.stop && !t.part && !t.name)
      : [];
  // "what did Kallas say the signing was": what she says it is.
  const said =
    SAID_TO_BE.exec(question)?.[1]
      ?.toLowerCase()
      .split(/[^\p{L}\p{N}'’-]+/u) ?? [];
  const saidToBe = tokens.filter((t) => !t.stop && !t.part && !t.name && said.includes(t.word));
  // "what is the signing according to Kallas": what she says the signing is.
  const subject =
    read.kind === 'definition'
      ? read.subject
      : saidToBe.length > 0
        ? saidToBe.map((t) => t.stem)
        : described.map((t) => t.stem);
  // "what did Jaiswal say about the trade deal": what the words must be about.
  const aboutAt = tokens.findIndex((t) => t.word === 'about');
  const after = tokens.slice(aboutAt + 1);
  // Not a clause that says which: "about the parade she watched the day before" is about the parade.
  const clause = after.findIndex(
    (t, i) => RELATIVE_OPENERS.has(t.word) && after.slice(0, i).some((before) => !before.stop),
  );
  const about =
    aboutAt >= 0
      ? (clause >= 0 ? after.slice(0, clause) : after)
          // Not a question-shaping word: "about where the talks will take place" is about the talks.
          .filter((t) => !t.stop && !t.part && !t.name && !t.light)
          .map((t) => t.stem)
      : [];
  // "any quote from Kallas", "kallas quote?": her words as the articles quote them.
  const quote = tokens.some((t) => QUOTING.has(t.word));
  return {
    kind: 'speech',
    // "what event does Kallas say she saw": the kind asked for, which her words need not name.
    category: read.kind === 'category' ? read.category : [],
    subject,
    ...(about.length > 0 ? { about } : {}),
    ...(quote ? { quote } : {}),
  };
}

/**
 * Who a speech question asks to have spoken: the run of names right before its speech verb ("what
 * did Emmanuel Macron say", "what did Germany say about it", "what has NATO said"), when it names a
 * person (a word English does not use, as given names and surnames mostly are: "Subianto", or
 * "Macron", which WordNet holds but its sense-tagged corpus never saw), one named
 * thing (WordNet's instances: "Germany") or an acronym in capitals ("NATO"). "What did the Strategic
 * Compass call for" names a document, whose words the sources report without a speaker. With no
 * name there, the word right before the verb when the sources have it as a person ("chiefs",
 * "minister"). Undefined when the question names none of these.
 */
export function askedSpeaker(
  tokens: readonly Token[],
  isWord: (word: string) => boolean,
  isInstance: (word: string) => boolean,
  isPersonWord: (word: string) => boolean,
): Speaker | undefined {
  const verb = tokens.findIndex((t) => SPEECH.has(t.word) || DESCRIBING.has(t.word));
  // "which country signed first, according to Rajan": the speaker is named after "according to".
  const according = tokens[verb]?.word === 'according' && tokens[verb + 1]?.word === 'to';
  if (verb < 0 || (verb === 0 && !according)) return undefined;
  // Where the speaker's words start ("according to (the) X") or end ("X said").
  const from = tokens[verb + 2]?.word === 'the' ? verb + 3 : verb + 2;
  // "what did the admiral in Goa say": a name after a preposition says where (or of what) the
  // speaker is, not who: the speaker's words end before it.
  let end = verb;
  if (!according) {
    let i = verb - 1;
    while (i >= 0 && tokens[i]?.name && !PLACING.has(tokens[i]?.word ?? '')) i--;
    if (i >= 0 && i < verb - 1 && PLACING.has(tokens[i]?.word ?? '')) end = i;
  }
  const run: Token[] = [];
  if (according) for (let i = from; i < tokens.length && tokens[i]?.name; i++) run.push(tokens[i] as Token);
  else for (let i = end - 1; i >= 0 && tokens[i]?.name; i--) run.unshift(tokens[i] as Token);
  const last = run.at(-1);
  if (last) {
    const stems = run.map((t) => t.stem);
    // A person is named by the words after the last English word of the run, their title: "the
    // EU ambassador Delphin" is Delphin, whose words the EU Delegation's statement is not.
    if (run.some((t) => !isWord(t.word))) {
      const title = run.findLastIndex((t) => isWord(t.word));
      return title >= 0 && title < run.length - 1
        ? { stems: stems.slice(title + 1), person: true, described: stems.slice(0, title + 1) }
        : { stems, person: true };
    }
    const acronym = last.surface.length > 1 && last.surface === last.surface.toUpperCase();
    if (isInstance(last.word) || acronym) return { stems, person: false };
  }
  // "what did the three service chiefs say": people by the word for them (which the articles may
  // capitalise: "service Chiefs").
  // After "according to (the)", the head of the words that follow ("the defence minister").
  let head = from;
  while (according && tokens[head + 1] && !tokens[head + 1]?.stop) head++;
  const before = according ? tokens[head] : tokens[end - 1];
  // "which brokerage does the analyst quoted on the deal work at": a participle after the noun
  // says which analyst, and the question asks something else of them than their words.
  const which =
    !according && /ed$/.test(tokens[verb]?.word ?? '') && PARTICIPLE_LINKS.has(tokens[verb + 1]?.word ?? '');
  return before && !which && !before.stop && !before.light && isPersonWord(before.word)
    ? { stems: [before.stem], person: false, common: true, position: before.position }
    : undefined;
}

// The prepositions before a name that place a speaker or say whose they are: "the admiral in Goa",
// "the ambassador of France", "the official from Lisbon".
const PLACING = new Set(['in', 'at', 'from', 'of', 'for']);

// What follows a participle that says which person is meant: "the analyst quoted on the deal".
const PARTICIPLE_LINKS = new Set(['on', 'in', 'by', 'about', 'at', 'from', 'for']);

// The auxiliaries of the present perfect: "how long has it been", "how long have they".
const PERFECT = new Set(['has', 'have']);
const PRESENT_BE = new Set(['is', 'are']);
const PAST = new Set(['was', 'were', 'did', 'had']);

// The participles that say what a thing is for: "what are they used for".
const MEANT_FOR = new Set(['used', 'meant', 'supposed', 'designed', 'intended', 'needed']);
// How many words may stand between "be a" and "for": "be a new framework for".
const MAX_PURPOSE_NOUN = 3;

/**
 * Whether the question asks what a thing is for, by "for" at its end: "what does the EU say these
 * partnerships are for", "what is the compass used for", "what are they supposed to be a
 * framework for"; not "what did Kallas thank India for" nor "what does ANI stand for".
 */
function asksPurpose(words: readonly Token[], type: QuestionType): boolean {
  const n = words.length;
  if (type !== 'other' || words[n - 1]?.word !== 'for') return false;
  const before = words[n - 2]?.word ?? '';
  if (BE_FORMS.has(before) || MEANT_FOR.has(before)) return true;
  // "what are these partnerships for": "what", a form of "be" and its subject.
  if (
    words[0]?.word === 'what' &&
    BE_FORMS.has(words[1]?.word ?? '') &&
    !words.slice(2, -1).some((t) => t.stop && !DETERMINERS.has(t.word))
  )
    return true;
  for (let j = n - 3; j >= Math.max(1, n - 2 - MAX_PURPOSE_NOUN); j--)
    if (INDEFINITE_ARTICLES.has(words[j]?.word ?? '') && BE_FORMS.has(words[j - 1]?.word ?? '')) return true;
  return false;
}

function focusOfWords(tokens: readonly Token[], type: QuestionType, question: string): Focus {
  const words = tokens.filter((t) => !t.part);
  const at = words.findIndex((t) => ['what', 'which', 'who', 'whom'].includes(t.word));
  const none: Focus = { kind: BY_TYPE[type] ?? 'none', category: [], subject: [] };
  // "what are these partnerships for": what a thing is for, a reason of its own.
  if (asksPurpose(words, type)) return { kind: 'reason', category: [], subject: [], purpose: true };
  // "kallas?", "strategic compass": a name alone asks what or who it is.
  const content = words.filter((t) => !t.stop);
  if (
    type === 'other' &&
    isKeywords(words.map((t) => t.word)) &&
    content.length > 0 &&
    content.length <= MAX_SUBJECT_WORDS &&
    content.every((t) => t.name)
  )
    return { kind: 'definition', category: [], subject: content.map((t) => t.stem) };
  // "how many service chiefs": a count of chiefs.
  const many = words.findIndex((t, i) => t.word === 'many' && words[i - 1]?.word === 'how');
  const amount =
    type === 'number' &&
    words.some((t, i) => (t.word === 'many' || t.word === 'much') && words[i - 1]?.word === 'how');
  if (amount) none.amount = true;
  // "how much is India paying per vessel": a rate, not "per the article" or "per Kallas".
  const per = words.findIndex((t) => t.word === 'per');
  const unit = words[per + 1];
  if (amount && per >= 0 && unit && !unit.stop && !unit.name) none.per = unit.stem;
  if (amount && words.some((t, i) => t.word === 'much' && words[i - 1]?.word === 'how')) none.mass = true;
  if (words.some((t, i) => t.word === 'often' && words[i - 1]?.word === 'how')) none.frequency = true;
  // "what time (of day) did they gather": a time of day answers ("at night", "at 10 am"), not a day.
  if (
    none.kind === 'date' &&
    words.some((t, i) => t.word === 'time' && ['what', 'which'].includes(words[i - 1]?.word ?? ''))
  )
    none.clock = true;
  // "by when did they want to conclude it": a deadline answers ("by the end of the year").
  if (none.kind === 'date' && words.some((t, i) => t.word === 'when' && words[i - 1]?.word === 'by'))
    none.deadline = true;
  // "what day of the week": the day's name answers ("on Tuesday"), not "today".
  if (
    none.kind === 'date' &&
    words.some(
      (t, i) => t.word === 'day' && words[i + 1]?.word === 'of' && /^weeks?$/.test(words[i + 3]?.word ?? ''),
    )
  )
    none.weekday = true;
  // "on what date": a day on the calendar answers, not "next year".
  if (
    none.kind === 'date' &&
    words.some((t, i) => /^dates?$/.test(t.word) && ['what', 'which'].includes(words[i - 1]?.word ?? ''))
  )
    none.unit = 'date';
  // "what exact date", "which precise day": a day of the month answers, not the month alone.
  if (
    none.kind === 'date' &&
    words.some((t, i) => /^(?:dates?|days?)$/.test(t.word) && PRECISION.has(words[i - 1]?.word ?? ''))
  ) {
    none.unit = 'date';
    none.exact = true;
  }
  // "how long has the Compass been around": how long something has held is told by when it began.
  if (
    type === 'measure' &&
    words.some(
      (t, i) => t.word === 'long' && words[i - 1]?.word === 'how' && PERFECT.has(words[i + 1]?.word ?? ''),
    )
  )
    none.since = true;
  // "how long was he ambassador", "how long did the siege last": by the years it ran, too.
  if (
    type === 'measure' &&
    words.some(
      (t, i) => t.word === 'long' && words[i - 1]?.word === 'how' && PAST.has(words[i + 1]?.word ?? ''),
    )
  )
    none.spanned = true;
  // "how old is the Compass": by the year it began ("adopted in March 2022"); not "how old was he when …".
  if (
    type === 'measure' &&
    words.some(
      (t, i) => t.word === 'old' && words[i - 1]?.word === 'how' && PRESENT_BE.has(words[i + 1]?.word ?? ''),
    )
  )
    none.aged = true;
  // "how far did William ride": a distance, or the place it reached ("as far as Abernethy").
  if (type === 'measure' && words.some((t, i) => t.word === 'far' && words[i - 1]?.word === 'how'))
    none.reach = true;
  if (type === 'who' && words.some((t) => t.word === 'with' || t.word === 'against')) none.party = true;
  if (type === 'number' && many >= 0) {
    const counted: Token[] = [];
    const after = words.slice(many + 1);
    // "how many piracy related incidents has …": a participle between a word of the kind and a
    // plural ("related incidents") modifies what is counted; it is not the question's verb, nor
    // one of the two words the kind may have.
    let modifiers = 0;
    for (const [k, token] of after.entries()) {
      const next = after[k + 1];
      const modifying =
        verbLike(token) &&
        counted.length > 0 &&
        next !== undefined &&
        !next.stop &&
        !verbLike(next) &&
        /[^s]s$/i.test(next.surface);
      if (token.stop || (verbLike(token) && !modifying) || counted.length === 2 + modifiers) break;
      if (modifying) modifiers++;
      // "how many protestants live …": after a plural, a word that is none is the verb.
      if (counted.length === 1 && /[^s]s$/i.test(counted[0]?.surface ?? '') && !/s$/i.test(token.surface))
        break;
      counted.push(token);
    }
    const head = counted.at(-1);
    if (head) return { ...none, category: [head.stem] };
  }
  if (at < 0) return none;
  // "who's X" is "who is X".
  const contracted = new RegExp(`\\b${words[at]?.surface ?? ''}['’]s\\b`, 'i').test(question);
  const after = words.slice(at + 1);
  // "who was with Rajnath at the meeting": a preposition after the copula asks who stood there,
  // not what Rajnath is.
  const said = contracted
    ? after
    : BE.has(after[0]?.word ?? '') && !PREPOSITIONS.has(after[1]?.word ?? '')
      ? after.slice(1)
      : undefined;
  // "what is the signing according to Kallas": whose words it is in is no part of what is described.
  const according = said?.findIndex((t) => t.word === 'according') ?? -1;
  const described = according >= 0 ? said?.slice(0, according) : said;
  // "what is one of the Normans' exports", "what are some supplementary sources of EU law", "what
  // is an example of a road vehicle": members of a kind, which a sentence listing them gives
  // ("Supplementary sources of European Union law include case law …").
  const kind = described && words[at]?.word === 'what' ? membersOf(described) : undefined;
  if (kind) return { kind: 'category', category: [kind.stem], subject: [], members: true };
  // "what is another term for kick back", "what other name is X known by": another name of X,
  // said beside X itself.
  const another = anotherNameAt(tokens);
  if (another >= 0) {
    const subject = tokens.slice(another + 1).filter((t) => !t.stop && !t.part && !t.light);
    if (subject.length > 0)
      return { kind: 'name', category: [], subject: subject.map((t) => t.stem), alias: true };
  }
  // "what is the name of X", "what was X called": a name.
  if (NAMED.test(question)) return { kind: 'name', category: [], subject: [] };
  // The stems of the words a pattern caught ("what happened to X": X), when they are a few.
  const subjectOf = (caught: string | undefined) => {
    if (caught === undefined) return undefined;
    const named = new Set(caught.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
    const subject = words.filter((t) => !t.stop && named.has(t.word)).map((t) => t.stem);
    return subject.length > 0 && subject.length <= MAX_SUBJECT_WORDS ? subject : undefined;
  };
  const happened = HAPPENED.exec(question);
  const befell = subjectOf(happened ? (happened[1] ?? '') : undefined);
  if (befell) return { kind: 'event', category: [], subject: befell };
  // "what does Aspides mean", "what does SDP stand for": what the word says, a gloss of it.
  const meaning = MEANING.exec(question);
  const glossed = subjectOf(meaning ? (meaning[1] ?? meaning[2] ?? '') : undefined);
  if (glossed) return { kind: 'definition', category: [], subject: glossed, gloss: true };
  const does = DOES.exec(question);
  const doer = subjectOf(does ? (does[1] ?? '') : undefined);
  if (doer) return { kind: 'definition', category: [], subject: doer };
  // "what is X" / "who is X": a description of X.
  if (described) {
    // "what is the strategic compass actually about": an adverb of the asking is no word of X.
    const subject = described.filter((t) => !t.stop && !(t.light && /ly$/.test(t.word)));
    // "who was a prominent Huguenot in Holland", "who was the inventor of the vacuum" ask for a
    // person who is one, not what one is: "who is X" describes X when X is named ("Kallas", "the
    // High Representative").
    if (
      (words[at]?.word === 'who' || words[at]?.word === 'whom') &&
      ['a', 'an', 'the'].includes(described[0]?.word ?? '') &&
      subject[0] !== undefined &&
      !subject[0].name
    ) {
      // The words up to "of", "for", "at" …: the role, by its last word ("the EU ambassador to …").
      const until = described.findIndex((t, i) => i > 0 && ROLE_ENDS.has(t.word));
      const head = (until < 0 ? described : described.slice(0, until)).findLast((t) => !t.stop && !t.part);
      return {
        kind: 'person',
        category: [],
        subject: [],
        ...(head && !head.name ? { role: head.stem } : {}),
      };
    }
    // "what is the largest city the Rhine runs through" picks one city out, as "which city" does.
    const ranked = subject[0]?.superlative ? kindAfter(subject.slice(1)) : [];
    if (ranked.length > 0) return { kind: 'category', category: ranked, subject: [] };
    // "what is the EU doing with it" asks what it does ("doing" is a stop word, so no verb below).
    const asksMore = described.some((t) => t.stop && [...BE, 'did', 'does', 'do', 'doing'].includes(t.word));
    if (
      subject.length > 0 &&
      subject.length <= MAX_SUBJECT_WORDS &&
      !asksMore &&
      !subject.some((t) => verbLike(t) && !DETERMINERS.has(described[described.indexOf(t) - 1]?.word ?? ''))
    ) {
      // "what are the areas of cooperation" asks for the areas, not for what an area is.
      const head = subject[0] as Token;
      if (!head.name && /[^s]s$/i.test(head.surface)) {
        return { kind: 'category', category: [head.stem], subject: [] };
      }
      return { kind: 'definition', category: [], subject: subject.map((t) => t.stem) };
    }
  }
  if (type === 'other' && words[at]?.word === 'what' && after.some((t) => CONTAINS.has(stemWord(t.word)))) {
    return { kind: 'list', category: [], subject: [] };
  }
  // "what's Kallas's job title" is "what is …": the words after "what's" are no kind of it.
  if (type === 'which' || (type === 'other' && words[at]?.word === 'what' && !contracted)) {
    // "what kind of arches": arches of some kind ("rounded arches") answer, not kinds.
    const sort = SORTS.has(after[0]?.word ?? '') && after[1]?.word === 'of';
    const named: Token[] = [];
    // "which two countries", "which 2 sides": the number counts the answers; the kind follows it.
    const counted = isCount(after[0]?.word ?? '') && after.length > 1 ? after.slice(1) : after;
    for (const token of sort ? after.slice(2) : counted) {
      // "what forms Lake Constance": a name after a common word is no part of a kind ("which
      // Founders Day" is one).
      if (
        token.stop ||
        verbLike(token) ||
        named.length === 2 ||
        (token.name && named.length > 0 && !named[0]?.name)
      )
        break;
      named.push(token);
    }
    // "What carries a significant amount …": a word before a determiner is a verb, not a kind; so
    // is a verb's -s form before a name or a preposition ("what flows after Bingen", "what forms
    // Lake Constance"; not "what banks are", "what part of France").
    const next = after[named.length];
    const following = next?.word ?? '';
    const verb =
      named.length === 1 && named[0]?.verbal === true && (next?.name === true || PREPOSITIONS.has(following));
    if (sort && named.length > 0)
      return { kind: 'category', category: named.map((t) => t.stem), subject: [], sort };
    if (named.length > 0 && !DETERMINERS.has(following) && !verb) return categoryOf(named);
    // "which judges heard the case", "what country won the cup": of two words before a determiner,
    // the second is the verb (a past or present no ending shows), the first the kind.
    if (named.length === 2 && DETERMINERS.has(following)) return categoryOf(named.slice(0, 1));
  }
  return none;
}

// A count small enough to be how many answers a question wants: "which two", "which 3".
const MAX_COUNT = 20;
export const isCount = (word: string) =>
  NUMBER_NAMES.slice(2).includes(word) ||
  (/^\d{1,2}$/.test(word) && Number(word) >= 2 && Number(word) <= MAX_COUNT);

// The words that ask for some members of a kind: "one of the", "some", "an example of", "examples of".
const MEMBERS = /^(?:one|some|a few|(?:an|one) examples?|examples)(?: of)?(?: the| a| an)?$/;

/**
 * The head noun of the kind whose members "what is one / some / an example of …" asks for, from the
 * words after the copula; undefined where they do not open so.
 */
function membersOf(said: readonly Token[]): Token | undefined {
  for (let n = 4; n >= 1; n--) {
    if (
      !MEMBERS.test(
        said
          .slice(0, n)
          .map((t) => t.word)
          .join(' '),
      )
    )
      continue;
    const kind: Token[] = [];
    for (const token of said.slice(n)) {
      if (token.stop || verbLike(token) || token.name) break;
      kind.push(token);
    }
    // Not a kind a clause then says ("one of the reasons that US production …"): that asks why.
    return RELATIVE_OPENERS.has(said[n + kind.length]?.word ?? '') ? undefined : kind.at(-1);
  }
  return undefined;
}
