import { loadGlossary } from '../corpus/glossary.ts';
import { createUnits, type Units } from '../corpus/units.ts';
import {
  loadSnapshot,
  type Snapshot,
  saveSnapshot,
  snapshotFile,
  snapshotKey,
} from '../search/index-snapshot.ts';
import { SearchIndex } from '../search/search-index.ts';
import { readCorpusInSlices } from './read-corpus-in-slices.ts';

/**
 * Reads the corpus directory again and builds a new index beside the one being served, in time
 * slices (see yield-slices.ts). Uses the saved snapshot when one matches the files (another bot
 * process on the same DATA_DIR may have built it already) and saves one otherwise, so the next
 * start loads instead of building. The snapshot key is taken before and after reading: when files
 * changed meanwhile, the index is still used but not saved under a key it does not match (the
 * watcher reloads again for the later change).
 */
export interface Rebuilt {
  snapshot: Snapshot;
  units: Units;
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
      if (loaded) return { snapshot: loaded, units: createUnits(loaded.corpus), raced: false };
    } catch (error) {
      warn('index snapshot unusable; rebuilding it', { error });
    }
  }
  const corpus = await readCorpusInSlices(corpusDir, slice);
  const glossary = loadGlossary(`${corpusDir}/glossary.yaml`);
  const units = createUnits(corpus);
  const index = new SearchIndex();
  for (const passage of corpus.passages) {
    index.add(units.indexDocument(passage.id));
    await slice();
  }
  const snapshot: Snapshot = { corpus, glossary, index };
  const raced = key === undefined || snapshotKey(corpusDir) !== key;
  if (dataDir !== undefined && key !== undefined && !raced) {
    try {
      saveSnapshot(snapshotFile(dataDir, key), key, snapshot);
    } catch (error) {
      warn('index snapshot not saved; the next start builds the index again', { error });
    }
  }
  return { snapshot, units, raced };
}
