import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, openBot } from '../../src/index.ts';

/**
 * The one-shot `npm run ask` as deployed: the esbuild bundle, in its own process. It must answer
 * from the real corpus and honour pins in DATA_DIR, without creating pins.db when there is none.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = join(root, 'dist', `test-ask-${process.pid}`);
const dataDir = mkdtempSync(join(tmpdir(), 'ask-one-shot-'));
const pinQuestion = 'Which city hosted the signing ceremony of the pact?';
const fact = 'The signing ceremony of the India-EU pact was hosted in the city of New Delhi.';

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', outdir]);
});
afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

function ask(question: string): { answered: boolean; citations: Array<{ kind: string; id: string }> } {
  const out = execFileSync(process.execPath, [join(outdir, 'ask.mjs'), '--json', question], {
    // The bundle sits one folder deeper than dist/ask.mjs, so it is told where the corpus is.
    env: { PATH: process.env.PATH, CORPUS_DIR: join(root, 'corpus'), DATA_DIR: dataDir, LOG_LEVEL: 'error' },
  });
  return JSON.parse(out.toString());
}

describe('one-shot ask (the bundle)', () => {
  it('answers without creating pins.db when nobody has pinned', async () => {
    const answer = ask('When was the Strategic Compass adopted?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.kind).toBe('article');
    expect(existsSync(join(dataDir, 'pins.db'))).toBe(false);
  });

  it('cites a pin saved in pins.db', async () => {
    expect(ask(pinQuestion).citations.some((c) => c.kind === 'pin')).toBe(false);
    const bot = await openBot(loadConfig({ DATA_DIR: dataDir }), { pinSyncIntervalMs: 0 });
    const saved = await bot.pin({ text: fact }, { community: 'local', isModerator: true });
    await bot.close();
    expect(saved.ok).toBe(true);

    const answer = ask(pinQuestion);
    expect(answer.citations[0]).toMatchObject({ kind: 'pin', id: saved.ok ? saved.pin.id : '' });
  });
});
