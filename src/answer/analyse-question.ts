import { WORD_ACRONYM } from '../corpus/acronyms.ts';
import { type Glossary, type Name, SHORT_TERM_ACRONYM } from '../corpus/glossary.ts';
import { type Lexicon, phrasalKey, type Relation } from '../search/lexicon.ts';
import type { SearchIndex } from '../search/search-index.ts';
import { stemWord, type Token, tokenize } from '../text/analyzer.ts';
import type { Dictionary } from '../text/dictionary.ts';
import { literally } from '../text/literal.ts';
import { baseForms, irregularBase } from '../text/morphy.ts';
import { NUMBER_NAMES, TENS } from '../text/number-names.ts';
import { isSlip } from '../text/slips.ts';
import {
  BE_FORMS,
  DETERMINERS,
  FILLER_WORDS,
  INDEFINITE_ARTICLES,
  NAME_PARTICLES,
  OBJECT_PREPOSITIONS,
  PARTY_WORDS,
  PREPOSITIONS,
  STOP_WORDS,
  VERB_PARTICLES,
} from '../text/stop-words.ts';
import type { WordNeighbours } from '../text/word-neighbours.ts';
import { IMPORTANCE, PARTS_OF_SPEECH } from '../text/wordnet.ts';
import { askedSpeaker, type Focus, focusOf, isCount } from './focus.ts';
import { asksOrigin } from './origin.ts';
import { isSlotWord, QUESTION_WORDS, type QuestionType, questionType, YES_NO } from './question-type.ts';
import {
  checksClaim,
  fixQuestionWords,
  fixShapingWords,
  QUOTED_WORDS,
  unwrapQuestion,
} from './question-words.ts';
import type { Ranking } from './ranking.ts';
import { type TemporalOrder, temporalOrderOf } from './temporal-order.ts';

/**
 * A question becomes what it asks for (its type and focus: a date, a person, a kind of thing) and
 * a list of concepts: the things it is about, each with the ways a source may say it. A concept is
 * one word, or a run of words that is a glossary name ("foreign policy chief") or a compound
 * written apart ("counter terrorism"). Its alternatives are the words as typed (weight 1), the
 * joined or split compound, glossary names of the same thing, the corpus words WordNet relates to
 * it (same sense, derived form, broader or narrower term) and, for a word no source holds, the
 * closest known spelling; every other form weighs less than the words as typed. Each concept has a
 * role (a name, a number, a noun, a verb, a modifier, or a question-shaping word) that decides how
 * much its absence counts against a passage: a verb the article does not use must not veto it.
 *
 * @module
 */
export type AlternativeForm =
  | 'typed'
  | 'inflected'
  | 'split'
  | 'glossary'
  | 'typo'
  | 'associated'
  | Exclude<Relation, 'antonym'>;

/** A verb's own forms: as typed, an irregular form's base, a typo's fix; not a relative, nor a noun made from it. */
export const VERB_FORMS: ReadonlySet<AlternativeForm> = new Set<AlternativeForm>([
  'typed',
  'inflected',
  'typo',
]);

export interface Alternative {
  stems: readonly string[];
  weight: number;
  /** Where this form comes from: the words as typed, or another way a source may say them. */
  form: AlternativeForm;
  /** For a relative whose stem other corpus words share: the words it holds for (`Related.words`). */
  words?: readonly string[];
}

export type Role = 'name' | 'number' | 'noun' | 'verb' | 'modifier' | 'light';

export interface Concept {
  /** The words as the user typed them, for naming what is missing. */
  label: string;
  alternatives: Alternative[];
  /** Written like a name (capitalised or an acronym). */
  name: boolean;
  /**
   * Known only by words English writes in the same contexts (GloVe's neighbours of a verb no source
   * holds): they count towards coverage, but a sentence that lacks them may still say the verb.
   */
  associated?: boolean;
  /** A question-shaping word ("say", "tell", "need"): it never makes a question unanswerable. */
  light: boolean;
  role: Role;
  /** Some alternative is held by the articles or the community's pins. */
  known: boolean;
  /** Inverse document frequency used to weigh this concept in coverage. */
  idf: number;
  /** Corpus stems WordNet gives as opposites of this word ("northern" for "southern"). */
  antonyms: readonly string[];
  /** Position of the concept's first word in the question, for phrase matching. */
  position: number;
  /** A single noun that WordNet knows as no verb ("delegation", "contingent"; not "discharge"). */
  notVerb?: boolean;
  /**
   * For a name: the noun and the preposition the question links it to ("on behalf of India":
   * behalf, of), so a sentence that links another name there speaks of another one.
   */
  linkedFrom?: { head: string; link: string };
  /** A name after a preposition ("arrive at Kartavya Path"): a place or time, neither side of the verb. */
  governed?: boolean;
  /** A name in a clause of circumstance ("… when Cyprus was conquered"): the scene, not the subject. */
  circumstance?: boolean;
  /** A name after "in" or "at" ("in England"): where, when it is a place (answer/choose.ts). */
  located?: boolean;
  /**
   * The kind a "what X" question asks for ("what treaty"): the answer's slot, not its subject; or
   * how many of it the question wants ("which 3 areas"), which the answer lists rather than says.
   */
  slot?: boolean;
  /** A word WordNet knows only as an adverb ("already", "typically"): how or when, not what. */
  adverb?: boolean;
  /** An adverb right before an adjective of the question, grading it ("legally binding"). */
  grades?: boolean;
  /**
   * A verb of intent before "to" and another verb ("meant to boost", "hoping to raise"): it frames
   * what is asked, which the sources state without it.
   */
  frame?: boolean;
  /** A word after "to" that WordNet has as a verb ("to strengthen ties"): a verb and its object follow, no compound. */
  infinitive?: boolean;
  /** An adjective in a higher degree ("closer ties"): how much of it, not another kind of it. */
  graded?: boolean;
  /** The "long" of "how long will it take": a duration asked for, which the answer gives as one, without the word. */
  measured?: boolean;
  /**
   * The size a "how big" question asks of something ("how big is the SAFE fund"): an amount of
   * money gives it ("€150bn is being lent … through SAFE"), without the word.
   */
  sized?: boolean;
  /**
   * For a verb the sources use: their verbs that are ways of doing it ("generating" for "created"),
   * which rank no sentence (the question's own verb does) but say what happened (answer/choose.ts).
   */
  ways?: string[];
  /**
   * A noun WordNet also has as a verb, read as what happened where the question's form says so
   * ("when did Napoleon die", "when was it built"): held to the sentence as a verb is.
   */
  event?: boolean;
  /**
   * A term of several words WordNet holds as one noun ("free trade"), of which this is a word no
   * source holds: a distinct thing the sources never mention, as a name would be.
   */
  term?: string;
  /**
   * A name joined by "and" to another ("India and the EU"): the question asks of the two together,
   * which a sentence may say with one as the other's ("the EU is India's largest trading partner").
   */
  paired?: boolean;
  /** "Big" and "deal" of "is it a big deal": how much it matters, which the focus asks; it weighs nothing in coverage. */
  importance?: boolean;
  /**
   * The verb of a relative clause after a noun ("the committee that reviewed the partnership"): it
   * says which thing is meant, so no sentence is held to say it (answer/choose.ts).
   */
  describes?: boolean;
  /**
   * A verb that is one with the particle after it ("showed up", "came up"), a verb of its own in
   * WordNet: the sources' other uses of the bare verb ("show") say nothing of it.
   */
  phrasal?: boolean;
  /**
   * A noun a name stands right before ("the EU-Japan partnership"): that one thing, which an
   * article's other word for its own subject ("the deal", corpus/article-aliases.ts) is not.
   */
  named?: boolean;
}

export interface AnalysedQuestion {
  type: QuestionType;
  focus: Focus;
  concepts: Concept[];
  /** The question says "not", "never" or "no". */
  negated: boolean;
  /** The question asks for the latest state of things ("latest", "now", "so far"): newer reports first. */
  recent: boolean;
  /** The question is in the passive voice ("when was it signed", "by whom"): its word order is not the doer's. */
  passive: boolean;
  /** Stems of the words the question writes as an owner ("who was Emma's brother": emma). */
  owners: readonly string[];
  /** The question's "before X" or "after X" (answer/temporal-order.ts). */
  order?: TemporalOrder;
  /**
   * For a yes/no question offering alternatives ("is it one-size-fits-all, or customised per
   * country?"): the concepts of each side of the "or", without the question's subject; a source
   * that says either side answers it.
   */
  alternatives?: readonly [readonly Concept[], readonly Concept[]];
  /**
   * "What nationality was Arthur Woolf?", "where is Kallas originally from?": the question asks
   * where a named person comes from (answer/origin.ts).
   */
  origin?: boolean;
  /**
   * "Who signed it for India?", "who signs on behalf of the EU?": the party someone is asked to
   * have acted for (answer/choose.ts asks the answer to say so).
   */
  actsFor?: Concept;
}

/** What question analysis reads besides the question. */
export interface Vocabulary {
  index: SearchIndex;
  glossary: Glossary;
  lexicon: Lexicon;
  dictionary: Dictionary;
  /** GloVe's nearest neighbours of a verb (text/word-neighbours.ts); none when absent. */
  neighbours?: WordNeighbours;
  community: string;
}

const RECENT =
  /\b(?:latest|newest|most recent|recent(?:ly)?|current(?:ly)?|now|nowadays|today|this week|so far|as of|up to date|still)\b/i;

// A word with a possessive ending: "Emma's", "Kallas’s", "Kallas'".
const OWNER = /([\p{L}-]+)(?:['’]s\b|(?<=s)['’](?!\p{L}))/gu;

// A form of "be" before a past participle ("was signed", "were given"), or "by".
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\b.*\b\w+(?:ed|en|wn)\b|\bby\b/i;

// Ranks written as words, by their number.
export const ORDINAL_WORDS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];
// Ordinal numbers, which give a rank: like a number, one the question asks ("the fourth Asian
// country") must stand in the answer, and one no source writes declines. "First" and "second"
// are left out: they are as often "at first", "first arrived" or a second of time; "second" is a
// rank between a determiner and the words it ranks ("the second strategic dialogue"), while "the
// first" so read lost answers ("the first time", "the first partner" are asked of sentences that
// say it otherwise).
const RANKS = new Set(ORDINAL_WORDS.slice(3));

/** The word for a rank written in digits: "first" for "1st", "third" for "3rd"; else undefined. */
export function ordinalWord(written: string): string | undefined {
  const rank = /^(\d{1,2})(?:st|nd|rd|th)$/i.exec(written)?.[1];
  return rank ? ORDINAL_WORDS[Number(rank)] || undefined : undefined;
}

// A number from twenty to ninety-nine as words, hyphen dropped: "thirtytwo", "forty".
const COMPOUND_NUMERAL = new RegExp(`^(twenty|${TENS.join('|')})(${NUMBER_NAMES.slice(1, 10).join('|')})?$`);

/**
 * A number's other way of writing below a hundred: "3" for "three", "three" for "3", "40" for
 * "forty", "32" for "thirty-two" (which the tokenizer joins to "thirtytwo") and back.
 */
export function otherNumeral(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (/^\d{1,2}$/.test(lower)) {
    const value = Number(lower);
    if (value <= 20) return NUMBER_NAMES[value];
    const tens = value < 30 ? 'twenty' : TENS[Math.floor(value / 10) - 3];
    return value % 10 === 0 ? tens : `${tens}${NUMBER_NAMES[value % 10]}`;
  }
  const named = NUMBER_NAMES.indexOf(lower);
  if (named >= 0) return String(named);
  const compound = COMPOUND_NUMERAL.exec(lower);
  if (!compound) return undefined;
  const tens = compound[1] === 'twenty' ? 20 : (TENS.indexOf(compound[1] ?? '') + 3) * 10;
  return String(tens + Math.max(0, NUMBER_NAMES.indexOf(compound[2] ?? '')));
}

export function idf(index: SearchIndex, stem: string): number {
  const n = index.passageCount;
  const df = index.articleFrequency(stem);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

const sameName = (a: Name, b: readonly string[]) =>
  a.length === b.length && a.every((stem, i) => stem === b[i]);

/** The glossary groups with a name of several words whose last word is `stem` ("pact": "defence pact"). */
function groupsHeadedBy(glossary: Glossary, stem: string): ReadonlyArray<ReadonlyArray<Name>> {
  return glossary.groups.filter((group) => group.some((name) => name.length > 1 && name.at(-1) === stem));
}

// The ending of a past participle ("funded", "led", "driven"), for a hyphenated name before one.
const PARTICIPLE_ENDING = /(?:ed|en)$/;

/**
 * The glossary groups whose own name (the first of the group) is several words beginning with
 * `stem`: "European Union" for "european"; not "Indian capital", another name of New Delhi.
 */
function namedAfter(glossary: Glossary, stem: string): ReadonlyArray<ReadonlyArray<Name>> {
  return (glossary.byFirstStem.get(stem) ?? [])
    .filter(({ name, group }) => name.length > 1 && group[0] === name)
    .map(({ group }) => group);
}

/**
 * The longest glossary names the stems from `start` on spell, with the groups that hold them. The
 * head of a name of several words may be typed as a synonym of it (`alike`): "foreign policy boss"
 * names the "foreign policy chief".
 */
function glossaryMatch(
  glossary: Glossary,
  stems: readonly string[],
  start: number,
  alike: (typed: string, named: string) => boolean = () => false,
) {
  let best: { length: number; groups: ReadonlyArray<ReadonlyArray<Name>> } | undefined;
  for (const { name, group } of glossary.byFirstStem.get(stems[start] ?? '') ?? []) {
    const length = name.length;
    if (start + length > stems.length) continue;
    let same = true;
    for (let k = 1; k < length && same; k++) {
      const typed = stems[start + k] ?? '';
      same = name[k] === typed || (k === length - 1 && alike(typed, name[k] ?? ''));
    }
    if (!same) continue;
    if (!best || length > best.length) best = { length, groups: [group] };
    else if (length === best.length && !best.groups.includes(group))
      best = { length, groups: [...best.groups, group] };
  }
  return best;
}

// The forms of "be", "do" and "have" and the modal verbs: the stop words a name never holds.
const VERB_STOPS = new Set([...YES_NO, 'be', 'been', 'being', 'am', 'may', 'might', 'must']);

/** Whether a verb's stop word stands between two words of the question. */
function crossesVerb(tokens: readonly Token[], from: Token, to: Token | undefined): boolean {
  if (!to) return false;
  return tokens.some((t) => t.position > from.position && t.position < to.position && VERB_STOPS.has(t.word));
}

/**
 * A word's parts of speech ("nv": noun and verb): the corpus's words carry them in the lexicon; only
 * other words open the dictionary.
 */
function partsOfSpeech(token: Token, vocabulary: Vocabulary): string {
  return (
    vocabulary.lexicon.wordPartsOfSpeech(token.word, token.stem) ??
    [...vocabulary.dictionary.partsOfSpeech(token.word)].join('')
  );
}

// The question words an adverb may follow in "what exactly is", and the forms of "be" after it.
// (Not "did", "has", …: "what exactly did they sign" lost a held-out decline on the third sample.)
const ASKING_WORDS = new Set(['what', 'who', 'whom', 'which']);
// Question words that stand before a noun as a determiner does: "which retired general".
const ASKING_DETERMINERS = new Set(['which', 'what', 'whose']);
const BE_AFTER = new Set(['is', 'are', 'was', 'were', 's']);

/**
 * The question without an adverb of the asking between its question word and "is" ("ok what even
 * is the Strategic Compass", "who exactly is Kallas"): "what even" is no kind of thing asked for,
 * and the question asks what or who X is. Only a word English uses as an adverb more than as a
 * noun ("what way is" asks a way).
 */
function withoutAskingAdverb(tokens: Token[], dictionary: Dictionary): Token[] {
  const words = tokens.filter((t) => !t.part);
  const at = words.findIndex(
    (t, i) =>
      ASKING_WORDS.has(t.word) &&
      BE_AFTER.has(words[i + 2]?.word ?? '') &&
      dictionary.isMostlyAdverb(words[i + 1]?.word ?? ''),
  );
  const adverb = words[at + 1];
  return at < 0 || !adverb ? tokens : tokens.filter((t) => t.position !== adverb.position);
}

/**
 * A verb of the mind or of trying followed by "to" and another verb ("hope to promote", "plan to
 * build", "trying to raise"): the intention frames what the question asks about, which a source
 * states without it ("efforts to promote", "is raising"). Not a verb of another kind ("cease to be
 * used", "help to develop"), which is what happens.
 */
function intends(token: Token, tokens: readonly Token[], vocabulary: Vocabulary): boolean {
  const at = tokens.indexOf(token);
  const [to, next] = [tokens[at + 1], tokens[at + 2]];
  return (
    to?.word === 'to' &&
    next !== undefined &&
    !next.name &&
    partsOfSpeech(token, vocabulary).includes('v') &&
    partsOfSpeech(next, vocabulary).includes('v') &&
    vocabulary.dictionary.isVerbOfIntent(token.word)
  );
}

/**
 * "her Indian hosts", "the EU visitors", "Huguenot colonists": people of a kind (a plural noun
 * WordNet files first under persons) right after the name of the party they belong to stand for
 * that party, as "side" and "team" do (`PARTY_WORDS`): the sources name the party ("India", "the
 * EU", "the Huguenots"), not the role the question gives its people. So does one person named by
 * sex alone ("the EEAS lady") or by nothing at all ("the EU person"), who has no role to find.
 * The caller asks this only of a word no source holds, or of "person" itself. Not one after a
 * possessive ("Margaret's husbands"), which asks for others.
 */
function peopleOfParty(
  token: Token,
  previous: Token | undefined,
  before: Concept | undefined,
  question: string,
  dictionary: Dictionary,
): boolean {
  if (token.name || previous === undefined || before?.role !== 'name') return false;
  // "the EEAS lady", "the navy guy": one person, named by sex alone, of the party; "the EU
  // person", named by nothing at all.
  const anyone = isAnyone(token.word, dictionary);
  const bySex = SEXES.some((sex) => dictionary.isKindOf(token.word, sex));
  if (before.position !== previous.position || !(anyone || bySex || /[^s]s$/i.test(token.surface)))
    return false;
  const owner = new RegExp(`${literally(previous.surface)}['’]s?\\s`, 'i');
  return (anyone || dictionary.isPersonNoun(token.word)) && !owner.test(question);
}

// The kinds WordNet puts a person named by sex alone under ("lady", "guy", "bloke"): no role.
const SEXES = ['male', 'female'];

/**
 * Whether the word is WordNet's "person" itself, no kind of one: "person", "individual",
 * "someone"; not "official" nor "guy". It names nobody, whatever the sources write ("personal"
 * shares its stem).
 */
const isAnyone = (word: string, dictionary: Dictionary) =>
  word === 'person' || dictionary.otherNames(word).includes('person');

// Words that set what follows outside a name, as "non-" does: "outside the EU", "beyond Europe".
export const OUTSIDE = new Set(['outside', 'beyond']);

/** Whether a name follows the token at `at`, after a determiner at most ("outside the bloc"). */
function nameFollows(tokens: readonly Token[], at: number, isName: (token: Token) => boolean): boolean {
  const next = tokens[at + 1];
  const after = next && DETERMINERS.has(next.word) ? tokens[at + 2] : next;
  return after !== undefined && isName(after);
}

// Pronouns that own what follows them: "her hosts", "their counterparts".
const POSSESSIVES = new Set(['her', 'his', 'their', 'its', 'our', 'my', 'your']);

// "not just", "not only": what follows is granted, and more is said besides.
const ADDING = new Set(['just', 'only', 'merely', 'simply']);

/**
 * A "not" that negates nothing: after "or" ("is it an important step or not", "whether or not"),
 * or before "just" or "only" ("bilaterally as well, not just in multilateral settings").
 */
const negatesNothing = (tokens: readonly Token[], at: number) =>
  tokens[at]?.word === 'not' && (tokens[at - 1]?.word === 'or' || ADDING.has(tokens[at + 1]?.word ?? ''));

/** Whether the question asks of something not being so: a "not", "never" or "no" that negates. */
const negates = (tokens: readonly Token[]) =>
  tokens.some(
    (t, i) => (t.word === 'not' && !negatesNothing(tokens, i)) || t.word === 'never' || t.word === 'no',
  );

// Words the question quotes (question-words.ts, "who came up with the 'door but not the room'
// line"): someone's words it asks about, whose "not" negates nothing of the question.

/** "the two sides": a count of the parties shapes the question as the party word does. */
function countsParties(token: Token, following: Token | undefined): boolean {
  return (
    following !== undefined &&
    PARTY_WORDS.has(following.word) &&
    (NUMBER_NAMES.includes(token.word) || /^\d+$/.test(token.word))
  );
}

// Words that with "of" or "to" make a preposition of time: "ahead of", "prior to", "subsequent to".
const TIME_PREPOSITIONS = new Set(['ahead', 'prior', 'subsequent']);

// An auxiliary with "n't" opening a question: "didn't", "isn't", "won't".
const NEGATIVE_OPENER =
  /^\s*(?:(?:so|but|and|wait|ok|okay)\s*,?\s+)?(?:is|are|was|were|did|does|do|wo|would|ca|could|has|have|had|should)n['’]?t\b/i;

// A question checking what the asker remembers: "wasn't it …", "didn't rajnath say …", "i thought
// …", "i remember … ?".
const REMEMBERED = new RegExp(
  String.raw`${NEGATIVE_OPENER.source}|^\s*i\s+(?:thought|remember|recall|heard|read)\b`,
  'i',
);
// … or the same asked with a tag after it: "kallas tweeted about it on sunday didnt she".
const REMEMBERED_TAG = /\b(?:did|does|was|is|has|had|were|are)n['’]?t\s+(?:she|he|it|they)\s*\?*\s*$/i;

// "on behalf of India", "for the Indian side", "on the EU's side", "for India": the party acted for,
// its first word in group 1, 2 or 3 by the form.
const ACTING_FOR =
  /\bon\s+behalf\s+of\s+(?:the\s+)?(\p{L}[\p{L}'’-]*)|\b(?:for|on)\s+(?:the\s+)?(\p{L}[\p{L}'’-]*?)(?:['’]s)?\s+side\b|\bfor\s+(?:the\s+)?(\p{L}[\p{L}-]*)(?!['’\p{L}])/iu;

/**
 * The party a "who" question asks someone to have acted for: "who signed it for India", "who
 * signs on behalf of the EU", "who signed on the Indian side". After a bare "for", only a name, and
 * not an owner ("who signs for the EU"; not "who asked for talks", "the rapporteur for
 * parliament's resolution").
 */
function actingFor(text: string, type: QuestionType, concepts: readonly Concept[]): { actsFor?: Concept } {
  if (type !== 'who') return {};
  const match = ACTING_FOR.exec(text);
  const word = (match?.[1] ?? match?.[2] ?? match?.[3])?.toLowerCase();
  if (!word) return {};
  const party = concepts.find(
    (c) => c.role === 'name' && c.label.toLowerCase().split(/\s+/)[0] === word.replace(/['’]s$/, ''),
  );
  return party ? { actsFor: party } : {};
}

// What a detail to correct is, by what the question asks in its place.
const CORRECTED: Readonly<Record<'place' | 'date' | 'person', QuestionType>> = {
  place: 'where',
  date: 'when',
  person: 'who',
};

/**
 * A question checking what the asker remembers ("wasn't it signed in mumbai?", "i remember kallas
 * saying independence day was quite an experience?") asks what the sources say in place of the
 * detail they hold no word of: where it was signed, when she posted, who signs. The detail is
 * left out of the words to find, and the question asks for a place, a date or a person when the
 * detail is one (a name after "in" or "at", a time WordNet knows, a kind of person); otherwise, in
 * words someone said, the detail is the slot the answer fills ("didnt rajnath say it would bring
 * two great democracies closer?": "two ancient civilizations"). A word right before the detail
 * describes it and goes with it ("the commission president"). The words that frame the check
 * ("not", "remember") are no words of it. Undefined when no word of the rest is the sources' own,
 * which leaves nothing to check against.
 */
function rememberedCheck(
  concepts: Concept[],
  tokens: readonly Token[],
  dictionary: Dictionary,
  /** Whether the question checks words someone said ("didnt rajnath say …"). */
  said: boolean,
): { concepts: Concept[]; type?: QuestionType; focus?: Focus } | undefined {
  const framed = concepts.filter(
    (c) => !CHECK_FRAME.test(c.label) && c.alternatives[0]?.stems.join(' ') !== 'not',
  );
  const held = framed.filter((c) => !c.known && !c.light);
  // The words right before the detail describe it: "the commission president".
  const absent = framed.filter(
    (c) =>
      held.includes(c) ||
      (!c.light && c.role !== 'name' && held.some((d) => d.position === c.position + 1 && d.role !== 'name')),
  );
  if (held.length === 0 || !framed.some((c) => c.known && !c.light && !absent.includes(c))) return undefined;
  const kindOf = (c: Concept): keyof typeof CORRECTED | undefined => {
    const at = tokens.findIndex((t) => t.position === c.position);
    const before = tokens[at - 1]?.word ?? '';
    const after = tokens[at + 1]?.word ?? '';
    const words = c.label.toLowerCase();
    if (dictionary.isTimeNoun(words) || dictionary.isTimeNoun(`${words} ${after}`)) return 'date';
    if (c.role === 'name' && (before === 'in' || before === 'at')) return 'place';
    if (dictionary.isPersonNoun(words.split(/\s+/).at(-1) ?? '')) return 'person';
    return undefined;
  };
  // A detail of several words is of the kind its last word is ("commission president": a person).
  const heads = held.filter((c) => !held.some((d) => d.position === c.position + 1));
  const kinds = new Set(heads.map(kindOf));
  const [kind] = kinds;
  if (kinds.size === 1 && kind) {
    const rest = framed.filter((c) => !absent.includes(c));
    return { concepts: rest, type: CORRECTED[kind], focus: { kind, category: [], subject: [] } };
  }
  // Any other detail only in words someone said, which the sources quote as they were: whom
  // Kallas met ("didn't kallas meet modi?") may be more people than the sources name.
  if (!said) return undefined;
  return { concepts: framed.map((c) => (absent.includes(c) ? { ...c, slot: true } : c)) };
}

// The words that frame a check of what the asker remembers, besides its "not" ("didnt").
const CHECK_FRAME = /^(?:remember|thought|recall|heard)$/i;

// A statement asked as a question, after a word of chat: "so kallas didn't meet the chiefs?".
const DECLARATIVE = /^\s*(?:so|and|but|wait|ok|okay)\b[^?]*\?+\s*$/i;

// Words that set a time by the day a text is written: "last year", "next month", "this week".
const RELATIVE_TIME = new Set(['last', 'next', 'past', 'previous', 'coming', 'this']);

/**
 * Whether the word at `at` is a time set by when the text is written ("last year", "next
 * month"), or the word that sets it: the sources say such a time by its date ("in 2025"), or by
 * another day, so no answer need hold these words.
 */
function relativeTime(tokens: readonly Token[], at: number, dictionary: Dictionary): boolean {
  const [before, token, after] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  if (!token) return false;
  if (RELATIVE_TIME.has(token.word)) return after !== undefined && dictionary.isTimeNoun(after.word);
  return before !== undefined && RELATIVE_TIME.has(before.word) && dictionary.isTimeNoun(token.word);
}

/**
 * "how big a deal is it", "how big a step": the adjective and the noun after "how" and an
 * indefinite article shape the question, which asks what the thing is called ("a significant
 * step"), not a measure or a deal. So does "how important" where no source uses the adjective.
 */
/** The words "big" and "deal" of "big deal" (and "how big a deal"): WordNet's kind of importance. */
function bigDealWords(words: readonly Token[]): Token[] {
  return words.flatMap((t, i) => {
    const deal = words[i + 1]?.word === 'a' ? words[i + 2] : words[i + 1];
    return t.word === 'big' && deal?.word === 'deal' ? [t, deal] : [];
  });
}

function degreeOfKind(tokens: Token[], dictionary: Dictionary, known: (stem: string) => boolean): Token[] {
  const words = tokens.filter((t) => !t.part);
  const at = words.findIndex(
    (t, i) =>
      t.word === 'how' && INDEFINITE_ARTICLES.has(words[i + 2]?.word ?? '') && words[i + 3] !== undefined,
  );
  if (at < 0) {
    // "is the signing a big deal": how much it matters (WordNet's "big deal" is a kind of
    // importance), which no sentence need say in those words.
    const big = bigDealWords(words);
    if (big.length > 0) {
      const shaping = new Set(big.map((t) => t.position));
      return tokens.map((t) => (shaping.has(t.position) ? { ...t, light: true } : t));
    }
    // "how important are partnerships to the compass": how much the thing matters, which the
    // sources say by what they call it ("a cornerstone"), where they never use the adjective.
    const judged = words.findIndex(
      (t, i) =>
        t.word === 'how' &&
        dictionary.isOfImportance(words[i + 1]?.word ?? '') &&
        !known(words[i + 1]?.stem ?? '') &&
        BE_AFTER.has(words[i + 2]?.word ?? ''),
    );
    const adjective = words[judged + 1];
    return judged < 0 || !adjective
      ? tokens
      : tokens.map((t) => (t.position === adjective.position ? { ...t, light: true } : t));
  }
  const shaping = new Set([words[at + 1]?.position, words[at + 3]?.position]);
  return tokens.map((t) => (shaping.has(t.position) && !t.name ? { ...t, light: true } : t));
}

/** A word's role, from how it is written and, for other words, from WordNet's parts of speech. */
function roleOf(
  tokens: readonly Token[],
  vocabulary: Vocabulary,
  afterDeterminer = false,
  afterHow = false,
  afterWho = false,
): Role {
  if (tokens.every((t) => t.light)) return 'light';
  // "did kallas meet modi": the sources write these words as names; not "how high are tariffs",
  // though they write "High Representative".
  // "the minister", typed in lower case, is someone of that office, a common noun, though the
  // sources write it as a title only ("Minister of State Sanjay Seth"): a sentence saying "he" of
  // that minister answers. So is any noun WordNet has that is no one named thing, after a
  // determiner: "that day", though the sources write "Day" only in "Republic Day".
  const common = (word: string) =>
    vocabulary.dictionary.isPersonNoun(word) ||
    (vocabulary.dictionary.partsOfSpeech(word).has('n') && !vocabulary.dictionary.isInstance(word));
  const title = () =>
    afterDeterminer && tokens.length === 1 && !tokens[0]?.name && common(tokens[0]?.word ?? '');
  if (tokens.some((t) => t.name || (!afterHow && vocabulary.lexicon.isName(t.stem))) && !title())
    return 'name';
  if (tokens.length > 1) return 'noun';
  const token = tokens[0] as Token;
  // "mediterranean", "france" typed in lower case, which no source writes: a name all the same.
  if (
    !vocabulary.index.knows(token.stem, vocabulary.community) &&
    vocabulary.dictionary.namesOneThing(token.word)
  )
    return 'name';
  if (/^\d/.test(token.word)) return 'number';
  if (RANKS.has(token.word)) return 'number';
  const parts = partsOfSpeech(token, vocabulary);
  // "at the meeting", "the signing": after a determiner, a word made from a verb names a thing; so
  // does a verb WordNet has no noun of, used as one ("on the podcast").
  if (afterDeterminer && /ing$/i.test(token.surface)) return 'noun';
  if (afterDeterminer && parts === 'v' && !/(?:ed|s)$/i.test(token.surface)) return 'noun';
  // "who signs them", "who actually signs": after "who", a verb's -s form is the verb, not a plural.
  if (afterWho && parts.includes('v') && /s$/i.test(token.surface)) return 'verb';
  // "founded", "signing": an inflected verb is a verb even where its base is also a noun.
  if (parts.includes('v') && /(?:ed|ing)$/i.test(token.surface)) return 'verb';
  // "inaugrated": a word the dictionary lacks, written as a verb's past, is a misspelt verb.
  if (
    parts === '' &&
    !token.name &&
    /[^e]ed$/i.test(token.surface) &&
    !vocabulary.index.knows(token.stem, vocabulary.community)
  )
    return 'verb';
  if (parts === '' || parts.includes('n')) return 'noun';
  // "how long", "near the lake": an adjective or adverb that is also a rare verb is read as the former.
  return parts.includes('v') && !/[ar]/.test(parts) ? 'verb' : 'modifier';
}

export function analyseQuestion(
  question: string,
  vocabulary: Vocabulary,
  weights: Ranking['alternatives'],
): AnalysedQuestion {
  const { index, glossary, lexicon, dictionary, neighbours, community } = vocabulary;
  // "can you tell me when it was signed" is read as "when was it signed".
  const known = (stem: string) => index.knows(stem, community);
  const isWord = (token: Token) => known(token.stem) || dictionary.partsOfSpeech(token.word).size > 0;
  const text = unwrapQuestion(question, known, isWord, (stem) => lexicon.isName(stem));
  const tokens = writtenOutNames(
    glossary,
    seenAs(
      theUs(
        withoutAskingAdverb(
          degreeOfKind(
            fixShapingWords(
              withDroppedG(
                fixQuestionWords(tokenize(text), isWord, (token) => known(token.stem)),
                isWord,
                dictionary,
              ),
              isWord,
            ),
            dictionary,
            known,
          ),
          dictionary,
        ),
      ),
    ),
  );
  const words = tokens.filter((token) => !token.part).map((token) => token.word);
  // "how long", "how old": a measure, by the sources' adjective or, when they never write it, by the dictionary.
  const typed = questionType(
    words,
    (word) => lexicon.isMeasure(stemWord(word)) || (!known(stemWord(word)) && dictionary.isMeasure(word)),
  );
  // "is it true india is the first Asian country …": a claim to check asks yes or no ("No: the
  // third"), unless a question word asks something of it.
  // "didn't Kallas meet the chiefs?": an auxiliary with its "not" asks yes or no as the auxiliary
  // alone does (the tokens keep the "not" only).
  const type =
    typed === 'other' &&
    (NEGATIVE_OPENER.test(text) || DECLARATIVE.test(text) || checksClaim(question)) &&
    !words.some((word) => QUESTION_WORDS.includes(word))
      ? 'yesno'
      : typed;
  const knownToken = (token: Token) => known(token.stem);
  const adverbial = adverbPhrases(tokens, knownToken, dictionary);
  const phrasal = phrasalVerbs(tokens, dictionary);
  const terms = unheldTerms(tokens, knownToken, dictionary);
  const content = tokens.filter(
    (token, i) =>
      !token.stop &&
      !adverbial.has(token.position) &&
      !token.part &&
      !isSlotWord(tokens, i) &&
      // "when did he pass away": the particle of a verb WordNet holds with it is the verb's.
      !particleOfVerb(tokens, i, phrasal, dictionary) &&
      // "hey bot, when was it signed": chat around the question, unless the sources use the word.
      !(FILLER_WORDS.has(token.word) && !known(token.stem)) &&
      // "how long", where no source writes "long": the measure asked for, no word to find.
      !(type === 'measure' && tokens[i - 1]?.word === 'how' && !known(token.stem)) &&
      // "is it an important step or not": "not" negates nothing, and says nothing to find.
      !negatesNothing(tokens, i),
  );
  const partsOf = (token: Token) =>
    tokens.filter((t) => t.part && t.position === token.position).map((t) => t.stem);
  const knows = (stems: readonly string[]) => stems.every(known);
  // A word no source holds that WordNet gives as a synonym of one they do ("boss": "chief").
  const synonymous = (typed: string, named: string) =>
    !known(typed) && lexicon.related(typed).some((r) => r.stem === named && r.relation === 'synonym');
  const maxIdf = Math.log(1 + (index.passageCount + 0.5) / 0.5);

  const weightOf = (alt: Alternative) => Math.max(...alt.stems.map((stem) => idf(index, stem)));
  // Whether some form is held by the sources, and the concept's weight: its typed words' IDF, else
  // its best known form's, else the highest (a word no source holds is as rare as can be).
  const knownness = (alternatives: readonly Alternative[]) => {
    const knownAlternatives = alternatives.filter((alt) => knows(alt.stems));
    const typed = alternatives[0] as Alternative;
    return {
      known: knownAlternatives.length > 0,
      idf: knows(typed.stems)
        ? weightOf(typed)
        : knownAlternatives.length > 0
          ? Math.max(...knownAlternatives.map(weightOf))
          : maxIdf,
    };
  };

  const concepts: Concept[] = [];
  // A concept some form of which is a name the sources write ("rajnath", typed "rajnat").
  const isNameOf = (concept: Concept | undefined) =>
    concept?.alternatives.some(
      (alt) => knows(alt.stems) && alt.stems.every((stem) => lexicon.isName(stem)),
    ) ?? false;
  const stems = content.map((token) => token.stem);
  for (let i = 0; i < content.length; ) {
    const token = content[i] as Token;
    const next = content[i + 1];
    let span = 1;
    const alternatives: Alternative[] = [];
    const add = (alt: Alternative) => {
      if (!alternatives.some((a) => sameName(alt.stems, a.stems))) alternatives.push(alt);
    };
    // The closest known spelling of a word no source holds, as another form of it.
    const addTypo = (fix: { word: string } | undefined) => {
      if (fix) add({ stems: [stemWord(fix.word)], weight: weights.typo, form: 'typo' });
    };
    // A known word one slip of a letter from the word as typed that `accept` takes.
    const slipTo = (accept: (word: string) => boolean) =>
      index
        .similarWords(token.word, 1, community)
        .find((candidate) => isSlip(token.word, candidate.word) && accept(candidate.word));

    const joined =
      next && next.position === token.position + 1 ? stemWord(token.word + next.word) : undefined;
    const spelt = glossaryMatch(glossary, stems, i, synonymous);
    // "which naval academies are the Ezhimala cadets going to": a name's words do not run across
    // a verb of the question ("Naval Academy Ezhimala").
    const match =
      spelt && spelt.length > 1 && crossesVerb(tokens, token, content[i + spelt.length - 1])
        ? undefined
        : spelt;
    // "peace keeping" may be known only in its joined form, to the corpus or to the glossary.
    const joinedMatch =
      joined && (!match || match.length < 2) ? glossaryMatch(glossary, [joined], 0) : undefined;
    const addNamesOf = (groups: ReadonlyArray<ReadonlyArray<Name>>) => {
      for (const name of groups.flat()) add({ stems: name, weight: weights.glossary, form: 'glossary' });
    };
    // "von der leyen": the particles of a name go with it, typed in lower case or not.
    const particles = match ? 0 : nameParticles(content, i, (t) => t.name || lexicon.isName(t.stem));
    if (particles > 0) {
      span = particles + 1;
      add({ stems: stems.slice(i, i + span), weight: 1, form: 'typed' });
    } else if (joined && next && (joinedMatch || (!match && knows([joined])))) {
      span = 2;
      add({ stems: [joined], weight: 1, form: 'typed' });
      add({ stems: [token.stem, next.stem], weight: weights.split, form: 'split' });
      if (joinedMatch) addNamesOf(joinedMatch.groups);
    } else if (match) {
      span = match.length;
      add({ stems: stems.slice(i, i + span), weight: 1, form: 'typed' });
      addNamesOf(match.groups);
    } else {
      add({ stems: [token.stem], weight: 1, form: 'typed' });
      const parts = partsOf(token);
      if (parts.length > 1) add({ stems: parts, weight: weights.split, form: 'split' });
      // "a SAFE-funded product", "EU-led missions": the name before a participle is what is named.
      const last = tokens.findLast((t) => t.part && t.position === token.position)?.word ?? '';
      if (parts.length > 1 && PARTICIPLE_ENDING.test(last) && dictionary.partsOfSpeech(last).has('v'))
        add({ stems: parts.slice(0, -1), weight: weights.split, form: 'split' });
      // "the pact", where no source writes "pact" alone: a glossary name it heads ("defence pact")
      // names what the question means, with that name's other names.
      if (!token.name && !known(token.stem)) addNamesOf(groupsHeadedBy(glossary, token.stem));
      // "the European delegation", where the sources write "the EU delegation": an adjective
      // written as a name is said by the thing whose own name it begins ("European Union", the
      // first name of the EU's glossary group), by any name of it, as "Indian" is by "India".
      if ((token.name || lexicon.isName(token.stem)) && dictionary.partsOfSpeech(token.word).has('a'))
        for (const name of namedAfter(glossary, token.stem).flat())
          add({ stems: name, weight: weights.derived * weights.glossary, form: 'glossary' });
      // "UK" where the sources write "United Kingdom": a name no source holds, by another name
      // WordNet gives it that they do hold, as a glossary name would be; typed in lower case
      // too ("uk"), when WordNet's first sense of it is one named thing.
      // An acronym typed in lower case ("ttc") is one the index built from a written-out name.
      if (
        !known(token.stem) &&
        (token.name || glossary.acronyms.has(token.stem) || dictionary.isInstance(token.word))
      ) {
        // "TTC" where the sources write "Trade and Technology Council" out; "SAFE", a word too,
        // only in capitals.
        const capitals = token.surface.length > 1 && token.surface === token.surface.toUpperCase();
        const fulls =
          glossary.acronyms.get(token.stem) ??
          (capitals
            ? (glossary.acronyms.get(`${WORD_ACRONYM}${token.stem}`) ??
              glossary.acronyms.get(`${SHORT_TERM_ACRONYM}${token.stem}`))
            : undefined);
        for (const full of fulls ?? [])
          if (knows(full)) add({ stems: full, weight: weights.glossary, form: 'glossary' });
        for (const other of dictionary.otherNames(token.word)) {
          const otherStems = tokenize(other)
            .filter((t) => !t.stop)
            .map((t) => t.stem);
          if (otherStems.length > 0 && knows(otherStems))
            add({ stems: otherStems, weight: weights.glossary, form: 'glossary' });
        }
      }
      // "EU law" where the sentence writes "European Union law": an acronym the sources print, typed
      // in capitals, is also the one name they write out with its initials, a word for each letter,
      // where the glossary says nothing of it.
      if (
        known(token.stem) &&
        !glossary.byFirstStem.has(token.stem) &&
        token.surface.length > 1 &&
        token.surface === token.surface.toUpperCase()
      ) {
        const fulls =
          glossary.acronyms.get(token.stem) ?? glossary.acronyms.get(`${WORD_ACRONYM}${token.stem}`);
        const [full, ...more] = fulls ?? [];
        if (full && more.length === 0 && full.length === token.surface.length && knows(full))
          add({ stems: full, weight: weights.glossary, form: 'glossary' });
      }
    }

    const spanTokens = content.slice(i, i + span);
    const at = tokens.findIndex((t) => t.position === token.position && !t.part);
    const previous = tokens[at - 1];
    // A name of the glossary is a name, typed in lower case or not ("south korea").
    const glossaryName = match !== undefined && span === match.length && particles === 0;
    // "indian" where the sources write only "India": a word no source holds, made from a name they
    // do hold (WordNet's derived forms and pertainyms), is a name too.
    const fromName =
      span === 1 &&
      !known(token.stem) &&
      lexicon.related(token.stem, token.word).some((r) => r.relation === 'derived' && lexicon.isName(r.stem));
    const following = tokens[at + 1];
    // "the second strategic dialogue": between a determiner and the words it ranks, a rank.
    const ranked =
      span === 1 &&
      token.word === 'second' &&
      DETERMINERS.has(previous?.word ?? '') &&
      following !== undefined &&
      !following.stop;
    // "the EU person", "the person who posted": WordNet's "person" itself names nobody, so below it
    // is read as a word no source holds, though a source writes "personal" (the same stem).
    const anyone = span === 1 && isAnyone(token.word, dictionary);
    // "her Indian hosts", "the EU visitors": the party itself, as "the EU side" is.
    const partyPeople =
      span === 1 &&
      (!known(token.stem) || anyone) &&
      peopleOfParty(token, previous, concepts.at(-1), question, dictionary);
    // "her hosts", "his counterpart": people known by whom they stand to, whom an article names
    // otherwise ("Thank you very much for welcoming us"), where no source holds the word.
    const theirPeople =
      span === 1 &&
      (!known(token.stem) || anyone) &&
      !token.name &&
      (POSSESSIVES.has(previous?.word ?? '') ||
        // "the EU official who holds the post …": a person a relative clause then says who is.
        ['who', 'whom'].includes(following?.word ?? '')) &&
      (anyone || dictionary.isPersonNoun(token.word));
    const frame = intends(token, tokens, vocabulary);
    // "which retired general", "the elected members": a verb's past that WordNet also has as an
    // adjective, between a determiner and a noun, says what kind, as an adjective does; no act
    // whose doer and object stand on its sides.
    const attributive =
      span === 1 &&
      /ed$/i.test(token.surface) &&
      (DETERMINERS.has(previous?.word ?? '') || ASKING_DETERMINERS.has(previous?.word ?? '')) &&
      dictionary.partsOfSpeech(token.word).has('a') &&
      following !== undefined &&
      !following.stop &&
      (following.name || dictionary.partsOfSpeech(following.word).has('n'));
    // "ahead of the signing", "prior to the talks": a preposition of time, as "before" is, which
    // says when rather than what.
    const ofTime =
      span === 1 && TIME_PREPOSITIONS.has(token.word) && ['of', 'to'].includes(following?.word ?? '');
    const role = ranked
      ? 'number'
      : attributive
        ? 'modifier'
        : ofTime ||
            frame ||
            partyPeople ||
            theirPeople ||
            (span === 1 && relativeTime(tokens, at, dictionary)) ||
            (span === 1 && countsParties(token, following))
          ? 'light'
          : glossaryName || fromName
            ? 'name'
            : roleOf(
                spanTokens,
                vocabulary,
                DETERMINERS.has(previous?.word ?? ''),
                previous?.word === 'how',
                afterWho(tokens, at, dictionary),
              );
    const antonyms: string[] = [];
    const ways: string[] = [];
    // "threw", "fled": an irregular form no source holds, of a word they may hold ("throw").
    const bases =
      span === 1 && !token.name && !known(token.stem)
        ? irregularBasesOf(token.surface.toLowerCase(), token.stem)
        : [];
    for (const base of bases) add({ stems: [base], weight: weights.inflected, form: 'inflected' });
    // "which 3 areas", "three chiefs": a small number written the other way, as a word or in digits.
    const numeral = span === 1 ? otherNumeral(token.word) : undefined;
    if (numeral) add({ stems: [stemWord(numeral)], weight: weights.inflected, form: 'inflected' });
    // "1st anniversary", "3rd round": the rank as a word ("first", "third").
    const ordinal = span === 1 ? ordinalWord(token.surface) : undefined;
    if (ordinal) add({ stems: [stemWord(ordinal)], weight: weights.inflected, form: 'inflected' });
    // "countries outside the bloc": the sources' "non-EU countries", by the prefix that says "not"
    // (an index part of the word, as "EU" is).
    if (
      span === 1 &&
      OUTSIDE.has(token.word) &&
      nameFollows(
        tokens,
        at,
        (t) => t.name || lexicon.isName(t.stem) || glossaryMatch(glossary, [t.stem], 0) !== undefined,
      )
    )
      add({ stems: ['non'], weight: weights.synonym, form: 'synonym' });
    if (span === 1) {
      // "smallest", "lighter": the adjective's opposites ("largest", "darker") say otherwise too.
      for (const related of degreeBasesOf(token).flatMap((stem) => lexicon.related(stem))) {
        if (related.relation === 'antonym') antonyms.push(related.stem);
        // "largest": its base's synonym in the same degree ("biggest"), not "big" nor "bigger".
        else if (
          (related.relation === 'synonym' || related.relation === 'similar') &&
          sameDegree(token.word, related.stem)
        )
          add({ stems: [related.stem], weight: weights[related.relation], form: related.relation });
      }
      // "What French city": an adjective that modifies a word is said by the noun it pertains to
      // ("in France") as by a derived form; "called in French", the language, is not.
      const modifies = following !== undefined && !following.stop;
      // "beef up": a verb of its own with its particle, by the corpus words WordNet gives it
      // ("strengthen"), as well as by the bare verb's.
      const particle = tokens[at + 1];
      const relatives = [
        ...(phrasal.has(token.position) && particle
          ? lexicon.related(phrasalKey(token.word, particle.word))
          : []),
        ...lexicon.related(token.stem, token.word),
        ...bases.flatMap((stem) => lexicon.related(stem)),
      ]
        // An adjective defined as of the question's noun ("maritime" for "sea") is another wording
        // of a noun no source writes, not a second reading of one they do.
        .filter(({ relation }) => relation !== 'glossed' || !known(token.stem))
        .flatMap(({ relation, ...related }) =>
          relation !== 'pertains'
            ? [{ ...related, relation }]
            : modifies
              ? [{ ...related, relation: 'derived' as const }]
              : [],
        );
      for (const related of relatives) {
        // A name is said by its own words or a derived form ("India", "Indian"), not by WordNet's
        // other relatives ("river" for "Danube", "union" for "US").
        // A named thing is said by the adjective of another of its names too: "US" is "America"
        // (one named thing in WordNet), so "American security assurances" are the US's.
        if (
          role === 'name' &&
          related.relation === 'synonym' &&
          span === 1 &&
          dictionary.isInstance(token.word)
        )
          for (const further of lexicon.related(related.stem))
            if (further.relation === 'derived' || further.relation === 'pertains')
              add({ stems: [further.stem], weight: weights.synonym * weights.derived, form: 'derived' });
        if (role === 'name' && related.relation !== 'derived') continue;
        // A verb the sources use themselves is not also read as the broader verb of their other
        // verbs ("attend" is a way to "minister"): only the question's own wording is.
        // It still says what happened, for the predicate check (`ways`).
        if (related.relation === 'manner' && known(token.stem)) {
          if (role === 'verb') ways.push(related.stem);
          continue;
        }
        // Ways of doing are for the question's verbs: "aim" the noun is no way to "level".
        if (related.relation === 'manner' && role !== 'verb') continue;
        // So are a verb's own senses ("the head of" is not "lead"), and only for a
        // verb no source uses: one they use is held to its own wording, as with `manner`.
        if (related.relation === 'sense' && (role !== 'verb' || known(token.stem))) continue;
        if (related.relation === 'antonym') antonyms.push(related.stem);
        // A word the sources only write as a name ("High Representative") is not the common noun
        // WordNet relates: an "ambassador" is no "Representative". Its derived forms still are.
        else if (lexicon.isName(related.stem) && related.relation !== 'derived') continue;
        // A verb of several words ("take place" for "occur") is found by all of them.
        else {
          add({
            stems: related.stem.split(' '),
            // "sea security": where it modifies, "maritime" weighs as a derived form (its form stays
            // `glossed`: still no kind of the noun, see `withForms`).
            weight: related.relation === 'glossed' && modifies ? weights.derived : weights[related.relation],
            form: related.relation,
            ...(related.words ? { words: related.words } : {}),
          });
          // "Indian" by the other names of India the glossary gives ("Bharat").
          if (role === 'name' && related.relation === 'derived')
            for (const name of glossaryMatch(glossary, [related.stem], 0)?.groups.flat() ?? [])
              add({ stems: name, weight: weights.derived * weights.glossary, form: 'glossary' });
        }
      }
    }

    if (
      !alternatives.some((alt) => knows(alt.stems)) &&
      span === 1 &&
      token.word.length >= 4 &&
      // A number is no misspelt word: "the 1100s" is not "11600".
      role !== 'number' &&
      dictionary.partsOfSpeech(token.word).size === 0
    ) {
      // A word that is neither in the sources nor in the dictionary is likely a typo. Short words
      // (under six letters) only get slips of one letter (dropped, doubled, swapped): "marck" is left alone.
      const closest = (typed: string) => {
        const maxDistance = typed.length >= 8 ? 2 : 1;
        return (
          index
            .similarWords(typed, maxDistance, community)
            .find((candidate) => typed.length >= 6 || isSlip(typed, candidate.word)) ??
          // Two neighbours swapped ("cheifs") is a slip too, though two edits apart.
          (maxDistance < 2
            ? index.similarWords(typed, 2, community, true).find((c) => isSlip(typed, c.word))
            : undefined)
        );
      };
      // The sources' words are kept in their base form where English has an irregular one
      // ("countries" as "country"): a slip in an inflected form ("contries") is looked for by its
      // regular base too ("contry").
      addTypo(closest(token.word) ?? regularBasesOf(token.word).map(closest).find(Boolean));
      // "strategiccompass": two words the sources hold, run together.
      const apart = runTogether(token.word, knows);
      if (apart) add({ stems: apart, weight: weights.split, form: 'split' });
    } else if (
      span === 1 &&
      !known(token.stem) &&
      token.word.length >= 4 &&
      !token.name &&
      !isNameOf(concepts.at(-1))
    ) {
      // "what rive joins the Rhine": a rare English word no source holds, a slip of one letter
      // from a word the sources hold that is far more common in English, is likely that word
      // mistyped. How common is WordNet's sense-tagged corpus's count, not a list.
      const rare = dictionary.frequency(token.word);
      if (rare <= RARE_WORD)
        addTypo(slipTo((word) => dictionary.frequency(word) >= COMMONER * Math.max(rare, 1)));
    } else if (
      !alternatives.some((alt) => knows(alt.stems)) &&
      span === 1 &&
      token.word.length >= 4 &&
      isNameOf(concepts.at(-1))
    ) {
      // "rajnat sing": after a name, an English word no source holds may be the next part of a
      // name mistyped ("singh"); only a slip of one letter, and only to a name the sources write.
      addTypo(slipTo((word) => lexicon.isName(stemWord(word))));
    }
    if (
      span === 1 &&
      !token.name &&
      role !== 'number' &&
      /^[a-z]+$/.test(token.word) &&
      !alternatives.some((alt) => knows(alt.stems)) &&
      (dictionary.partsOfSpeech(token.word).size === 0 || dictionary.isShortened(token.word))
    ) {
      // "def min", "govt", "tech": chat shortens a word the sources write out ("Defence Minister").
      // A word English does not have, or one WordNet itself knows first as a shortening ("min"
      // for "minute"), is read as the sources' most frequent word it shortens.
      const full = index.shortenedWords(token.word)[0];
      if (full) add({ stems: [stemWord(full)], weight: weights.typo, form: 'typo' });
    }
    if (span === 1 && role === 'verb' && !alternatives.some((alt) => knows(alt.stems))) {
      // "inked", "attended": a verb no source holds, by the sources' words English writes in the
      // same contexts ("signed", "met"), the nearest first; not an opposite, nor a name.
      for (const neighbour of neighbours?.of(token.word) ?? []) {
        const stem = stemWord(neighbour);
        if (STOP_WORDS.has(neighbour) || !known(stem) || lexicon.isName(stem) || antonyms.includes(stem))
          continue;
        // Not a stem the sources write only as an adverb, where the neighbour is none: "quit" for
        // "retire" is no word of the sources' that hold only "quite", which Porter stems alike.
        if (lexicon.partsOfSpeech(stem) === 'r' && !dictionary.partsOfSpeech(neighbour).has('r')) continue;
        add({ stems: [stem], weight: weights.associated, form: 'associated' });
      }
    }
    if (
      span === 1 &&
      !token.name &&
      token.word.length >= 5 &&
      !alternatives.some((alt) => knows(alt.stems)) &&
      dictionary.partsOfSpeech(token.word).size > 0
    ) {
      // "terrorism" where the sources write "counterterrorism": a word the sources hold whole only
      // behind a word of its own ("counter"), closed up.
      for (const compound of closedCompoundsEnding(token.word, vocabulary))
        add({ stems: [stemWord(compound)], weight: weights.split, form: 'split' });
    }

    concepts.push({
      ...(alternatives.some((alt) => alt.form === 'associated') &&
      !alternatives.some((alt) => alt.form !== 'associated' && knows(alt.stems))
        ? { associated: true }
        : {}),
      label: spanTokens.map((t) => t.surface).join(' '),
      alternatives,
      name: spanTokens.some((t) => t.name),
      light: partyPeople || spanTokens.every((t) => t.light),
      role,
      ...knownness(alternatives),
      antonyms,
      position: token.position,
      ...(span === 1 && role === 'noun' && !partsOfSpeech(token, vocabulary).includes('v')
        ? { notVerb: true }
        : {}),
      ...(role === 'name' ? linkOf(tokens, token) : {}),
      ...(role === 'name' ? governing(tokens, token) : {}),
      // An adverb, or a word WordNet has chiefly as one ("how did Kallas announce it
      // beforehand", though "beforehand" is an adjective too): it says how or when.
      ...((span === 1 &&
        role === 'modifier' &&
        (partsOfSpeech(token, vocabulary) === 'r' || dictionary.isAdverbFirst(token.word))) ||
      (span === 1 && firstTime(tokens, token, dictionary))
        ? { adverb: true }
        : {}),
      ...(ways.length > 0 ? { ways } : {}),
      // "to strengthen ties": a verb's base form after "to", whatever the sources make of its stem.
      ...(span === 1 && previous?.word === 'to' && partsOfSpeech(token, vocabulary).includes('v')
        ? { infinitive: true }
        : {}),
      ...(span === 1 && isGraded(token, dictionary) ? { graded: true } : {}),
      ...(span === 1 && type === 'measure' && asksDuration(tokens, at) ? { measured: true } : {}),
      ...(span === 1 && type === 'measure' && previous?.word === 'how' && dictionary.isSize(token.word)
        ? { sized: true }
        : {}),
      ...(frame ? { frame: true } : {}),
      ...(span === 1 && phrasal.has(token.position) ? { phrasal: true } : {}),
      ...(span === 1 && terms.has(token.position) ? { term: terms.get(token.position) } : {}),
    });
    i += span;
  }
  // A word's relative that the question itself uses for another of its words does not stand for
  // the word: in "did they sign a trade deal", "deal" (WordNet's synonym of "trade") is the
  // question's own "deal", so a sentence with "deal" alone does not also hold "trade".
  const typedForms = concepts.map((c) => c.alternatives[0]?.stems.join(' '));
  concepts.forEach((concept, i) => {
    const others = new Set(typedForms.filter((_, k) => k !== i));
    // Nor does a word that stands for the next one, where this word says of what kind it is: in
    // "a trade agreement", "deal" (WordNet's broader term for "agreement") is the agreement.
    const head = concepts[i + 1];
    if (concept.role === 'noun' && head?.position === concept.position + 1 && head.role === 'noun')
      for (const alt of head.alternatives) others.add(alt.stems.join(' '));
    const kept = concept.alternatives.filter((alt, k) => k === 0 || !others.has(alt.stems.join(' ')));
    if (kept.length === concept.alternatives.length) return;
    // A name known to the sources only by another word of the question ("indian" by "india" in
    // "what did the indian minister call india") says that word again: it shapes the question, as
    // "the EU side" does, and is no word they lack.
    const known = knownness(kept);
    const again = !known.known && concept.known && concept.role === 'name';
    Object.assign(
      concept,
      { alternatives: kept },
      known,
      again ? { role: 'light', light: true, known: true } : {},
    );
  });
  mergeChoices(concepts, tokens, knownness);
  // "External Affairs Minister Rajnath Singh", "Army chief Rajnath Singh": a capitalised word no
  // source holds, in a title right before a person the sources name, says who by a title they may
  // not give; the name says who.
  concepts.forEach((c, i) => {
    if (c.role !== 'name' || c.known || !/^\p{Lu}/u.test(c.label) || c.label.includes(' ')) return;
    for (let j = i + 1; j < Math.min(concepts.length, i + 4); j++) {
      const next = concepts[j] as Concept;
      if (next.position - (concepts[j - 1] as Concept).position > 2) return;
      const person = (concepts[j - 1] as Concept).label.toLowerCase();
      if (
        next.role === 'name' &&
        next.known &&
        (next.alternatives[0]?.stems.length ?? 0) >= 2 &&
        dictionary.isPersonNoun(person.split(' ').at(-1) ?? '')
      ) {
        for (const title of concepts.slice(i, j)) {
          title.role = 'light';
          title.light = true;
        }
        return;
      }
      const title = /^\p{Lu}/u.test(next.label) || dictionary.isPersonNoun(next.label.toLowerCase());
      if (!title) return;
    }
  });
  pairNames(concepts, tokens);
  markDescribingVerbs(concepts, tokens);
  concepts.forEach((concept, i) => {
    const before = concepts[i - 1];
    if (concept.role === 'noun' && before?.role === 'name' && before.position === concept.position - 1)
      concept.named = true;
    // "legally binding": an adverb before the adjective it grades is part of what is asked.
    if (
      before?.adverb &&
      before.position === concept.position - 1 &&
      (concept.role === 'modifier' || dictionary.partsOfSpeech(concept.label.toLowerCase()).has('a'))
    )
      before.grades = true;
  });
  // "is the partnership a treaty": the kind the question asks the subject to be is not the
  // subject's own other name ("defence treaty" among the partnership's names): only its own words
  // (and WordNet's for them) answer, not the glossary's names of the subject.
  const complement = copularComplement(tokens, concepts, type);
  if (complement) {
    const subject = new Set(
      concepts.filter((c) => c !== complement).flatMap((c) => c.alternatives[0]?.stems ?? []),
    );
    const glossary = complement.alternatives.filter((alt) => alt.form === 'glossary');
    if (glossary.some((alt) => alt.stems.some((stem) => subject.has(stem)))) {
      const own = complement.alternatives.filter((alt) => alt.form !== 'glossary');
      Object.assign(complement, { alternatives: own }, knownness(own));
    }
  }
  // "when did Napoleon die", "in what year was X born": after an auxiliary and the subject, the
  // question's last word is what happened, though WordNet has a noun of it too ("die", "born"). Not
  // after a determiner ("announce the signing"), nor in a yes/no question, which a sentence saying
  // otherwise answers.
  const last = concepts.at(-1);
  const whole = tokens.filter((t) => !t.part);
  const lastToken = whole.at(-1);
  if (
    type !== 'yesno' &&
    last &&
    last.role === 'noun' &&
    !DETERMINERS.has(whole.at(-2)?.word ?? '') &&
    !last.name &&
    last.alternatives[0]?.stems.length === 1 &&
    lastToken?.position === last.position &&
    // After "did", a verb's base ("die"); after "was", its participle ("born", "built"), not a
    // noun of what X was ("what was the Normans' major export").
    tokens.some(
      (t) =>
        t.position < last.position - 1 &&
        (DO_WORDS.has(t.word) || (BE_WORDS.has(t.word) && PARTICIPLE.test(lastToken.surface.toLowerCase()))),
    ) &&
    dictionary.partsOfSpeech(lastToken.word).has('v')
  )
    last.event = true;
  // "what is kallas's job": a name typed in lower case is still a name (not a plural "kallas").
  // So is a word of a name the question holds that WordNet knows as one named thing ("south korea").
  // (Only for one typed in lower case: a capitalised one is a name already, with no look-up.)
  const unmarked = (c: Concept) =>
    tokens.some((t) => t.position === c.position && !t.name && !lexicon.isName(t.stem));
  const inNames = new Set(
    concepts
      .filter((c) => c.role === 'name' && unmarked(c) && dictionary.isInstance(c.label))
      .flatMap((c) => c.label.split(' ').map((_, k) => c.position + k)),
  );
  const named = tokens.map((t, i) => {
    const marked = !t.name && (lexicon.isName(t.stem) || inNames.has(t.position)) ? { ...t, name: true } : t;
    if (isSuperlative(t, tokens[i - 1], dictionary)) return { ...marked, superlative: true };
    // "what flows after Bingen": right after the question word, a verb's -s form may be the verb.
    const asker = tokens[i - 1]?.word;
    if (
      (asker === 'what' || asker === 'which') &&
      /s$/.test(t.word) &&
      dictionary.partsOfSpeech(t.word).has('v')
    )
      return { ...marked, verbal: true };
    return marked;
  });
  const read = focusOf(named, type, text);
  const whose = askedSpeaker(
    named,
    // A word English uses: one WordNet holds that its sense-tagged corpus saw ("Macron" it never did).
    (word) => dictionary.partsOfSpeech(word).size > 0 && dictionary.frequency(word) > 0,
    (word) => dictionary.isInstance(word),
    (word) => lexicon.isPerson(word),
  );
  // "What did the chiefs say" names no one, so its focus is no person's words; whose words it asks
  // for still holds.
  const heard = read.kind === 'speech' || whose?.common ? whose : undefined;
  // The words that say who a person is stand for what their concepts stand for ("EU": "European
  // Union"): a sentence of the European Union's is not the EU ambassador's.
  const speaker = heard?.described
    ? {
        ...heard,
        described: concepts
          .filter((c) => c.alternatives[0]?.stems.some((stem) => heard.described?.includes(stem)))
          .flatMap((c) => c.alternatives.flatMap((alt) => alt.stems)),
      }
    : heard;
  // "what did kallas post": a word of office right after the subject of "did" is what was done.
  const acted = (c: Concept) => {
    const at = tokens.findIndex((t) => t.position === c.position && !t.part);
    const before = tokens[at - 1];
    return (
      before !== undefined &&
      (before.name || lexicon.isName(before.stem)) &&
      tokens.slice(0, at - 1).some((t) => DO_WORDS.has(t.word))
    );
  };
  const asking = speaker ? { ...read, speaker } : read;
  const focus = officeAsked(
    asking,
    concepts,
    concepts.filter((c) => isOfficeWord(c) && !acted(c)),
  );
  // "how much did the port call cost", "how much is the SAFE fund": an amount of money, by a word
  // WordNet defines by money ("cost": "the total spent for goods or services including money …",
  // "fund": "a reserve of money …"): the question's verb (or the noun read as what happened), or
  // with no other verb a noun. Not "how much of the budget", a share, nor "how much did the price
  // of oil increase", a change.
  const much = tokens.findIndex((t, i) => t.word === 'much' && tokens[i - 1]?.word === 'how');
  const verbs = concepts.filter((c) => c.role === 'verb' || c.event);
  const byMoney = (c: Concept) =>
    !c.label.includes(' ') && dictionary.definitionStems(c.label.toLowerCase()).has(MONEY);
  if (
    focus.kind === 'number' &&
    focus.mass &&
    tokens[much + 1]?.word !== 'of' &&
    (verbs.length > 0 ? verbs.some(byMoney) : concepts.some((c) => c.role === 'noun' && byMoney(c)))
  )
    focus.money = true;
  // "what share of the joint venture": a kind that is a percentage by another name.
  if (
    focus.kind === 'category' &&
    concepts.some(
      (c) =>
        focus.category.includes(c.alternatives[0]?.stems[0] ?? '') &&
        !c.label.includes(' ') &&
        [c.label.toLowerCase(), ...dictionary.otherNames(c.label.toLowerCase())].some((w) =>
          PERCENTAGE_WORDS.has(w),
        ),
    )
  )
    focus.proportion = true;
  // "what are the names of the three service chiefs": the people whose names are asked.
  if (focus.kind === 'name' && !focus.alias) {
    const people = namedPeople(
      tokens,
      (word) => lexicon.isPerson(word) || dictionary.isPersonNoun(word),
      (stem) => lexicon.isName(stem),
    );
    if (people) {
      focus.namesOf = people;
      // "names" is the kind asked for, which the answer gives without the word.
      for (const c of concepts) if (c.alternatives[0]?.stems.join(' ') === stemWord('names')) c.slot = true;
    }
  }
  // The office asked about names the slot, like "what date": it is not looked up, nor are the
  // words before it that say which ("official job title"). Not an office word the question only
  // mentions ("what did Modi say about the legal gateway office").
  const slotted =
    focus === asking ? concepts : concepts.filter((c) => !isOfficeWord(c) && !beforeOffice(c, concepts));
  // "what is the English translation of Het Scheur": the language of the gloss is no word of it.
  const glossedIn = (c: Concept) =>
    focus.gloss === true &&
    c.role === 'name' &&
    tokens.some((t) => t.position === c.position + 1 && GLOSS_WORDS.has(t.word));
  const asked = slotted.filter((c) => !glossedIn(c));
  // "is it a big deal", "how big a deal is it", "how significant is the pact", "the significance of
  // the meeting": how much something matters (WordNet's "big deal" is a kind of importance;
  // "significant" has it as its attribute).
  const bigDeal = new Set(bigDealWords(whole).map((t) => t.position));
  if (
    bigDeal.size > 0 ||
    whole.some(
      (t, i) =>
        IMPORTANCE.has(t.word) || (t.word === 'how' && dictionary.isOfImportance(whole[i + 1]?.word ?? '')),
    )
  ) {
    focus.importance = true;
    // "Big" and "deal" say only that: the focus asks it, and no sentence need write them.
    for (const c of asked) if (bigDeal.has(c.position)) c.importance = true;
  }
  // "who led Richard's troops when Cyprus was conquered": a clause of circumstance sets the scene.
  const clause = tokens.findIndex((t, i) => i > 1 && CIRCUMSTANCE.has(t.word));
  if (clause >= 0) {
    const from = tokens[clause]?.position ?? Infinity;
    for (const c of asked) if (c.position > from && c.role === 'name') c.circumstance = true;
  }
  // "what treaty ended the war": the kind asked for is the slot the answer fills ("the Peace of
  // Saint-Germain"), which the answering sentence need not name; so is it where someone's words
  // are asked for ("what event does Kallas say she saw": "Republic Day was quite an experience").
  if ((read.kind === 'category' || read.kind === 'speech') && read.sort !== true) {
    // The head noun only: "which submarine deal" asks for a deal, and about submarines.
    const head = read.category.at(-1);
    // "What French City": a kind the question capitalises is still a kind where the articles
    // write it as a common noun ("which indian navy ship" types no capital: "navy" stays a name).
    const kind = (c: Concept) =>
      c.role === 'noun' ||
      (c.role === 'name' && /^\p{Lu}/u.test(c.label) && head !== undefined && lexicon.isCommonNoun(head));
    for (const c of asked) if (kind(c) && c.alternatives[0]?.stems.join(' ') === head) c.slot = true;
    // "which 3 areas": the number counts the answers; a sentence listing them need not say it.
    const count = asked.find(
      (c, i) =>
        (isCount(c.label.toLowerCase()) ||
          (c.role === 'number' && read.category.includes(c.alternatives[0]?.stems[0] ?? ''))) &&
        asked[i + 1]?.slot === true,
    );
    if (count) count.slot = true;
  }
  // "in what era did they emigrate": the era is the slot the answer's date fills ("in the 1890s").
  if (read.kind === 'date' && read.unit)
    for (const c of asked)
      if (c.role === 'noun' && c.alternatives[0]?.stems.join(' ') === read.unit) c.slot = true;
  // "how long did Western Europe control Cyprus", "how far did the sea level drop": the measure
  // of what was done is what the answer's quantity gives ("for the following 380 years"), the
  // slot. Not in "how long is Lake Constance", where the sentence says it is "63 km long".
  if (type === 'measure') {
    const how = tokens.findIndex((t) => t.word === 'how' && !t.part);
    const measure = tokens[how + 1];
    const copula = COPULAS.has(tokens[how + 2]?.word ?? '');
    for (const c of asked) if (measure && !copula && c.position === measure.position) c.slot = true;
  }
  // "wasn't it signed in mumbai?", "kallas tweeted about it on sunday didnt she": the asker checks
  // what they remember, and a detail no source holds is the one to correct.
  const check =
    REMEMBERED.test(text) || REMEMBERED_TAG.test(text)
      ? rememberedCheck(
          asked,
          tokens,
          dictionary,
          tokens.some((t) => !t.stop && lexicon.isSaying(t.stem)),
        )
      : undefined;
  const order = temporalOrderOf(tokens, asked);
  // "who signs these partnerships": the who is the verb's doer, the verb right after "who" (not
  // "who did Kallas meet", whose who is what the verb is done to).
  const whoAt = whole.findIndex((t) => t.word === 'who');
  const next =
    whoAt >= 0
      ? asked.find((c) => c.position > (whole[whoAt]?.position ?? 0) && c.role !== 'light')
      : undefined;
  const doing = next?.role === 'verb' ? next : undefined;
  const doers =
    focus.kind === 'person' && doing
      ? {
          doers: doing.alternatives
            .filter((alt) => alt.stems.length === 1 && VERB_FORMS.has(alt.form))
            .map((alt) => alt.stems[0] ?? ''),
        }
      : {};
  const alternatives = type === 'yesno' && !check ? alternativeSides(whole, asked) : undefined;
  return {
    type: check?.type ?? type,
    focus: check?.focus ?? { ...withForms(focus, asked), ...doers },
    concepts: check?.concepts ?? asked,
    // A check of what the asker remembers asks what is so, whatever its "wasn't".
    negated:
      !check &&
      negates(text.search(QUOTED_WORDS) >= 0 ? tokenize(text.replaceAll(QUOTED_WORDS, ' ')) : tokens),
    recent: RECENT.test(text),
    passive: PASSIVE.test(text),
    // "who's", "it's": a stop word before "'s" is a contraction, not an owner.
    owners: [...text.matchAll(OWNER)]
      .map((m) => (m[1] ?? '').toLowerCase())
      .filter((word) => !STOP_WORDS.has(word))
      .map((word) => stemWord(word)),
    ...(order ? { order } : {}),
    ...(alternatives ? { alternatives } : {}),
    ...(asksOrigin(text) && asked.some((c) => c.role === 'name') ? { origin: true } : {}),
    ...actingFor(text, type, check?.concepts ?? asked),
  };
}

/**
 * The two sides of a yes/no question's "or": its content words after the "or", and those before it
 * but the first, which is what the question asks about ("are [these partnerships] one-size-fits-all,
 * or customised per country"). Undefined without an "or" that has content words after it ("is it
 * important or not") and two before it, or with one between two single words, which are one
 * concept of two alternatives already.
 */
function alternativeSides(
  tokens: readonly Token[],
  concepts: readonly Concept[],
): [readonly Concept[], readonly Concept[]] | undefined {
  const or = tokens.find((t) => t.word === 'or');
  // "signed or rejected": one word against one is a single concept already (`mergeChoices`).
  if (!or || concepts.some((c) => c.label.includes(' or '))) return undefined;
  // "or not" offers no alternative.
  const content = concepts.filter((c) => !c.light && !/^(?:not|never|no)$/i.test(c.label));
  const before = content.filter((c) => c.position < or.position);
  const after = content.filter((c) => c.position > or.position);
  // Without a word before the sides, what the question asks about, neither side asks anything of
  // it: "was it binding, or a political gesture" without its second side is "was it binding".
  if (before.length < 2 || after.length === 0) return undefined;
  return [before.slice(1), after];
}

/** "largest", "best", "most important": an adjective in its highest degree (WordNet's morphy). */
function isSuperlative(token: Token, before: Token | undefined, dictionary: Dictionary): boolean {
  if (token.name) return false;
  if (before?.word === 'most' || before?.word === 'least')
    return dictionary.partsOfSpeech(token.word).has('a');
  return dictionary.isSuperlative(token.word);
}

/** Whether a corpus stem is in the degree of a comparative or superlative word ("biggest", "largest"). */
const sameDegree = (word: string, stem: string) =>
  /est$/.test(word) ? /est$/.test(stem) : /er$/.test(word) && /er$/.test(stem);

/** An adjective in a higher degree ("closer", "largest"), by WordNet: it says how much, not which kind. */
function isGraded(token: Token, dictionary: Dictionary): boolean {
  return (
    degreeBasesOf(token).length > 0 &&
    baseForms(token.word, 'a').some((base) => base !== token.word && dictionary.partsOfSpeech(base).has('a'))
  );
}

/**
 * Stems of the adjective a comparative or superlative is a degree of ("smallest" → "small",
 * "better" → "good"), by WordNet's morphy; none for other words.
 */
function degreeBasesOf(token: Token): string[] {
  // A question-shaping word ("latest") asks nothing of the sentence's wording.
  if (token.name || token.light || !/(?:er|st)$/.test(token.word)) return [];
  // A candidate that is no adjective ("lat" for "latest") has no opposites among the corpus's
  // words, so the lexicon alone sorts them out: no dictionary lookup per question.
  return baseForms(token.word, 'a')
    .filter((base) => base !== token.word)
    .map((base) => stemWord(base))
    .filter((stem) => stem !== token.stem);
}

/**
 * "the 15th or 16th", "in Brussels or New Delhi": a choice between two words of one role, which a
 * sentence answers by holding either. The two become one concept, held by the forms of both, so
 * neither side's absence declines the question nor lowers a sentence that holds the other.
 */
// "kalas or rajnath": a side no source or dictionary holds, read by its closest spelling, beside a
// name on the other side, is a name misspelt: a choice of one role all the same.
const misspeltBeside = (concept: Concept, other: Concept) =>
  concept.role === 'noun' && other.role === 'name' && concept.alternatives.some((alt) => alt.form === 'typo');

function mergeChoices(
  concepts: Concept[],
  tokens: readonly Token[],
  knownness: (alternatives: readonly Alternative[]) => { known: boolean; idf: number },
): void {
  for (const or of tokens.filter((t) => t.word === 'or' && !t.part)) {
    const at = concepts.findIndex((c) => endOf(c) === or.position && c.role !== 'light');
    const first = concepts[at];
    // "a milestone or just a first step": a word that only plays the other side down is no part of it.
    const skipped = concepts[at + 1] && FOCUSING.has(concepts[at + 1]?.label.toLowerCase() ?? '') ? 1 : 0;
    const second = concepts[at + 1 + skipped];
    if (
      !first ||
      !second ||
      (second.role !== first.role && !misspeltBeside(first, second) && !misspeltBeside(second, first)) ||
      !wordsBetween(tokens, or, second).every((t) => DETERMINERS.has(t.word) || FOCUSING.has(t.word))
    )
      continue;
    // The other side runs on while its words stand together ("a first step").
    let end = at + 1 + skipped;
    while (
      concepts[end + 1] !== undefined &&
      concepts[end + 1]?.position === endOf(concepts[end] as Concept) &&
      concepts[end + 1]?.role !== 'light'
    )
      end++;
    const side = concepts.slice(at + 1 + skipped, end + 1);
    // A side of several words is held by all of them as typed ("first step", not "step" alone).
    const sideForms: Alternative[] =
      side.length === 1
        ? (side[0]?.alternatives ?? [])
        : [
            { stems: side.flatMap((c) => c.alternatives[0]?.stems ?? []), weight: 1, form: 'typed' },
            ...side.flatMap((c) => c.alternatives.slice(1)),
          ];
    const alternatives = [...first.alternatives, ...sideForms];
    concepts.splice(at, end - at + 1, {
      ...first,
      label: `${first.label} or ${side.map((c) => c.label).join(' ')}`,
      alternatives,
      antonyms: [...first.antonyms, ...side.flatMap((c) => c.antonyms)],
      ...knownness(alternatives),
    });
  }
}

// Auxiliaries after "how long" that make it ask how long something goes on ("how long did it
// last", "how long will it take"), not how long a thing is ("how long is the Rhine").
const DURING_AUXILIARIES = new Set('did does do will would has have had can could was were'.split(' '));
/** Verbs that say something goes on for a time, by their stems: "take", "last", "run", "serve", "stay". */
export const LASTING_STEMS: ReadonlySet<string> = new Set(
  ['take', 'last', 'run', 'serve', 'stay'].map(stemWord),
);

/**
 * Whether the token at `at` is the "long" of "how long" asking for a duration, which the answer
 * gives as one ("at least a year", "from 2011 to 2015") without the word: after "how long" an
 * auxiliary of the past or future, or a verb of lasting later in the question.
 */
function asksDuration(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.word !== 'long' || tokens[at - 1]?.word !== 'how') return false;
  return (
    DURING_AUXILIARIES.has(tokens[at + 1]?.word ?? '') ||
    tokens.slice(at + 1).some((t) => LASTING_STEMS.has(t.stem))
  );
}

/**
 * "the names of the (three) (service) chiefs", "name the officials": the stem of the plural word
 * for people whose names a question asks, if it asks so.
 */
function namedPeople(
  tokens: readonly Token[],
  isPerson: (word: string) => boolean,
  isName: (stem: string) => boolean,
): string | undefined {
  const words = tokens.filter((t) => !t.part);
  const at = words.findIndex(
    (t, i) => (t.word === 'names' || t.word === 'name') && words[i + 1]?.word === 'of',
  );
  if (at < 0) return undefined;
  // "the names of the chiefs", "the name of the liaison officer": as many as asked.
  const plural = words[at]?.word === 'names';
  for (let i = at + 2; i < words.length; i++) {
    const word = words[i] as Token;
    if (word.stop || /^\d+$/.test(word.word)) continue;
    // One person: the phrase's head, a person word no name and no other noun follows ("the liaison
    // officer who …"; not "the Norman castle", "the first Huguenot outpost"). A name or a
    // participle after it opens a clause of its own: "the executive Raghavan talked to", "the
    // officer being posted to …".
    const next = words[i + 1];
    const clause = next !== undefined && (next.name || isName(next.stem) || /(?:ed|ing)$/.test(next.word));
    const head = plural || !(word.name || (next !== undefined && !next.stop && !next.light && !clause));
    if ((!plural || /s$/.test(word.word)) && head && isPerson(word.word)) return word.stem;
    // A word before the head ("service" chiefs, "the Indian Navy liaison officer") goes on; a name
    // that ends the words does not.
    if (word.name && (next === undefined || next.stop)) return undefined;
  }
  return undefined;
}

/** The position right after a concept's last word. */
const endOf = (concept: Concept) => concept.position + concept.label.split(' ').length;

/** The words between a joining word ("or", "and") and the concept after it. */
const wordsBetween = (tokens: readonly Token[], joiner: Token, next: Concept) =>
  tokens.filter((t) => !t.part && t.position > joiner.position && t.position < next.position);

// Words that only play one side of a choice down or up: "or just a first step".
const FOCUSING = new Set(['just', 'only', 'merely', 'simply', 'even', 'rather']);

/**
 * Whether token `at` follows "who", an adverb right after "who" ("who actually signs"), or a
 * relative "that" or "which" after a noun ("the plan that sets out …").
 */
function afterWho(tokens: readonly Token[], at: number, dictionary: Dictionary): boolean {
  const previous = tokens[at - 1];
  if (previous?.word === 'who') return true;
  // "the plan that sets out", "the body which oversees it": a relative pronoun after a noun.
  const noun = tokens[at - 2];
  if (
    (previous?.word === 'that' || previous?.word === 'which') &&
    noun !== undefined &&
    !noun.stop &&
    dictionary.partsOfSpeech(noun.word).has('n')
  )
    return true;
  if (tokens[at - 2]?.word !== 'who' || previous === undefined) return false;
  const parts = dictionary.partsOfSpeech(previous.word);
  return parts.size === 1 && parts.has('r');
}

/**
 * For each word no source holds that is part of a noun of two words WordNet holds ("free trade"),
 * its position and the term as typed: what the question asks about is a thing of its own, which a
 * sentence about another kind of the head ("the defence agreement") does not answer.
 */
function unheldTerms(
  tokens: readonly Token[],
  known: (token: Token) => boolean,
  dictionary: Dictionary,
): Map<number, string> {
  const found = new Map<number, string>();
  const words = tokens.filter((t) => !t.part);
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = [words[i], words[i + 1]] as [Token, Token];
    if (pair.some((t) => t.stop || t.name) || pair.every(known)) continue;
    // "which think tank": the kind asked for, which the answer names in its own words.
    if (['which', 'what'].includes(words[i - 1]?.word ?? '')) continue;
    if (!dictionary.partsOfSpeech(`${pair[0].word}_${pair[1].word}`).has('n')) continue;
    const term = pair.map((t) => t.surface).join(' ');
    for (const t of pair) if (!known(t)) found.set(t.position, term);
  }
  return found;
}

/**
 * Positions of verbs that are a verb of their own with the particle after them ("showed up"; not
 * "dried up", which still says "dry").
 */
function phrasalVerbs(tokens: readonly Token[], dictionary: Dictionary): Set<number> {
  const found = new Set<number>();
  tokens.forEach((token, i) => {
    const particle = tokens[i + 1]?.word ?? '';
    if (token.stop || token.part || !VERB_PARTICLES.has(particle)) return;
    // Before a preposition a noun is as likely as a verb ("the budget for 2026-27").
    if (OBJECT_PREPOSITIONS.has(particle) && !standsAsVerb(tokens, i)) return;
    if (dictionary.isPhrasalVerb(token.word, particle)) found.add(token.position);
  });
  return found;
}

/**
 * Whether the word at `i` stands where a verb does: inflected as one ("asked", "looking"), or
 * after a question word, an auxiliary, a pronoun or a name ("who asked", "did they ask", "did
 * India ask"); not after a determiner, a possessive or another noun ("the budget", "defence budget").
 */
function standsAsVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (/(?:ed|ing)$/i.test(token.surface)) return true;
  const before = tokens[i - 1];
  if (!before) return true;
  if (DETERMINERS.has(before.word) || before.word === 's') return false;
  return before.stop || before.name;
}

/**
 * Whether the token at `i` is a particle that makes one verb with the word before it, a verb the
 * bare verb is in one of its senses ("pass away" is "pass" as "die"): it says nothing the verb's
 * own senses do not, so it is no word of its own to find. The particle of a verb of its own ("hold
 * back", not a way to "hold") stays a word of the question.
 */
function particleOfVerb(
  tokens: readonly Token[],
  i: number,
  /** Positions of the verbs that are verbs of their own with their particle (`phrasalVerbs`). */
  phrasal: ReadonlySet<number>,
  dictionary: Dictionary,
): boolean {
  const token = tokens[i] as Token;
  const verb = tokens[i - 1];
  if (!VERB_PARTICLES.has(token.word) || !verb || verb.stop || verb.part) return false;
  return (
    verb.position === token.position - 1 &&
    !phrasal.has(verb.position) &&
    dictionary.isVerbWithParticle(verb.word, token.word)
  );
}

// The longest adverb of several words looked for: "ahead of time", "for the time being".
const MAX_PHRASE = 4;

/**
 * Positions of the words of an adverb WordNet holds whole ("ahead of time", "right away") where
 * the question writes it and the sources do not hold some word of it: it says when or how, which
 * an answer may leave out, as it may leave out an adverb of one word no source writes.
 */
function adverbPhrases(
  tokens: readonly Token[],
  known: (token: Token) => boolean,
  dictionary: Dictionary,
): Set<number> {
  const words = tokens.filter((t) => !t.part);
  const found = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (let length = 2; length <= MAX_PHRASE && i + length <= words.length; length++) {
      const phrase = words.slice(i, i + length);
      if (!phrase.some((t) => !t.stop && !known(t))) continue;
      if (dictionary.isAdverbPhrase(phrase.map((t) => t.word))) for (const t of phrase) found.add(t.position);
    }
  }
  return found;
}

/** Marks names joined by "and" ("India and the EU", "between India and the EU") as `paired`. */
function pairNames(concepts: readonly Concept[], tokens: readonly Token[]): void {
  for (const and of tokens.filter((t) => t.word === 'and' && !t.part)) {
    const at = concepts.findIndex((c) => endOf(c) === and.position);
    const first = concepts[at];
    const second = concepts[at + 1];
    if (
      first?.role !== 'name' ||
      second?.role !== 'name' ||
      !wordsBetween(tokens, and, second).every((t) => DETERMINERS.has(t.word))
    )
      continue;
    first.paired = true;
    second.paired = true;
  }
}

// The words that open a relative clause after a noun, and the auxiliaries its verb may follow.
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
const CLAUSE_AUXILIARIES = new Set([...BE_FORMS, 'has', 'have', 'had', 'did', 'does', 'do']);

/**
 * "Who chairs the committee that reviewed the partnership": the verb of a relative clause after a
 * noun or name ("that", "which", "who", an auxiliary between allowed) says which thing is meant, not
 * what is asked of it; the sentence that answers may name the thing without it ("The committee is
 * chaired by …"). Marks such verbs `describes`, where the question has a verb of its own.
 */
function markDescribingVerbs(concepts: readonly Concept[], tokens: readonly Token[]): void {
  const words = tokens.filter((t) => !t.part);
  words.forEach((pronoun, i) => {
    if (!RELATIVE_PRONOUNS.has(pronoun.word)) return;
    const noun = concepts.find((c) => endOf(c) === pronoun.position);
    if (noun?.role !== 'noun' && noun?.role !== 'name') return;
    let at = i + 1;
    while (CLAUSE_AUXILIARIES.has(words[at]?.word ?? '')) at++;
    const verb = concepts.find((c) => c.position === words[at]?.position);
    // Only beside a verb of the question's own: in "the name of the locomotive that debuted in
    // 1825" the clause is all that is asked.
    const main = concepts.some((c) => c !== verb && c.role === 'verb' && !c.light && !c.describes);
    if (verb?.role === 'verb' && main) verb.describes = true;
  });
}

/** The bases a regular English ending would leave of `word`: "contries" → "contry", "signd" → none. */
function regularBasesOf(word: string): string[] {
  const bases = [
    word.replace(/ies$/, 'y'),
    word.replace(/(?:ch|sh|s|x|z)es$/, (ending) => ending.slice(0, -2)),
    word.replace(/s$/, ''),
  ];
  return [...new Set(bases)].filter((base) => base !== word && base.length >= 4);
}

// A question word seen at most this often in WordNet's sense-tagged corpus is rare ("rive": 1) …
const RARE_WORD = 2;
// … and read as a word the sources hold, one slip away, when that word is this many times more
// common ("river": 55): a typo, not the rare word meant.
const COMMONER = 20;

// Auxiliaries a question puts before its subject ("when did …", "when was … born").
const DO_WORDS = new Set(['did', 'does', 'do', 'will']);
const BE_WORDS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);
const PARTICIPLE = /(?:ed|en|wn|rn|lt|nt)$/;

// "when did kallas first announce it": a rank between the subject and its verb says when, as
// "for the first time" does; it names no thing to find.
const TIME_RANKS = new Set(['first', 'last', 'initially', 'originally', 'finally']);
function firstTime(tokens: readonly Token[], token: Token, dictionary: Dictionary): boolean {
  const words = tokens.filter((t) => !t.part);
  const at = words.findIndex((t) => t.position === token.position);
  if (ORDER_ASKED.has(token.word) && choosesInOrder(words, at, dictionary)) return true;
  if (!TIME_RANKS.has(token.word)) return false;
  const next = words[at + 1];
  return (
    next !== undefined &&
    !next.stop &&
    dictionary.partsOfSpeech(next.word).has('v') &&
    words.slice(Math.max(0, at - 4), at - 1).some((t) => DO_WORDS.has(t.word) || BE_WORDS.has(t.word))
  );
}

// "which came first, the Compass or the partnership": the order asked between two things.
const ORDER_ASKED = new Set(['first', 'last', 'earlier', 'earliest', 'later', 'latest', 'sooner']);
const CHOOSING = new Set(['which', 'what', 'who']);

/**
 * Whether the word at `at` asks in which order two things offered with "or" came, right after the
 * question word and its verb ("which happened first, … or …"; "who arrived earlier, … or …"): the
 * answer dates them, and need not use the word.
 */
function choosesInOrder(words: readonly Token[], at: number, dictionary: Dictionary): boolean {
  const verb = words[at - 1];
  return (
    at >= 2 &&
    CHOOSING.has(words[at - 2]?.word ?? '') &&
    verb !== undefined &&
    dictionary.partsOfSpeech(verb.word).has('v') &&
    words.slice(at + 1).some((t) => t.word === 'or')
  );
}

// Words opening a clause of circumstance inside a question ("… when Cyprus was conquered").
const CIRCUMSTANCE = new Set(['when', 'while', 'if', 'whilst']);
// The words naming a gloss, after the language it is in ("the English translation").
const GLOSS_WORDS = new Set(['translation', 'meaning', 'name', 'word', 'term']);

// "what role does Kallas have", "what title does she hold": what someone is, as "who is X" asks.
const OFFICE_WORDS = ['role', 'position', 'title', 'job', 'post', 'office', 'rank'];
// Both forms: question-shaping words ("role", "title") keep their words whole.
const OFFICES = new Set([...OFFICE_WORDS, ...OFFICE_WORDS.map((w) => stemWord(w))]);

const isOfficeWord = (c: Concept) => OFFICES.has(c.alternatives[0]?.stems[0] ?? '');

/** A word of the question that stands right before its office word, or before one that does ("official job title"). */
function beforeOffice(c: Concept, concepts: readonly Concept[]): boolean {
  if (c.role === 'name') return false;
  const next = concepts.find((other) => other.position === c.position + 1);
  return next !== undefined && (isOfficeWord(next) || beforeOffice(next, concepts));
}

/**
 * The focus, read as a description of the people named when it asks for their office (one of
 * `offices`, the question's words of office that are not what someone did).
 */
function officeAsked(focus: Focus, concepts: readonly Concept[], offices: readonly Concept[]): Focus {
  const names = concepts.filter((c) => c.role === 'name');
  const stems = new Set(offices.map((c) => c.alternatives[0]?.stems[0] ?? ''));
  const isOffice = (c: Concept) => offices.includes(c);
  // "what role does Kallas have" (the office as the kind asked for), "what is Kallas's role".
  const office =
    (focus.kind === 'category' && focus.category.every((stem) => stems.has(stem))) ||
    (focus.kind === 'definition' && focus.subject.some((stem) => stems.has(stem))) ||
    // "kallas title?", "rajnath singh role": names and an office word, nothing else asked.
    (focus.kind === 'none' &&
      concepts.some(isOffice) &&
      concepts.every((c) => c.role === 'name' || isOffice(c) || beforeOffice(c, concepts)));
  if (!office || names.length === 0) return focus;
  return { kind: 'definition', category: [], subject: names.flatMap((c) => c.alternatives[0]?.stems ?? []) };
}

const PARTICLES = new Set(NAME_PARTICLES);

/**
 * How many particles of a name ("von der") stand at `i`, right before a name ("Leyen"): 0 when the
 * words there are not such particles.
 */
function nameParticles(content: readonly Token[], i: number, isName: (token: Token) => boolean): number {
  let n = 0;
  while (PARTICLES.has(content[i + n]?.word ?? '') && n < 3) n++;
  const name = content[i + n];
  const adjacent = n > 0 && name && name.position === (content[i]?.position ?? 0) + n;
  return adjacent && isName(name) ? n : 0;
}

// Prepositions that link a noun to a name standing for a side of it: "on behalf of India", "the
// ambassador to India", "a base for India".
const LINKS = new Set(['of', 'to', 'for']);

/** The noun and preposition right before a name ("behalf of India"), when the question has them. */
function linkOf(tokens: readonly Token[], name: Token): Pick<Concept, 'linkedFrom'> {
  const at = tokens.findIndex((t) => t.position === name.position && !t.part);
  const link = tokens[at - 1];
  const head = tokens[at - 2];
  if (!link || !head || !LINKS.has(link.word) || head.stop || head.name || head.part) return {};
  return { linkedFrom: { head: head.stem, link: link.word } };
}

/** The preposition before the name, a determiner aside ("at the Red Fort"), if one stands there. */
function prepositionBefore(tokens: readonly Token[], name: Token): string | undefined {
  let at = tokens.findIndex((t) => t.position === name.position && !t.part) - 1;
  while (['the', 'a', 'an'].includes(tokens[at]?.word ?? '')) at--;
  const word = tokens[at]?.word ?? '';
  return PREPOSITIONS.has(word) ? word : undefined;
}

/** "in England", "at Kartavya Path": where, so a sentence that sets its own place there speaks of another. */
function governing(tokens: readonly Token[], name: Token): Pick<Concept, 'governed' | 'located'> {
  const preposition = prepositionBefore(tokens, name);
  if (!preposition) return {};
  return preposition === 'in' || preposition === 'at'
    ? { governed: true, located: true }
    : { governed: true };
}

/**
 * "watchin", "lookin": an -ing form typed without its g, as chat drops it, where the word is
 * neither in the sources nor in the dictionary and the -ing form is a verb's.
 */
function withDroppedG(tokens: Token[], isWord: (token: Token) => boolean, dictionary: Dictionary): Token[] {
  return tokens.map((token) => {
    if (token.stop || token.part || token.name || !/^[a-z]{3,}in$/.test(token.word) || isWord(token))
      return token;
    const full = `${token.word}g`;
    if (!dictionary.partsOfSpeech(full).has('v')) return token;
    const fixed = tokenize(full)[0];
    return fixed ? { ...fixed, position: token.position } : token;
  });
}

/**
 * "what did the us say": "us" after "the" is the country typed in lower case, not the pronoun
 * (a stop word otherwise).
 */
function theUs(tokens: Token[]): Token[] {
  return tokens.map((token, i) =>
    token.word === 'us' && tokens[i - 1]?.word === 'the'
      ? { ...token, surface: 'US', stem: 'us', stop: false, name: true }
      : token,
  );
}

/**
 * "trade and technology council" typed in lower case: the words of a name the articles write out
 * beside its acronym (corpus/acronyms.ts) are a name, as they are typed with capitals.
 */
function writtenOutNames(glossary: Glossary, tokens: Token[]): Token[] {
  const content = tokens.filter((t) => !t.stop && !t.part);
  const named = new Set<Token>();
  content.forEach((token, i) => {
    for (const name of glossary.writtenOutByFirstStem.get(token.stem) ?? [])
      if (name.every((stem, k) => content[i + k]?.stem === stem))
        for (let k = 0; k < name.length; k++) named.add(content[i + k] as Token);
  });
  return named.size === 0 ? tokens : tokens.map((t) => (named.has(t) ? { ...t, name: true } : t));
}

// The words of WordNet's synset "deem to be" (see, consider, reckon, view, regard), as a question
// writes them after "do", "does" or "did".
const VIEWING = new Set([
  'see',
  'sees',
  'consider',
  'considers',
  'reckon',
  'reckons',
  'view',
  'views',
  'regard',
  'regards',
]);
const DO = new Set(['do', 'does', 'did']);

/**
 * "how does the EU see these partnerships", "how did India regard the deal": asks how they
 * describe it, in their words, not for a sentence that says "see" ("a proud moment to see …").
 */
function seenAs(tokens: Token[]): Token[] {
  const words = tokens.filter((t) => !t.part);
  if (words[0]?.word !== 'how' || !DO.has(words[1]?.word ?? '')) return tokens;
  const verb = words.findIndex((t, i) => i > 2 && VIEWING.has(t.word));
  const at = words[verb];
  if (!at) return tokens;
  return tokens.map((t) =>
    t === at ? { ...t, word: 'describe', stem: 'describe', light: true, name: false } : t,
  );
}

// A copula: opening a yes/no question ("is the partnership a treaty"), or after "how long" asking a
// size ("how long is Lake Constance", not "how long had the tradition been dropped").
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/**
 * The last concept of a yes/no question that opens with a copula and sets an article before it
 * ("is the partnership *a treaty*"): the kind the subject is asked to be. Undefined otherwise.
 */
function copularComplement(
  tokens: readonly Token[],
  concepts: readonly Concept[],
  type: QuestionType,
): Concept | undefined {
  const words = tokens.filter((t) => !t.part);
  if (type !== 'yesno' || !COPULAS.has(words[0]?.word ?? '')) return undefined;
  const last = concepts.at(-1);
  if (!last || concepts.length < 2 || last.role === 'name') return undefined;
  const at = words.findIndex((t) => t.position === last.position);
  return ['a', 'an'].includes(words[at - 1]?.word ?? '') ? last : undefined;
}

/** Stems of WordNet's base forms of an irregular word ("threw" → "throw"), other than its own stem. */
function irregularBasesOf(word: string, stem: string): string[] {
  const bases = new Set<string>();
  for (const pos of PARTS_OF_SPEECH) {
    const base = irregularBase(word, pos);
    if (base && /^[a-z]+$/.test(base)) bases.add(stemWord(base));
  }
  bases.delete(stem);
  return [...bases];
}

const MONEY = stemWord('money');
// WordNet's names of a percentage: a kind any of them names is given by one.
const PERCENTAGE_WORDS: ReadonlySet<string> = new Set(['percentage', 'percent']);

/**
 * The focus's subject and kind words in every form their concepts have ("kalas" → "kallas"); what
 * "how many" counts in its WordNet relatives too.
 */
function withForms(focus: Focus, concepts: readonly Concept[]): Focus {
  // What "how many" counts may be counted under a WordNet relative ("two vessels" for "ships").
  // Not an adjective's (WordNet's `similar`): "officials" are not counted as "formal" rounds.
  const least = focus.kind === 'number' ? 0 : 0.75;
  const forms = (stems: readonly string[], kinds = false) => [
    ...new Set(
      stems.flatMap((stem) => {
        const concept = concepts.find((c) => c.alternatives[0]?.stems.includes(stem));
        return concept
          ? concept.alternatives
              // Nor an adjective's defined as of it: "maritime" is no kind of "ship".
              .filter(
                (alt) =>
                  alt.weight >= least && !(kinds && (alt.form === 'similar' || alt.form === 'glossed')),
              )
              .flatMap((alt) => alt.stems)
          : [stem];
      }),
    ),
  ];
  const { speaker } = focus;
  return {
    ...focus,
    subject: forms(focus.subject),
    category: forms(focus.category, true),
    ...(speaker?.person && !speaker.common ? { speaker: { ...speaker, forms: forms(speaker.stems) } } : {}),
  };
}

// Each half of a run-together word has at least this many letters ("defencepact", not "ad" + "…").
const MIN_PART = 3;

/** The stems of two known words that `word` runs together, if one split gives them. */
function runTogether(word: string, knows: (stems: readonly string[]) => boolean): string[] | undefined {
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
    const parts = [stemWord(word.slice(0, at)), stemWord(word.slice(at))];
    if (knows(parts)) return parts;
  }
  return undefined;
}

// Per index (a reload builds another), the closed compounds found for a question word.
const compoundsByIndex = new WeakMap<object, Map<string, string[]>>();
/**
 * The sources' words that are `word` closed up behind another dictionary word ("counter" +
 * "terrorism"), read from the index's vocabulary once per question word.
 */
function closedCompoundsEnding(word: string, vocabulary: Vocabulary): string[] {
  let cache = compoundsByIndex.get(vocabulary.index);
  if (!cache) {
    cache = new Map();
    compoundsByIndex.set(vocabulary.index, cache);
  }
  let found = cache.get(word);
  if (!found) {
    found = [];
    for (const candidate of vocabulary.index.articleWords()) {
      if (candidate.length <= word.length + 2 || !candidate.endsWith(word)) continue;
      const head = candidate.slice(0, candidate.length - word.length).replace(/-$/, '');
      if (head.length >= 3 && vocabulary.dictionary.partsOfSpeech(head).size > 0) found.push(candidate);
    }
    cache.set(word, found);
  }
  return found;
}
