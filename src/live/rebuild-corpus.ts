import { join } from 'node:path';
import { loadGlossary } from '../corpus/glossary.ts';
import { passageDocument } from '../search/index-document.ts';
import { SearchIndex } from '../search/search-index.ts';
import {
  loadSnapshot,
  type Snapshot,
  saveSnapshot,
  snapshotFile,
  snapshotKey,
} from '../snapshot/index-snapshot.ts';
import { buildLexiconInSlices } from './lexicon-in-slices.ts';
import { readCorpusInSlices } from './read-corpus-in-slices.ts';

/**
 * Reads the corpus directory again and builds a new snapshot beside the one being served, in time
 * slices (see yield-slices.ts): what `buildSnapshot` (src/snapshot/build-snapshot.ts) builds, step
 * for step, with a yield between files and between passages (test/live/rebuild-corpus.test.ts
 * checks the two give the same snapshot). Uses the saved snapshot when one matches the files (another bot
 * process on the same DATA_DIR may have built it already) and saves one otherwise, so the next
 * start loads instead of building. The snapshot key is taken before and after reading: when files
 * changed meanwhile, the index is still used but not saved under a key it does not match (the
 * watcher reloads again for the later change).
 */
export interface Rebuilt {
  snapshot: Snapshot;
  /** Set when the files changed while they were read. */
  raced: boolean;
}

export interface RebuildOptions {
  corpusDir: string;
  dataDir?: string;
  slice: () => Promise<void>;
  warn: (message: string, fields: Record<string, unknown>) => void;
}

export async function rebuildCorpus({ corpusDir, dataDir, slice, warn }: RebuildOptions): Promise<Rebuilt> {
  let key: string | undefined;
  try {
    key = snapshotKey(corpusDir);
  } catch {
    // An unreadable directory: reading it below throws the error that names the problem.
  }
  if (dataDir !== undefined && key !== undefined) {
    try {
      const loaded = loadSnapshot(snapshotFile(dataDir, key), key);
      if (loaded) return { snapshot: loaded, raced: false };
    } catch (error) {
      warn('index snapshot unusable; rebuilding it', { error });
    }
  }
  const corpus = await readCorpusInSlices(corpusDir, slice);
  const glossary = loadGlossary(join(corpusDir, 'glossary.yaml'));
  const index = new SearchIndex();
  for (const passage of corpus.passages) {
    index.add(passageDocument(passage));
    await slice();
  }
  const lexicon = await buildLexiconInSlices(index.articleWords(), slice);
  const snapshot: Snapshot = { corpus, glossary, index, lexicon };
  const raced = key === undefined || snapshotKey(corpusDir) !== key;
  if (dataDir !== undefined && key !== undefined && !raced) {
    try {
      saveSnapshot(snapshotFile(dataDir, key), key, snapshot);
    } catch (error) {
      warn('index snapshot not saved; the next start builds the index again', { error });
    }
  }
  return { snapshot, raced };
}
