import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, openBot } from '../../../src/index.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { FIXTURE_CORPUS_DIR } from '../../support/test-bot.ts';

/**
 * The one-shot `npm run ask` as deployed: the esbuild bundle, in its own process. It must answer
 * from the fixture corpus and honour pins in DATA_DIR, without creating pins.db when there is none.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
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
  const out = execFileSync(process.execPath, [join(outdir, 'ask.cjs'), '--json', question], {
    // The bundle sits one folder deeper than dist/ask.cjs, so it is told where the corpus is.
    env: { PATH: process.env.PATH, CORPUS_DIR: FIXTURE_CORPUS_DIR, DATA_DIR: dataDir, LOG_LEVEL: 'error' },
  });
  return JSON.parse(out.toString());
}

function run(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [join(outdir, 'ask.cjs'), ...args], {
    env: { PATH: process.env.PATH, CORPUS_DIR: FIXTURE_CORPUS_DIR, DATA_DIR: dataDir, ...env },
    encoding: 'utf8',
    input,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('one-shot ask (the bundle)', () => {
  it('prints usage for --help', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run ask -- "your question"/);
  });

  it('answers --json questions read from standard input, one line each', () => {
    const lines = run(['--json'], { LOG_LEVEL: 'error' }, 'When was it signed?\n\nWhat did NATO say?\n');
    expect(lines.stderr).toBe('');
    expect(lines.code).toBe(0);
    const answers = lines.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(answers.map((a) => a.question)).toEqual(['When was it signed?', 'What did NATO say?']);
    expect(answers.map((a) => a.answered)).toEqual([true, false]);
  });

  it('prints a corpus error as one line, without the bundle’s source or a stack', () => {
    const corpus = tempDir('ask-bad-corpus-');
    writeFileSync(join(corpus, 'bad.md'), '---\nid: bad\n---\n\nText.\n');
    const failed = run(['When?'], { CORPUS_DIR: corpus, DATA_DIR: join(corpus, 'data') });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/^Corpus: .*bad\.md: field "title": [^\n]*\n$/);
  });

  it('answers without creating pins.db when nobody has pinned', async () => {
    const answer = ask('When was the Strategic Compass adopted?');
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.kind).toBe('article');
    expect(existsSync(join(dataDir, 'pins.db'))).toBe(false);
  });

  it("keeps V8's code cache of the bundle after a run, and replaces one V8 refuses", () => {
    const cache = join(outdir, 'ask-bundle.cjs.cache');
    rmSync(cache, { force: true });
    expect(ask('When was the Strategic Compass adopted?').answered).toBe(true);
    expect(existsSync(cache)).toBe(true);
    // A cache V8 accepts is used as it is, not written again.
    const kept = statSync(cache).mtimeMs;
    expect(ask('Who is Kaja Kallas?').answered).toBe(true);
    expect(statSync(cache).mtimeMs).toBe(kept);
    // A damaged one is refused: the answer is the same, and a good cache takes its place.
    writeFileSync(cache, 'not a code cache');
    expect(ask('When was the Strategic Compass adopted?').answered).toBe(true);
    expect(readFileSync(cache).length).toBeGreaterThan(1000);
  });

  it('writes no code cache after a run that did not answer (help, usage, an error)', () => {
    const cache = join(outdir, 'ask-bundle.cjs.cache');
    rmSync(cache, { force: true });
    expect(run(['--help']).code).toBe(0);
    expect(run([]).code).toBe(2);
    const corpus = tempDir('ask-bad-corpus-');
    writeFileSync(join(corpus, 'bad.md'), '---\nid: bad\n---\n\nText.\n');
    expect(run(['When?'], { CORPUS_DIR: corpus, DATA_DIR: join(corpus, 'data') }).code).toBe(1);
    expect(existsSync(cache)).toBe(false);
    // The first answer writes it.
    expect(ask('Who is Kaja Kallas?').answered).toBe(true);
    expect(existsSync(cache)).toBe(true);
  });

  it('cites a pin saved in pins.db', async () => {
    expect(ask(pinQuestion).citations.some((c) => c.kind === 'pin')).toBe(false);
    const bot = await openBot(loadConfig({ DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS_DIR }), {
      pinSyncIntervalMs: 0,
    });
    const saved = await bot.pin({ text: fact }, { community: 'local', isModerator: true });
    await bot.close();
    expect(saved.ok).toBe(true);

    const answer = ask(pinQuestion);
    expect(answer.citations[0]).toMatchObject({ kind: 'pin', id: saved.ok ? saved.pin.id : '' });
  });
});
