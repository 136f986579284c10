import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { indexCodeHashOf } from '../../scripts/index-code-hash.mjs';
import { createBot } from '../../src/bot.ts';
import { indexCodeHash } from '../../src/snapshot/index-snapshot.ts';
import { snapshots, writeSnapshotCorpus } from './snapshot-corpus.ts';

// The bundle (npm run ask) and the TypeScript entry points (npm start) share DATA_DIR: they must
// agree on snapshot keys, or each would rebuild the index and delete the other's snapshot.
const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = join(root, 'dist', `test-${process.pid}`);
const corpus = writeSnapshotCorpus();
afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(corpus.root, { recursive: true, force: true });
});

describe('index snapshot from the ask bundle', () => {
  it('embeds the same code hash the sources give', () => {
    expect(indexCodeHashOf(root)).toBe(indexCodeHash());
  });

  it('loads the snapshot the TypeScript code saved instead of rebuilding it', () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', outdir]);
    createBot({ corpusDir: corpus.dir, dataDir: corpus.data, pinSyncIntervalMs: 0 }).close();
    const [name] = snapshots(corpus.data);
    const written = statSync(join(corpus.data, name ?? '')).mtimeMs;

    const out = execFileSync(
      process.execPath,
      [join(outdir, 'ask.cjs'), 'When was the Strategic Compass adopted?'],
      {
        env: { PATH: process.env.PATH, CORPUS_DIR: corpus.dir, DATA_DIR: corpus.data, LOG_LEVEL: 'error' },
      },
    ).toString();
    expect(out).toContain('March 2022');
    expect(snapshots(corpus.data)).toEqual([name]);
    expect(statSync(join(corpus.data, name ?? '')).mtimeMs).toBe(written);
  });
});
