import { snapshotSteps } from '../snapshot/build-snapshot.ts';
import {
  loadSnapshot,
  type Snapshot,
  saveSnapshot,
  snapshotFile,
  snapshotKey,
} from '../snapshot/index-snapshot.ts';
import { readCorpusInSlices } from './read-corpus-in-slices.ts';
import type { Slicer } from './yield-slices.ts';

/**
 * Reads the corpus directory again and builds a new snapshot beside the one being served: the
 * files read asynchronously, then `snapshotSteps`, the very recipe a start runs (`buildSnapshot`),
 * with the event loop handed back whenever a time slice is used up (yield-slices.ts). Uses the
 * saved snapshot when one matches the files (another bot process on the same DATA_DIR may have
 * built it already) and saves one otherwise, so the next start loads instead of building. The
 * snapshot key is taken before and after reading: when files changed meanwhile, the snapshot is
 * still served but not saved under a key it does not match (the watcher reloads again).
 *
 * @module
 */
export interface Rebuilt {
  snapshot: Snapshot;
  /** Set when the files changed while they were read. */
  raced: boolean;
}

export interface RebuildOptions {
  corpusDir: string;
  dataDir?: string;
  slice: Slicer;
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
  const steps = snapshotSteps(corpus, corpusDir);
  let step = steps.next();
  while (!step.done) {
    const pause = slice();
    if (pause) await pause;
    step = steps.next();
  }
  const snapshot = step.value;
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
