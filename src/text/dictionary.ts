import { tokenize } from './analyzer.ts';
import { baseForms, irregularBase } from './morphy.ts';
import { isShortening } from './slips.ts';
import {
  type Entry,
  firstEntry,
  hasAttribute,
  hypernymLevels,
  IMPORTANCE,
  isNamedThing,
  measuresSomething,
  openWordNet,
  PARTS_OF_SPEECH,
  type Pos,
  partsOfSpeechOf,
  pertainsToNamedThing,
  type Synset,
  type WordNet,
} from './wordnet.ts';

/**
 * Whether a word is English, and as which parts of speech, by WordNet (after its base forms):
 * "kicked" is a verb, "France" a noun, "signd" nothing. Used when the index is built (for the
 * corpus's words) and, for a question word no source holds, when the question is analysed; the
 * dictionary files are read on first use only.
 *
 * @module
 */
export interface Dictionary {
  /** The parts of speech the word has in some base form; empty when it is no English word. */
  partsOfSpeech(word: string): ReadonlySet<Pos>;
  /**
   * Other names WordNet gives a noun in its first senses, as written ("UK": "United Kingdom",
   * "Britain", …); empty for a word it does not know.
   */
  otherNames(word: string): readonly string[];
  /**
   * Whether the word's first noun sense is a kind of thing, not one named thing nor a time:
   * "council" and "partnership" are; "Korea" and "Macron" (WordNet instances), "Tuesday" (filed
   * under noun.time) and "signd" are not.
   */
  isCommonNoun(word: string): boolean;
  /**
   * Whether the word's first noun sense is a kind of person (WordNet files it under noun.person):
   * "minister", "president", "commander"; not "house", "Viking" (written capitalised), nor
   * "Macron" (an instance).
   */
  isPersonNoun(word: string): boolean;
  /**
   * Whether one of the word's two most frequent noun senses is a kind of `broader`, by WordNet's
   * hypernyms up to eight steps: "admiral" is a kind of "officer", "president" of "leader".
   */
  isKindOf(word: string, broader: string): boolean;
  /**
   * Whether the verb and the particle after it are a verb of their own: WordNet holds them as one
   * ("show up", "come up") whose first sense is not the bare verb's, nor a kind of it ("dry up"
   * is a way to "dry"; "show up" is no way to "show").
   */
  isPhrasalVerb(verb: string, particle: string): boolean;
  /** Whether WordNet holds the verb and the particle after it as one verb at all ("pass away", "dry up"). */
  isVerbWithParticle(verb: string, particle: string): boolean;
  /**
   * Whether WordNet holds the words (lower case, in order) as one adverb and as nothing else:
   * "ahead of time", "right away"; not "in advance", an adjective too.
   */
  isAdverbPhrase(words: readonly string[]): boolean;
  /**
   * Whether WordNet knows the word first as a shortening of another word of the same sense (see
   * `isShortening`): "min" (minute), "tech" (technical school); not "pig" nor "ban".
   */
  isShortened(word: string): boolean;
  /** Whether the word's first noun sense is a time (WordNet files it under noun.time): "year", "Tuesday". */
  isTimeNoun(word: string): boolean;
  /**
   * Whether one of the word's two most frequent noun senses is a kind of communication (WordNet
   * files it under noun.communication): "statement", "interview", "editorial", "transcript"; not
   * "cycle", "partnership".
   */
  isCommunicationNoun(word: string): boolean;
  /** Whether the word's first noun sense is one named thing (a WordNet instance): "uk", "france". */
  isInstance(word: string): boolean;
  /**
   * Whether the word names one thing: its first noun sense is a WordNet instance, or its first
   * adjective sense pertains to one ("mediterranean", "african": of the Mediterranean, of Africa).
   */
  namesOneThing(word: string): boolean;
  /**
   * Whether the word is an adjective's superlative: "largest", "best" (by WordNet's exception
   * list); not "forest" nor "honest", which WordNet holds as words of their own.
   */
  isSuperlative(word: string): boolean;
  /**
   * Whether one of the word's two most frequent verb senses is of the mind (WordNet files it under
   * verb.cognition or verb.emotion) or is trying (WordNet's sense of "try", "seek", "attempt", or a
   * way of it: "strive"): "hope", "plan", "want", "intend", "design" (to intend), "try"; not
   * "cease" or "help".
   */
  isVerbOfIntent(word: string): boolean;
  /**
   * Whether the adjective's first sense measures a quantity (its WordNet attribute is a duration,
   * a size, an age, a distance): "long", "old", "far"; not "important". For "how long …" over
   * sources that never write the word.
   */
  isMeasure(word: string): boolean;
  /**
   * Whether the adjective's first sense says a size (its WordNet attribute is "size", its own or
   * that of the adjective it is similar to): "big", "large", "huge", "small"; not "long" or "old".
   */
  isSize(word: string): boolean;
  /**
   * Whether the adjective's first sense says how much something matters (its WordNet attribute is
   * "importance" or "significance", its own or that of the adjective it is similar to):
   * "important", "significant", "key", "central"; not "big" nor "vital".
   */
  isOfImportance(word: string): boolean;
  /**
   * Whether English uses the word as an adverb more than as a noun: more of its adverb senses were
   * seen in WordNet's sense-tagged corpus than of its noun senses ("even", "exactly", "now"; not
   * "way", "part", "kind").
   */
  isMostlyAdverb(word: string): boolean;
  /**
   * Whether WordNet has the word as an adverb and as no noun or verb, and WordNet's sense-tagged
   * corpus saw no more of its adjective senses than of its adverb senses ("beforehand", "ahead",
   * "together"; not "early", an adjective first, nor "right", a noun too).
   */
  isAdverbFirst(word: string): boolean;
  /**
   * How common the word is in running English: the tag counts of its base forms' senses in
   * WordNet's sense-tagged corpus ("river" 55, "rive" 1, "signd" 0).
   */
  frequency(word: string): number;
  /**
   * The stems of the content words that define the word's most frequent senses, in every part of
   * speech: "authorisation" gives those of "official permission or approval", among others.
   */
  definitionStems(word: string): ReadonlySet<string>;
}

// How many of a word's most frequent senses, per part of speech, define it: two lose the
// rewordings of four tuning questions ("team" is "the defending team" only in a third sense of
// "defense"); six move nothing (twentieth pass).
const DEFINED_SENSES = 4;

// How many of a verb's most frequent senses may make it one of the mind: "design" is first to
// make a plan of, then to intend ("designed to deepen relations").
const MENTAL_SENSES = 2;
// WordNet's lexicographer files for verbs of thinking and of feeling (lexnames(5WN)).
const MIND = new Set([31, 37]);
// WordNet's lexicographer file for times: days, months, seasons (lexnames(5WN)).
const NOUN_TIME = 28;
// WordNet's lexicographer file for people: "minister", "commander" (lexnames(5WN)).
const NOUN_PERSON = 18;
// WordNet's lexicographer file for communication: "statement", "interview" (lexnames(5WN)).
const NOUN_COMMUNICATION = 10;
// How many of a noun's most frequent senses may make it one of communication.
const COMMUNICATION_SENSES = 2;

// The attribute WordNet gives adjectives of size: "big", "large", "huge".
const SIZE: ReadonlySet<string> = new Set(['size']);
// How far up WordNet's hypernyms "a kind of" looks: "admiral" reaches "officer" in three steps.
const MAX_HYPERNYM_STEPS = 8;
export function createDictionary(open: () => WordNet = openWordNet): Dictionary {
  let wordnet: WordNet | undefined;
  const cache = new Map<string, ReadonlySet<Pos>>();
  const names = new Map<string, readonly string[]>();
  const instances = new Map<string, boolean>();
  const shortened = new Map<string, boolean>();
  const frequencies = new Map<string, number>();
  let adverbPhrases: ReadonlySet<string> | undefined;
  // The word's entry in `pos` by its first base form WordNet holds there ("planned" → "plan").
  const entryOf = (word: string, pos: Pos): Entry | undefined => {
    wordnet ??= open();
    return firstEntry(baseForms(word.toLowerCase(), pos), pos, wordnet);
  };
  const firstSense = (word: string, pos: Pos): Synset | undefined => {
    const first = entryOf(word, pos)?.offsets[0];
    return first === undefined ? undefined : wordnet?.synset(pos, first);
  };
  const firstNounSense = (word: string) => firstSense(word, 'n');
  // Whether the adjective's first sense has one of `attributes` as its WordNet attribute, or the
  // head adjective it is similar to has ("huge" is similar to "large", whose attribute is size).
  const firstSenseAttribute = (word: string, attributes: ReadonlySet<string>): boolean => {
    const sense = firstSense(word, 'a');
    return sense !== undefined && wordnet !== undefined && hasAttribute(sense, attributes, wordnet);
  };
  // The verb of several words a verb (in any of its forms) makes with the particle after it
  // ("passed" + "away": "pass away"), by the base that makes it and that verb's first sense.
  const withParticle = (verb: string, particle: string): { base: string; first: number } | undefined => {
    wordnet ??= open();
    const own = wordnet;
    for (const base of new Set([verb.toLowerCase(), ...baseForms(verb.toLowerCase(), 'v')])) {
      const first = own.entries(`${base} ${particle}`, 'v')[0]?.offsets[0];
      if (first !== undefined) return { base, first };
    }
    return undefined;
  };
  const definitions = new Map<string, ReadonlySet<string>>();
  return {
    definitionStems(word) {
      const lower = word.toLowerCase().replaceAll(' ', '_');
      let found = definitions.get(lower);
      if (!found) {
        wordnet ??= open();
        const own = wordnet;
        const stems = new Set<string>();
        for (const pos of PARTS_OF_SPEECH) {
          for (const offset of entryOf(lower, pos)?.offsets.slice(0, DEFINED_SENSES) ?? [])
            for (const token of tokenize(own.definition(pos, offset)))
              if (!token.stop && !token.light && token.word.length > 2) stems.add(token.stem);
        }
        found = stems;
        if (definitions.size > 10_000) definitions.clear();
        definitions.set(lower, found);
      }
      return found;
    },
    partsOfSpeech(word) {
      const lower = word.toLowerCase();
      let found = cache.get(lower);
      if (!found) {
        const entries = PARTS_OF_SPEECH.flatMap((pos) => entryOf(lower, pos) ?? []);
        wordnet ??= open();
        found = partsOfSpeechOf(entries, wordnet);
        if (cache.size > 10_000) cache.clear();
        cache.set(lower, found);
      }
      return found;
    },
    isCommonNoun(word) {
      const synset = firstNounSense(word);
      return synset !== undefined && synset.lexFile !== NOUN_TIME && !isNamedThing(synset);
    },
    isKindOf(word, broader) {
      const entry = entryOf(word, 'n');
      if (!entry || !wordnet) return false;
      const own = wordnet;
      const target = broader.toLowerCase();
      const senses = entry.offsets.slice(0, 2).map((offset) => own.synset('n', offset));
      // Past the word's own senses, which are no kind of it.
      return [...hypernymLevels(senses, own, MAX_HYPERNYM_STEPS)]
        .slice(1)
        .some((level) => level.some((synset) => synset.words.includes(target)));
    },
    isPersonNoun(word) {
      const entry = entryOf(word, 'n');
      const first = entry?.offsets[0];
      const synset = first === undefined ? undefined : wordnet?.synset('n', first);
      return (
        entry !== undefined &&
        synset !== undefined &&
        synset.lexFile === NOUN_PERSON &&
        !isNamedThing(synset) &&
        // A people's name ("Viking", "Norman") WordNet writes capitalised: a name, not an office.
        synset.capitalised[synset.words.indexOf(entry.lemma)] !== true
      );
    },
    isAdverbPhrase(words) {
      wordnet ??= open();
      // The adverbs of several words, read once (about 700): most windows of a question are none.
      adverbPhrases ??= new Set(wordnet.collocations('r'));
      const phrase = words.join(' ');
      if (!adverbPhrases.has(phrase)) return false;
      const parts = this.partsOfSpeech(words.join('_'));
      return parts.size === 1 && parts.has('r');
    },
    isPhrasalVerb(verb, particle) {
      const found = withParticle(verb, particle);
      if (!found) return false;
      const own = wordnet as WordNet;
      const sense = own.synset('v', found.first);
      const broader = sense.pointers
        .filter((p) => p.symbol === '@' && p.pos === 'v')
        .map((p) => own.synset('v', p.offset));
      return ![sense, ...broader].some((synset) => synset.words.includes(found.base));
    },
    isVerbWithParticle(verb, particle) {
      return withParticle(verb, particle) !== undefined;
    },
    isTimeNoun(word) {
      return firstNounSense(word.toLowerCase())?.lexFile === NOUN_TIME;
    },
    isCommunicationNoun(word) {
      const offsets = entryOf(word, 'n')?.offsets.slice(0, COMMUNICATION_SENSES) ?? [];
      return offsets.some((offset) => wordnet?.synset('n', offset).lexFile === NOUN_COMMUNICATION);
    },
    isShortened(word) {
      const lower = word.toLowerCase();
      const known = shortened.get(lower);
      if (known !== undefined) return known;
      const found = PARTS_OF_SPEECH.some((pos) => {
        const synset = entryOf(lower, pos)?.lemma === lower ? firstSense(lower, pos) : undefined;
        // The first word of a name of several words: "technical school", not "pig it".
        return (
          synset?.words.some((other) => isShortening(lower, other.toLowerCase().split(/[ -]/)[0] ?? '')) ??
          false
        );
      });
      if (shortened.size > 10_000) shortened.clear();
      shortened.set(lower, found);
      return found;
    },
    isInstance(word) {
      const lower = word.toLowerCase();
      let found = instances.get(lower);
      if (found === undefined) {
        const synset = firstNounSense(lower);
        found = synset !== undefined && isNamedThing(synset);
        if (instances.size > 10_000) instances.clear();
        instances.set(lower, found);
      }
      return found;
    },
    namesOneThing(word) {
      // Not "born", whose one noun is Max Born: a word that is something else besides keeps that.
      if (this.isInstance(word) && this.partsOfSpeech(word).has('n')) return true;
      const adjective = firstSense(word, 'a');
      return adjective !== undefined && wordnet !== undefined && pertainsToNamedThing(adjective, wordnet);
    },
    frequency(word) {
      const lower = word.toLowerCase();
      let found = frequencies.get(lower);
      if (found === undefined) {
        wordnet ??= open();
        const own = wordnet;
        const lemmas = new Set(
          PARTS_OF_SPEECH.flatMap((pos) =>
            baseForms(lower, pos).filter((base) => own.entries(base, pos).length > 0),
          ),
        );
        found = [...lemmas].reduce((sum, lemma) => sum + own.tagCount(lemma), 0);
        if (frequencies.size > 10_000) frequencies.clear();
        frequencies.set(lower, found);
      }
      return found;
    },
    isSuperlative(word) {
      const lower = word.toLowerCase();
      const irregular = irregularBase(lower, 'a');
      if (irregular !== undefined && irregular !== lower) return true;
      if (!/est$/.test(lower)) return false;
      wordnet ??= open();
      const own = wordnet;
      return (
        // An adverb of its own is the same degree ("longest": for the most time).
        PARTS_OF_SPEECH.every((pos) => pos === 'r' || own.entries(lower, pos).length === 0) &&
        baseForms(lower, 'a').some((base) => base !== lower && own.entries(base, 'a').length > 0)
      );
    },
    isAdverbFirst(word) {
      wordnet ??= open();
      const lower = word.toLowerCase();
      const adverb = wordnet.entries(lower, 'r')[0];
      if (!adverb || wordnet.entries(lower, 'n').length > 0 || wordnet.entries(lower, 'v').length > 0)
        return false;
      return (wordnet.entries(lower, 'a')[0]?.tagged ?? 0) <= adverb.tagged;
    },
    isMostlyAdverb(word) {
      wordnet ??= open();
      const lower = word.toLowerCase();
      const adverb = wordnet.entries(lower, 'r')[0]?.tagged ?? 0;
      return adverb > 0 && adverb > (wordnet.entries(lower, 'n')[0]?.tagged ?? 0);
    },
    isMeasure(word) {
      const sense = firstSense(word, 'a');
      return sense !== undefined && wordnet !== undefined && measuresSomething(sense, wordnet);
    },
    isSize(word) {
      return firstSenseAttribute(word, SIZE);
    },
    isOfImportance(word) {
      return firstSenseAttribute(word, IMPORTANCE);
    },
    isVerbOfIntent(word) {
      const offsets = entryOf(word, 'v')?.offsets.slice(0, MENTAL_SENSES) ?? [];
      if (offsets.length === 0) return false;
      wordnet ??= open();
      const own = wordnet;
      // WordNet's sense of trying ("try", "seek", "attempt"), and the ways of it ("strive").
      const trying = entryOf('attempt', 'v')?.offsets[0];
      return offsets.some((offset) => {
        const synset = own.synset('v', offset);
        return (
          MIND.has(synset.lexFile) ||
          offset === trying ||
          synset.pointers.some((p) => p.symbol === '@' && p.pos === 'v' && p.offset === trying)
        );
      });
    },
    otherNames(word) {
      const lower = word.toLowerCase();
      let found = names.get(lower);
      if (!found) {
        wordnet ??= open();
        const entry = wordnet.entries(lower, 'n')[0];
        const all = (entry?.offsets ?? [])
          .slice(0, NAME_SENSES)
          .flatMap((offset) => wordnet?.synset('n', offset).words ?? []);
        found = [...new Set(all)].filter((name) => name !== lower);
        if (names.size > 10_000) names.clear();
        names.set(lower, found);
      }
      return found;
    },
  };
}

// Senses of a name looked at for its other names: "UK" has one, "US" two (the country, its government).
const NAME_SENSES = 2;

/** One dictionary per process: its files are read once, on first use. */
let shared: Dictionary | undefined;
export const dictionary = (): Dictionary => {
  shared ??= createDictionary();
  return shared;
};
