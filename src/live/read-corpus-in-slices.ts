import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  articleFiles,
  type Corpus,
  CorpusError,
  corpusCollector,
  unreadableDirectory,
} from '../corpus/load-corpus.ts';
import type { Slicer } from './yield-slices.ts';

/**
 * `loadCorpus` for a running bot: the same files, order, checks and error messages (the test
 * compares the two), but reading files asynchronously and yielding between them, so a reload of a
 * large corpus does not stall the questions being answered meanwhile.
 */
export async function readCorpusInSlices(dir: string, slice: Slicer): Promise<Corpus> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw unreadableDirectory(dir, error);
  }
  const collected = corpusCollector();
  for (const name of articleFiles(dir, names)) {
    const file = join(dir, name);
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      throw new CorpusError(`Corpus: ${file}: cannot read it: ${(error as Error).message}`);
    }
    collected.add(file, source);
    const pause = slice();
    if (pause) await pause;
  }
  return collected.corpus();
}
