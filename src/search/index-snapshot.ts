import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../log.ts';
import { type IndexSnapshot, SearchIndex } from './search-index.ts';

/**
 * Why snapshots: building the index analyses every passage (tokenise, normalise, stem), which takes
 * seconds at 100,000 passages; loading a saved index takes a fraction of that. A snapshot is used
 * only when it was built from exactly this corpus by exactly this code: its key hashes every file
 * of the corpus directory and the source of the modules that turn text into index terms (a
 * hand-bumped version number gets forgotten; the code itself does not). The file carries its key
 * and a checksum of its body, so a corrupt or foreign file is ignored (with a warning) and rebuilt.
 * It is written to a temporary file and renamed into place, so a crash never leaves half a file.
 * Below SNAPSHOT_MIN_PASSAGES nothing is read or written: building takes about 0.2 ms a passage
 * while hashing the code and corpus adds a fixed ~30 ms to a start, so the shipped 12-passage
 * corpus starts faster without one (measured by `npm run bench`; the crossover is near 150).
 * Pins are never in a snapshot: they are synced from the pin store after loading.
 */
export const SNAPSHOT_MIN_PASSAGES = 200;
const FORMAT = 1;
const NAME = /^index-[0-9a-f]{16}\.json$/;
const CODE_DIRS = [new URL('./', import.meta.url), new URL('../corpus/', import.meta.url)];

// The bundle (dist/ask.mjs) is given the hash of the sources it was built from (scripts/build.ts).
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

/** Hash of the code that turns text into index terms: this folder and src/corpus. */
export function indexCodeHash(): string {
  if (codeHash === undefined && typeof INDEX_CODE_HASH === 'string') codeHash = INDEX_CODE_HASH;
  if (codeHash === undefined) {
    const code = createHash('sha256');
    for (const dir of CODE_DIRS.map((url) => fileURLToPath(url)).filter((path) => existsSync(path))) {
      hashFiles(code, dir, (name) => /\.[cm]?[jt]s$/.test(name));
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

/** Writes the snapshot atomically and removes snapshots of other corpus or code versions. */
export function saveSnapshot(file: string, key: string, index: SearchIndex): void {
  const body = Buffer.from(JSON.stringify(index.toSnapshot()));
  const sha256 = createHash('sha256').update(body).digest('hex');
  const header = Buffer.from(`${JSON.stringify({ format: FORMAT, key, bytes: body.length, sha256 })}\n`);
  const dir = join(file, '..');
  mkdirSync(dir, { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    for (const chunk of [header, body]) {
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

/** The saved index, or `undefined` when there is no snapshot; throws when the file is unusable. */
export function loadSnapshot(file: string, key: string): SearchIndex | undefined {
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
  return SearchIndex.fromSnapshot(JSON.parse(body.toString('utf8')) as IndexSnapshot);
}

export interface OpenIndexOptions {
  corpusDir: string;
  /** Where the snapshot lives; without it the index is always built. */
  dataDir?: string;
  passages: number;
  build: () => SearchIndex;
  warn?: (message: string, fields: Record<string, unknown>) => void;
  minPassages?: number;
}

/** Loads the snapshot matching the corpus, or builds the index and saves a snapshot of it. */
export function openSearchIndex(options: OpenIndexOptions): SearchIndex {
  const { dataDir, build } = options;
  if (dataDir === undefined || options.passages < (options.minPassages ?? SNAPSHOT_MIN_PASSAGES))
    return build();
  const warn = options.warn ?? createLogger('warn').warn;
  const key = snapshotKey(options.corpusDir);
  const file = snapshotFile(dataDir, key);
  try {
    const loaded = loadSnapshot(file, key);
    if (loaded && loaded.passageCount !== options.passages) {
      throw new Error(`Snapshot: ${loaded.passageCount} passages, the corpus has ${options.passages}`);
    }
    if (loaded) return loaded;
  } catch (error) {
    warn('index snapshot unusable; rebuilding it', { file, error });
  }
  const index = build();
  try {
    saveSnapshot(file, key, index);
  } catch (error) {
    warn('index snapshot not saved; the next start builds the index again', { file, error });
  }
  return index;
}
