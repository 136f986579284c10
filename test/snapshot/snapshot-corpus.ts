import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { tempDir } from '../support/temp-dir.ts';
import { FIXTURE_CORPUS_DIR } from '../support/test-bot.ts';

/**
 * A corpus of several articles: the fixture corpus's articles under several ids (same text, so the dev
 * questions keep their answers), plus the glossary.
 */
export function writeSnapshotCorpus(root = tempDir('snapshot-')) {
  const dir = join(root, 'corpus');
  const data = join(root, 'data');
  mkdirSync(dir);
  const shipped = loadCorpus(FIXTURE_CORPUS_DIR);
  const copies = 4;
  for (const name of readdirSync(FIXTURE_CORPUS_DIR)) {
    const source = readFileSync(join(FIXTURE_CORPUS_DIR, name), 'utf8');
    if (!name.endsWith('.md')) {
      copyFileSync(join(FIXTURE_CORPUS_DIR, name), join(dir, name));
      continue;
    }
    for (let n = 1; n <= copies; n++) {
      writeFileSync(join(dir, `${n}-${name}`), source.replace(/^id: (.*)$/m, `id: copy-${n}-$1`));
    }
  }
  return { root, dir, data, passages: copies * shipped.passages.length };
}

/** The snapshot files in a data directory. */
export const snapshots = (data: string) => readdirSync(data).filter((name) => /^index-.*\.json$/.test(name));
