import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnScript } from '../../support/spawn-script.ts';
import { tempDir } from '../../support/temp-dir.ts';

/**
 * Each console script once as its own process (the rest of their tests run the entry points
 * in-process): arguments from the command line, output on the real streams, the exit code.
 */
const dataDir = tempDir('scripts-');
const env = { DATA_DIR: dataDir, LOG_LEVEL: 'error' };
const fact = 'The Security and Defence Partnership was signed in New Delhi on 27 January 2026.';

async function run(script: string, ...args: string[]) {
  const child = spawnScript(`adapters/cli/${script}.ts`, env, { args });
  return { code: await child.exited, stdout: child.stdout(), stderr: child.stderr() };
}

describe('console scripts as processes', () => {
  it('npm run pin, pins and unpin share pins.db across processes', async () => {
    const pinned = await run('pin', fact, '--json');
    expect(pinned.code).toBe(0);
    expect(JSON.parse(pinned.stdout)).toMatchObject({ id: 'P1', text: fact });
    const listed = await run('pins');
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(listed.stdout).toContain(`P1  ${fact}`);
    const unpinned = await run('unpin', 'P1');
    expect(unpinned).toMatchObject({ code: 0, stderr: '' });
    expect(unpinned.stdout).toMatch(/^Unpinned P1 /);
  });

  it('npm run gaps reports from pins.db, and refuses a bad option with usage', async () => {
    const gaps = await run('gaps');
    expect(gaps).toMatchObject({ code: 0, stderr: '' });
    expect(gaps.stdout).toMatch(/^Unanswered questions in local, last 7 days: 0 questions in 0 groups\.\n$/);
    const bad = await run('gaps', '--days', 'soon');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^--days must be a whole number from 1/);
  });

  it('npm run eval prints its totals, and one clean line for a file it cannot read', async () => {
    const file = join(dataDir, 'set.jsonl');
    writeFileSync(
      file,
      '{"id":"a","q":"Who is Kaja Kallas?","answerable":true,"answer_any":["High Representative"]}\n',
    );
    const scored = await run('eval', file);
    expect(scored.code).toBe(0);
    expect(scored.stdout).toContain('answerable answered correctly: 100.0% of 1');
    const missing = await run('eval', join(dataDir, 'missing.jsonl'));
    expect(missing).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `Eval: cannot read ${join(dataDir, 'missing.jsonl')} (ENOENT)\n`,
    });
  });
});
