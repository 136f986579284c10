import { finish, type Steps } from '../steps.ts';
import { indexTerm, isLight, stemLemma, stemWord } from '../text/analyzer.ts';
import { baseForms, type ExceptionLists, exceptionLists, useExceptionLists } from '../text/morphy.ts';
import { normaliseSpelling } from '../text/spelling.ts';
import { STOP_WORDS, VERB_PARTICLES } from '../text/stop-words.ts';
import {
  type Entry,
  firstEntry,
  hasAttribute,
  hypernymLevels,
  IMPORTANCE,
  isNamedThing,
  measuresSomething,
  PARTS_OF_SPEECH,
  partsOfSpeechOf,
  pertainsToNamedThing,
  type Synset,
  type WordNet,
} from '../text/wordnet.ts';

/**
 * What a dictionary knows about the corpus's words, restricted to them: for any word a question
 * may use, the corpus words WordNet relates it to (same sense, derived form, broader or narrower
 * term, opposite), and for each corpus noun the kinds of thing it is ("France" is a country).
 * Built once with the index from WordNet 3.1 and kept in the snapshot, so a question never parses
 * the dictionary. Only a word's most frequent senses count (WordNet orders senses by how often they
 * were seen): "deal" relates to "trade", not to "heap".
 *
 * @module
 */
export type Relation =
  | 'synonym'
  | 'similar'
  | 'derived'
  // The noun an adjective pertains to ("French": "France"), which WordNet does not point back
  // from; question analysis reads it as a derived form where the adjective modifies a word.
  | 'pertains'
  // A noun an adjective's definition says it is of ("maritime": "… characteristic of those near the
  // sea"): the question's "security at sea" is the sources' "maritime security".
  | 'glossed'
  | 'broader'
  | 'narrower'
  | 'manner'
  // A corpus verb in one of the question verb's own frequent senses, though not in the corpus
  // verb's ("headed": "led", in the sense to be in charge of), or the one its first sense is a
  // kind of ("swapping": "exchange").
  | 'sense'
  | 'antonym';

export interface Related {
  /** A stem the corpus holds. */
  stem: string;
  relation: Relation;
  /**
   * The dictionary words the relation was found through (their stem is the key it is filed
   * under): "important" files under "import" as much as "import" does, and only a question word
   * that is a form of one of these has the relation (see `related`).
   */
  via: readonly string[];
  /**
   * The corpus words the relation holds for, where Porter gives their stem to words of other
   * lemmas too ("generally", not "generate", under "gener"): a sentence holds the relative only
   * when it writes one of these. Undefined where every corpus word of the stem shares a lemma.
   */
  words?: readonly string[];
}

/** The lexicon as plain data, for the snapshot. */
export interface LexiconData {
  /** Per key: corpus stem, relation and the dictionary words it came through (comma-separated). */
  related: Array<[string, Array<[string, Relation, string] | [string, Relation, string, string]>]>;
  kinds: Array<[string, string[]]>;
  /** Parts of speech of each corpus stem ("nv": noun and verb). */
  pos: Array<[string, string]>;
  /**
   * Parts of speech of the corpus words (lower case) that differ from their stem's: Porter gives
   * "approximate" the stem of "approximation", but only the noun is a noun.
   */
  wordPos?: Array<[string, string]>;
  /** Stems the articles write as names (nearly always capitalised inside a sentence). */
  names: string[];
  /** Adjective stems that measure something ("long", "wide", "old"): see `isMeasure`. */
  measures: string[];
  /** Stems of words that say how much something matters ("significant", "milestone"): see `isImportance`. */
  important?: string[];
  /**
   * Corpus nouns, as written in lower case, whose first sense is a person ("sister", "barons"):
   * see `isPerson`. Words, not stems: Porter gives "engine" the stem of "engineer".
   */
  persons: string[];
  /**
   * Corpus stems of verbs whose two most frequent senses are of saying (WordNet files them under
   * verb.communication): "said", "argue", "urged", "described". See `isSaying`.
   */
  saying?: string[];
  /** WordNet's exception lists ("threw" → "throw"), so a loaded lexicon never reads the package's. */
  exceptions: ExceptionLists;
}

// Senses of a corpus word that count: its most frequent one, and a second one only when the tagged
// corpus saw it too (an adjective's second always: see `sensesOf`).
const MAX_SENSES = 2;
// WordNet's lexicographer files for people and for verbs of saying (lexnames(5WN)).
const NOUN_PERSON = 18;
const VERB_COMMUNICATION = 32;
// WordNet's lexicographer file for quantities and units of measure: "mile", "degree" (of temperature).
const NOUN_QUANTITY = 23;
// A verb of saying is one whose two most frequent senses are: "sign" is first to put one's
// signature to a text (a kind of communication to WordNet), then to engage by contract.
const SAYING_SENSES = 2;
// How far up the hypernyms a noun's kinds go ("France" → European country → country → …).
const KIND_DEPTH = 4;
// Pointers that relate one word of a synset to one word of another: derivation, pertainym, antonym.
const WORD_POINTERS: Record<string, Relation> = { '+': 'derived', '\\': 'derived', '!': 'antonym' };
const SYNSET_POINTERS: Record<string, Relation> = {
  '&': 'similar',
  '@': 'broader',
  '@i': 'broader',
  '~': 'narrower',
  '~i': 'narrower',
};

// A corpus noun with more narrower terms than this is too general to stand for any one of them:
// "person" (hundreds of kinds of person) does not answer for "hope" or "host".
const MAX_NARROWER = 25;
const narrowerCount = (synset: Synset) =>
  synset.pointers.filter((p) => p.symbol === '~' || p.symbol === '~i').length;

const single = (word: string) => /^[a-z][a-z-]*$/.test(word);

/** How the lexicon files a verb of several words, a verb and its particle: "beef up" as "beef up". */
export const phrasalKey = (verb: string, particle: string): string => `${stemWord(verb)} ${particle}`;

/** The WordNet entries of a corpus word, by the base forms it may have. */
function entriesOf(word: string, wordnet: WordNet): Entry[] {
  return PARTS_OF_SPEECH.flatMap((pos) => firstEntry(baseForms(word, pos), pos, wordnet) ?? []);
}

// An adjective's second sense counts even when the tagged corpus never saw it: adjectives are
// tagged rarely, and their second senses are often the plain one ("tailored": "made-to-order",
// "custom-made"; the first is "trim").
const sensesOf = (entry: Entry) =>
  entry.offsets.slice(0, entry.pos === 'a' ? MAX_SENSES : Math.min(MAX_SENSES, Math.max(1, entry.tagged)));

export class Lexicon {
  private constructor(
    private readonly relatedBy: ReadonlyMap<string, readonly Related[]>,
    private readonly kindsBy: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly posBy: ReadonlyMap<string, string>,
    private readonly wordPosBy: ReadonlyMap<string, string>,
    private readonly nameStems: ReadonlySet<string>,
    private readonly measureStems: ReadonlySet<string>,
    private readonly personWords: ReadonlySet<string>,
    private readonly sayingStems: ReadonlySet<string>,
    private readonly importantStems: ReadonlySet<string>,
  ) {}

  /** Relations of WordNet words to the corpus's `words` (lower-cased, as the index keeps them). */
  static build(
    words: Iterable<string>,
    wordnet: WordNet,
    names: Iterable<string> = [],
    collocations: ReadonlyMap<string, string> = new Map(),
    rareNames: Iterable<string> = [],
    nounCompounds: ReadonlyMap<string, string> = new Map(),
  ): Lexicon {
    return finish(Lexicon.steps(words, wordnet, names, collocations, rareNames, nounCompounds));
  }

  /**
   * `build` as steps that pause after each word (src/steps.ts). `collocations`: the verbs of several
   * words the articles write, by their words' stems as the index keeps them, with their WordNet
   * lemmas (see `Collocations`). `rareNames`: stems written as names fewer times than `names` asks,
   * kept as names when no corpus word of theirs is a dictionary word. `nounCompounds`: the nouns
   * of several words the articles write (see `Collocations`), of which those WordNet has first as
   * one named thing are typed by their kinds ("Staten Island" is a borough).
   */
  static *steps(
    words: Iterable<string>,
    wordnet: WordNet,
    names: Iterable<string> = [],
    collocations: ReadonlyMap<string, string> = new Map(),
    rareNames: Iterable<string> = [],
    nounCompounds: ReadonlyMap<string, string> = new Map(),
  ): Steps<Lexicon> {
    const related = new Map<string, Array<Related & { via: string[] }>>();
    const kinds = new Map<string, Set<string>>();
    const pos = new Map<string, string>();
    const wordPos = new Map<string, string>();
    const measures = new Set<string>();
    const persons = new Set<string>();
    const saying = new Set<string>();
    const important = new Set<string>();
    const instances = new Set<string>();
    // How often English uses each stem's words, by WordNet's sense-tagged corpus.
    const tagged = new Map<string, number>();
    const corpusWords = [...words].filter((word) => single(word));
    const corpusSet = new Set(corpusWords);
    // A question-shaping word stands whole in the index ("used", "called"; see `tokenize`), and a
    // question's verb means nothing by it: "utilized" would otherwise find "used" by the stem "us",
    // which only the acronym "US" has. Terms that some content word also has ("place") stay.
    const lightOnly = new Set(corpusWords.filter((word) => isLight(word)).map((word) => indexTerm(word)));
    for (const word of corpusWords) if (!isLight(word)) lightOnly.delete(indexTerm(word));
    // The corpus word whose senses are being read, and the lemmas of each corpus stem's words.
    let current: string | undefined;
    const lemmasByStem = new Map<string, Array<ReadonlySet<string>>>();
    const foundFor = new Map<Related, Set<string>>();
    const relate = (word: string, stem: string, relation: Relation) => {
      // "beef up" in the synset of "strengthen": a verb and its particle, filed as one (`phrasalKey`).
      const [verb, particle, ...more] = word.split(' ');
      const phrasal = more.length === 0 && VERB_PARTICLES.has(particle ?? '') && single(verb ?? '');
      if ((!single(word) && !phrasal) || lightOnly.has(stem)) return;
      // A question may hold the lemma as a base form ("founded" → "found") or as an irregular
      // form of another word ("found" → "find"): both readings lead here.
      const keys = phrasal ? [phrasalKey(verb ?? '', particle ?? '')] : [stemLemma(word), stemWord(word)];
      for (const key of new Set(keys)) {
        if (key === stem) continue;
        const list = related.get(key) ?? [];
        let known = list.find((r) => r.stem === stem && r.relation === relation);
        if (!known) {
          known = { stem, relation, via: [word] };
          list.push(known);
        } else if (!known.via.includes(word)) known.via.push(word);
        if (current !== undefined) {
          const found = foundFor.get(known) ?? new Set<string>();
          found.add(current);
          foundFor.set(known, found);
        }
        related.set(key, list);
      }
    };
    for (const word of corpusWords) {
      const stem = indexTerm(word);
      const entries = entriesOf(word, wordnet);
      current = word;
      if (entries.length > 0) {
        const lemmas = lemmasByStem.get(stem) ?? [];
        lemmas.push(new Set(entries.map((entry) => entry.lemma)));
        lemmasByStem.set(stem, lemmas);
      }
      const own = [...partsOfSpeechOf(entries, wordnet)].sort().join('');
      wordPos.set(word.toLowerCase(), own);
      const parts = new Set([...(pos.get(stem) ?? ''), ...own]);
      pos.set(stem, [...parts].sort().join(''));
      for (const entry of entries) {
        tagged.set(stem, (tagged.get(stem) ?? 0) + wordnet.tagCount(entry.lemma));
        const first = entry.offsets[0];
        if (entry.pos === 'n' && first !== undefined && isNamedThing(wordnet.synset('n', first)))
          instances.add(stem);
        // "Japanese", "African": an adjective whose first sense pertains to one named thing.
        if (
          entry.pos === 'a' &&
          first !== undefined &&
          pertainsToNamedThing(wordnet.synset('a', first), wordnet)
        )
          instances.add(stem);
        if (
          entry.pos === 'v' &&
          entry.offsets
            .slice(0, SAYING_SENSES)
            .every((sense) => wordnet.synset('v', sense).lexFile === VERB_COMMUNICATION)
        )
          saying.add(stem);
        for (const offset of sensesOf(entry)) {
          const synset = wordnet.synset(entry.pos, offset);
          const own = synset.words.indexOf(entry.lemma) + 1;
          for (const other of synset.words) relate(other, stem, 'synonym');
          for (const pointer of synset.pointers) {
            const wordRelation = WORD_POINTERS[pointer.symbol];
            if (wordRelation && (pointer.source === 0 || pointer.source === own)) {
              const target = wordnet.synset(pointer.pos, pointer.offset);
              const targets = pointer.target === 0 ? target.words : [target.words[pointer.target - 1] ?? ''];
              for (const t of targets) relate(t, stem, wordRelation);
              // "French" pertains to "France", which WordNet does not point back to: a question's
              // "French city" is named by a sentence's "in France" (see `Relation`).
              if (pointer.symbol === '\\' && entry.pos === 'a')
                for (const t of targets)
                  if (corpusSet.has(t.toLowerCase())) relate(word, indexTerm(t.toLowerCase()), 'pertains');
            }
            const synsetRelation = SYNSET_POINTERS[pointer.symbol];
            // Broader and narrower terms only among nouns: verb hierarchies ("ink" is a way to
            // "sign", "attend" a way to "minister") relate words a reader would not.
            if (
              synsetRelation &&
              (synsetRelation === 'similar' || (entry.pos === 'n' && pointer.pos === 'n')) &&
              !(synsetRelation === 'narrower' && narrowerCount(synset) > MAX_NARROWER)
            ) {
              for (const t of wordnet.synset(pointer.pos, pointer.offset).words)
                relate(t, stem, synsetRelation);
            }
            // A corpus verb that is a way of doing another ("post" is a way to "announce", "ink"
            // a way to "sign"): the question's wording of what the article says more exactly.
            if (entry.pos === 'v' && pointer.symbol === '@' && pointer.pos === 'v') {
              for (const t of wordnet.synset(pointer.pos, pointer.offset).words) relate(t, stem, 'manner');
            }
          }
          if (entry.pos === 'a') {
            for (const opposite of oppositesOf(synset, wordnet)) relate(opposite, stem, 'antonym');
            for (const noun of glossedNouns(wordnet.definition('a', offset), wordnet))
              relate(noun, stem, 'glossed');
          }
          if (entry.pos === 'n') addKinds(kinds, stem, synset, wordnet);
          if (entry.pos === 'a' && offset === entry.offsets[0] && measuresSomething(synset, wordnet))
            measures.add(stem);
          if (
            (entry.pos === 'a' && offset === entry.offsets[0] && hasAttribute(synset, IMPORTANCE, wordnet)) ||
            // Not a number ("x": "the cardinal number that is the sum of nine and one").
            (entry.pos === 'n' &&
              synset.lexFile !== NOUN_QUANTITY &&
              definedAsImportant(wordnet.definition('n', offset), wordnet))
          )
            important.add(stem);
          if (entry.pos === 'n' && offset === entry.offsets[0] && synset.lexFile === NOUN_PERSON)
            persons.add(word);
        }
      }
      const noun = entries.find((entry) => entry.pos === 'n');
      // "27 degrees": a noun with a sense that is a unit of measure past the senses read above
      // (the sixth of "degree", a unit of temperature) is of that unit's kinds too.
      for (const offset of noun ? noun.offsets.slice(sensesOf(noun).length) : []) {
        const synset = wordnet.synset('n', offset);
        if (synset.lexFile === NOUN_QUANTITY) addKinds(kinds, stem, synset, wordnet);
      }
      // "minutes": a plural WordNet holds as a noun of its own (a meeting's record) is the plural
      // of its singular too ("took 26 minutes"), and of that one's kinds (a unit of time).
      const singular = noun?.lemma === word ? baseForms(word, 'n').find((form) => form !== word) : undefined;
      const ofSingular = singular === undefined ? undefined : wordnet.entries(singular, 'n')[0];
      for (const offset of ofSingular ? sensesOf(ofSingular) : [])
        addKinds(kinds, stem, wordnet.synset('n', offset), wordnet);
      yield;
    }
    current = undefined;
    // Every verb of WordNet by its own frequent senses, for a question's verb no article writes:
    // "head" is first to go towards, then to be in charge of, which "lead" is too (only the seventh
    // sense of "lead", which the corpus word's own senses above never reach). `corpusVerbs`: the
    // corpus's verbs by their lemmas ("lead" for "led"), with the stem the index keeps.
    const corpusVerbs = new Map<string, string>();
    for (const [stem, lemmaSets] of lemmasByStem)
      if ((pos.get(stem) ?? '').includes('v'))
        for (const lemmas of lemmaSets) for (const lemma of lemmas) corpusVerbs.set(lemma, stem);
    for (const lemma of wordnet.words('v')) {
      const entry = wordnet.entries(lemma, 'v')[0];
      for (const offset of entry ? sensesOf(entry) : [])
        for (const other of wordnet.synset('v', offset).words) {
          const stem = corpusVerbs.get(other);
          if (stem !== undefined && other !== lemma) relate(lemma, stem, 'sense');
        }
      // "swap" is first a way to "exchange", "ink" a way to "sign": the question's verb says more
      // exactly what the corpus verb its first sense is a kind of says. Not a verb no other is
      // above ("move", "change"), which would stand for too many ("send" for "moved").
      const first = entry?.offsets[0];
      for (const pointer of first === undefined ? [] : wordnet.synset('v', first).pointers) {
        const broader =
          pointer.symbol === '@' && pointer.pos === 'v' ? wordnet.synset('v', pointer.offset) : undefined;
        if (!broader?.pointers.some((above) => above.symbol === '@')) continue;
        for (const other of broader.words) {
          const stem = corpusVerbs.get(other);
          if (stem !== undefined) relate(lemma, stem, 'sense');
        }
      }
      yield;
    }
    // A verb of several words the articles write ("took place", "take part"), for the single words
    // of its frequent senses ("occur", "participate"): "on what date did the first railway trip
    // occur" finds "the world's first railway journey took place".
    for (const [key, lemma] of collocations) {
      const entry = wordnet.entries(lemma, 'v')[0];
      for (const offset of entry ? sensesOf(entry) : [])
        for (const other of wordnet.synset('v', offset).words) relate(other, key, 'synonym');
    }
    // A named thing of several words ("Staten Island", "New York") is of its kinds by all its
    // stems together, as a sentence writes them in a row (`isKind` of "staten island").
    for (const [key, lemma] of nounCompounds) {
      const first = wordnet.entries(lemma, 'n')[0]?.offsets[0];
      const synset = first === undefined ? undefined : wordnet.synset('n', first);
      if (synset && isNamedThing(synset)) addKinds(kinds, key, synset, wordnet);
    }
    // A name written once is a name when it is no dictionary word ("Prabowo Subianto"), or one that
    // English does not use (WordNet's sense-tagged corpus never saw "macron", the accent): no article
    // could have written it in lower case; or one whose first sense WordNet has as one named thing
    // ("France", "Africa"), so "enrolled in france" and "african frigates" name it.
    const nameStems = new Set(names);
    for (const stem of rareNames)
      if (pos.get(stem) === '' || (tagged.get(stem) ?? 0) === 0 || instances.has(stem)) nameStems.add(stem);
    // Only the words whose parts of speech are not their stem's are kept apart.
    for (const [word, parts] of wordPos) if (pos.get(indexTerm(word)) === parts) wordPos.delete(word);
    // "mostly" relates to "generally"; Porter gives "generate" its stem too, which says nothing
    // of the kind: where the corpus words of a stem share no lemma, a relation holds for its words.
    for (const [entry, found] of foundFor)
      if (ambiguous(lemmasByStem.get(entry.stem) ?? [])) entry.words = [...found];
    return new Lexicon(related, kinds, pos, wordPos, nameStems, measures, persons, saying, important);
  }

  static fromData(data: LexiconData): Lexicon {
    useExceptionLists(data.exceptions);
    return new Lexicon(
      new Map(
        data.related.map(([key, list]) => [
          key,
          list.map(([stem, relation, via, words]) => ({
            stem,
            relation,
            via: via.split(','),
            ...(words === undefined ? {} : { words: words.split(',') }),
          })),
        ]),
      ),
      new Map(data.kinds.map(([stem, list]) => [stem, new Set(list)])),
      new Map(data.pos),
      new Map(data.wordPos ?? []),
      new Set(data.names),
      new Set(data.measures),
      new Set(data.persons),
      new Set(data.saying ?? []),
      new Set(data.important ?? []),
    );
  }

  toData(): LexiconData {
    return {
      related: [...this.relatedBy].map(([key, list]) => [
        key,
        list.map((r): [string, Relation, string] | [string, Relation, string, string] =>
          r.words
            ? [r.stem, r.relation, r.via.join(','), r.words.join(',')]
            : [r.stem, r.relation, r.via.join(',')],
        ),
      ]),
      kinds: [...this.kindsBy].map(([stem, set]) => [stem, [...set]]),
      pos: [...this.posBy],
      wordPos: [...this.wordPosBy],
      names: [...this.nameStems],
      measures: [...this.measureStems],
      persons: [...this.personWords],
      saying: [...this.sayingStems],
      important: [...this.importantStems],
      exceptions: exceptionLists(),
    };
  }

  /**
   * The corpus stems a word relates to, and how, looked up by its stem. Given the word itself,
   * only relations found through a form of it count: Porter gives "imports" the stem of
   * "important", and "criticised" that of "critical", but neither word shares their relatives.
   */
  related(stem: string, word?: string): readonly Related[] {
    const all = this.relatedBy.get(stem) ?? [];
    if (word === undefined) return all;
    const forms = formsOf(word);
    return all.filter((r) => r.via.some((via) => formsOf(via).some((f) => forms.includes(f))));
  }

  /**
   * The parts of speech WordNet gives a corpus stem ("n", "v", "a", "r"), or undefined for a stem
   * the corpus does not hold; "" for a corpus word that is no dictionary word (a name, a number).
   */
  partsOfSpeech(stem: string): string | undefined {
    return this.posBy.get(stem);
  }

  /**
   * The parts of speech of a corpus word itself (lower case), where they differ from its stem's
   * ("approximate": adjective and verb, though its stem is also the noun "approximation"); else
   * its stem's; undefined for a stem the corpus does not hold.
   */
  wordPartsOfSpeech(word: string, stem: string): string | undefined {
    return this.wordPosBy.get(word) ?? this.posBy.get(stem);
  }

  /**
   * Whether a corpus word of the stem says how much something matters: an adjective of importance
   * ("significant", "key") or a noun WordNet defines as an important thing ("milestone": "a
   * significant event in your life").
   */
  isImportance(stem: string): boolean {
    return this.importantStems.has(stem);
  }

  /** Whether WordNet has the corpus stem as a noun the articles do not write as a name ("council", "lake"). */
  isCommonNoun(stem: string): boolean {
    return (this.posBy.get(stem)?.includes('n') ?? false) && !this.nameStems.has(stem);
  }

  /** Whether WordNet has the corpus stem as a verb ("sign", "seal"). */
  isVerb(stem: string): boolean {
    return this.posBy.get(stem)?.includes('v') ?? false;
  }

  /** Whether the articles write the stem as a name ("kallas", "modi"), so a lower-case question means the name. */
  isName(stem: string): boolean {
    return this.nameStems.has(stem);
  }

  /**
   * Whether the corpus adjective `stem` names a measurable attribute in its first sense ("long":
   * duration, "wide": width, "old": age, "far": distance), so "how long is X" asks for a quantity;
   * "how important" (importance, a quality) does not.
   */
  isMeasure(stem: string): boolean {
    return this.measureStems.has(stem);
  }

  /**
   * Whether the corpus noun `word` (lower case, as written) has a person as its most frequent sense
   * (WordNet files it under noun.person): "sister", "nephew", "barons", "mother"; not "visit",
   * "marriage", or "engine" (whose Porter stem is that of "engineer").
   */
  isPerson(word: string): boolean {
    return this.personWords.has(word);
  }

  /**
   * Whether the corpus stem is that of a verb whose two most frequent senses are of saying
   * (WordNet's verb.communication): "say", "argue", "urge", "describe"; not "sign" (second, to
   * engage by contract), "add" (first, arithmetic), nor "meet".
   */
  isSaying(stem: string): boolean {
    return this.sayingStems.has(stem);
  }

  /** Whether the corpus word `stem` is a kind of `kind` (a stem too): "franc" is a "countri". */
  isKind(stem: string, kind: string): boolean {
    return this.kindsBy.get(stem)?.has(kind) ?? false;
  }
}

// An opposite cluster with more satellites than this is too broad for its members to be opposites
// of the other side: "bad" has "big", "tough" and "severe" among its satellites, "south" has
// "southward" and "southern".
const MAX_OPPOSITE_SATELLITES = 5;

/**
 * The opposites of an adjective sense by WordNet's clusters (Gross and Miller's indirect
 * antonyms): a satellite ("northward") stands under its head ("north"), whose antonym head
 * ("south") and that head's satellites ("southward", "southerly") are its opposites; a head's
 * own antonyms only through its cluster's satellites.
 */
function oppositesOf(synset: Synset, wordnet: WordNet): string[] {
  const heads = synset.satellite
    ? synset.pointers.filter((p) => p.symbol === '&').map((p) => wordnet.synset(p.pos, p.offset))
    : [synset];
  const opposites: string[] = [];
  for (const head of heads) {
    for (const pointer of head.pointers) {
      if (pointer.symbol !== '!') continue;
      const other = wordnet.synset(pointer.pos, pointer.offset);
      if (synset.satellite) opposites.push(...other.words);
      const satellites = other.pointers.filter((p) => p.symbol === '&');
      if (satellites.length > MAX_OPPOSITE_SATELLITES) continue;
      for (const p of satellites) opposites.push(...wordnet.synset(p.pos, p.offset).words);
    }
  }
  return opposites;
}

/** A word and its base forms in every part of speech ("helping": "helping", "help"). */
function formsOf(word: string): readonly string[] {
  let forms = FORMS.get(word);
  if (forms === undefined) {
    const found = new Set([normaliseSpelling(word)]);
    for (const pos of PARTS_OF_SPEECH)
      for (const base of baseForms(word, pos)) found.add(normaliseSpelling(base));
    forms = [...found];
    if (FORMS.size >= MAX_CACHED_FORMS) FORMS.clear();
    FORMS.set(word, forms);
  }
  return forms;
}
// Questions look up the same few thousand dictionary words: each word's forms are worked out once.
const FORMS = new Map<string, readonly string[]>();
const MAX_CACHED_FORMS = 20_000;

// Articles a definition may open with before its first word.
const DEFINITION_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Whether a noun's definition opens with an adjective of importance: "a significant event in your
 * life" (a milestone), "a fundamental principle or practice" (a pillar).
 */
function definedAsImportant(definition: string, wordnet: WordNet): boolean {
  const first = definition
    .toLowerCase()
    .split(/\s+/)
    .find((word) => !DEFINITION_ARTICLES.has(word));
  const adjective = first === undefined ? undefined : firstEntry(baseForms(first, 'a'), 'a', wordnet);
  const sense = adjective?.offsets[0];
  return sense !== undefined && hasAttribute(wordnet.synset('a', sense), IMPORTANCE, wordnet);
}

// What an adjective's definition says it is of: "relating to or involving ships or shipping",
// "characteristic of those near the sea", "relating to or characteristic of diplomacy". The last
// such phrase of the definition counts, its list of nouns up to a comma or a word of another kind.
const GLOSS_OF = /\b(?:relating to|pertaining to|involving|characteristic of|concerned with|near)\s+/g;
const GLOSS_DETERMINERS = new Set(['a', 'an', 'the', 'those', 'one', 'its', 'their']);

/** The nouns an adjective's definition says it relates to (see `GLOSS_OF`). */
function glossedNouns(definition: string, wordnet: WordNet): string[] {
  const last = [...definition.matchAll(GLOSS_OF)].at(-1);
  if (!last) return [];
  const rest = definition.slice((last.index ?? 0) + last[0].length).split(/[,;(]/)[0] ?? '';
  const nouns: string[] = [];
  for (const conjunct of rest.split(/\s+(?:or|and)\s+/)) {
    const words = conjunct
      .trim()
      .split(/\s+/)
      .filter((word) => !GLOSS_DETERMINERS.has(word));
    // One noun, after any adjectives: "the entire earth"; not "the study of the principles of warfare".
    const head = words.at(-1) ?? '';
    const modifiers = words.slice(0, -1);
    // "ships", "parties", "seamen": a plural, by its singular.
    const noun = single(head) ? firstEntry(baseForms(head, 'n'), 'n', wordnet)?.lemma : undefined;
    if (noun === undefined) break;
    if (!modifiers.every((word) => wordnet.entries(word, 'a').length > 0)) break;
    nouns.push(noun);
  }
  return nouns;
}

function addKinds(kinds: Map<string, Set<string>>, stem: string, synset: Synset, wordnet: WordNet): void {
  const set = kinds.get(stem) ?? new Set<string>();
  kinds.set(stem, set);
  // Past the word's own synset, which is no kind of it.
  for (const level of [...hypernymLevels([synset], wordnet, KIND_DEPTH, true)].slice(1)) {
    for (const parent of level)
      for (const word of parent.words) {
        // "European country" counts as a "country" too.
        const head = word.split(' ').at(-1) ?? word;
        if (single(head)) set.add(stemWord(head));
      }
  }
}

/**
 * How the articles write each word: a stem written capitalised inside sentences at least
 * `NAME_SHARE` of the time, and at least twice (once, for a word no dictionary holds: see
 * `Lexicon.steps`), is a name ("Kallas", "Modi", "Aspides"), so "did kallas meet modi" reads its
 * names although typed in lower case.
 */
const NAME_SHARE = 0.9;
const NAME_MIN = 2;

/** Whether two of a stem's corpus words (by their WordNet lemmas) share no lemma. */
function ambiguous(lemmas: ReadonlyArray<ReadonlySet<string>>): boolean {
  for (let i = 0; i < lemmas.length; i++)
    for (let k = i + 1; k < lemmas.length; k++)
      if (![...(lemmas[i] ?? [])].some((lemma) => lemmas[k]?.has(lemma))) return true;
  return false;
}

/**
 * The verbs of several words WordNet knows ("take place", "take part", "bear in mind"), or its
 * nouns ("Staten Island", "New York"), that the articles write, read from their passages' stems in
 * order (stop words left out): each by its words' stems, with its WordNet lemma. Only those of two
 * words or more besides stop words ("leave out" would be "leave" alone), and only where the
 * articles write them so, together: "take" and "place" apart in a sentence are no "take place".
 */
export class Collocations {
  private readonly known = new Map<string, string>();
  // Every start of a known collocation ("take", "bear"…): most words start none, and cost one lookup.
  private readonly starts = new Set<string>();
  private readonly found = new Map<string, string>();

  /** Verbs (`v`, the default) or nouns (`n`) of several words. */
  constructor(wordnet: WordNet, pos: 'v' | 'n' = 'v') {
    for (const lemma of wordnet.collocations(pos)) {
      const words = lemma.split(' ').filter((word) => !STOP_WORDS.has(word));
      if (words.length < 2 || !words.every((word) => single(word))) continue;
      const stems = words.map((word) => stemLemma(word));
      this.known.set(stems.join(' '), lemma);
      for (let n = 1; n < stems.length; n++) this.starts.add(stems.slice(0, n).join(' '));
    }
  }

  add(document: { terms: readonly string[] }): void {
    const { terms } = document;
    for (let i = 0; i < terms.length; i++) {
      let key = terms[i] ?? '';
      for (let k = i + 1; k < terms.length && this.starts.has(key); k++) {
        key += ` ${terms[k]}`;
        const lemma = this.known.get(key);
        if (lemma) this.found.set(key, lemma);
      }
    }
  }

  /** What the articles wrote, by stems, with its lemma. */
  written(): ReadonlyMap<string, string> {
    return this.found;
  }
}

export class NameEvidence {
  private readonly capitalised = new Map<string, number>();
  private readonly lower = new Map<string, number>();

  add(document: { capitalised?: readonly string[]; lowerCase?: readonly string[] }): void {
    for (const stem of document.capitalised ?? [])
      this.capitalised.set(stem, (this.capitalised.get(stem) ?? 0) + 1);
    for (const stem of document.lowerCase ?? []) this.lower.set(stem, (this.lower.get(stem) ?? 0) + 1);
  }

  /** Stems written as names at least `least` times (`NAME_MIN` unless given). */
  names(least = NAME_MIN): string[] {
    return [...this.capitalised]
      .filter(([stem, n]) => n >= least && n / (n + (this.lower.get(stem) ?? 0)) >= NAME_SHARE)
      .map(([stem]) => stem);
  }
}
