import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { askMain } from '../../../adapters/cli/ask.ts';
import { pinMain } from '../../../adapters/cli/pin.ts';
import { pinsMain } from '../../../adapters/cli/pins.ts';
import { unpinMain } from '../../../adapters/cli/unpin.ts';
import { type EntryRun, runMain } from '../../support/run-entry.ts';
import { FIXTURE_CORPUS_DIR } from '../../support/test-bot.ts';

/**
 * The pin console commands as `npm run pin|pins|unpin|ask` run them, in-process: arguments,
 * environment and output streams as values, the exit code they would give the shell.
 * (test/adapters/cli/scripts.test.ts runs each as a real process once.)
 */

const temp = mkdtempSync(join(tmpdir(), 'pins-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Run = EntryRun;

let dataDir = '';
let dirs = 0;
beforeEach(() => {
  dirs += 1;
  dataDir = join(temp, `data-${dirs}`);
});

const mains = { pin: pinMain, pins: pinsMain, unpin: unpinMain, ask: askMain };

function run(script: keyof typeof mains, ...args: string[]): Promise<Run> {
  const env = { DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS_DIR, LOG_LEVEL: 'error' };
  return runMain(mains[script], args, { env, cwd: temp });
}

const json = (result: Run) => JSON.parse(result.stdout);
const fact = 'The Security and Defence Partnership was signed in New Delhi on 27 January 2026.';

describe('pin console commands', () => {
  it('pins, lists, unpins, restores and shows history as JSON', async () => {
    const pinned = await run('pin', fact, '--source', 'https://example.org/sdp', '--json');
    expect(pinned.code).toBe(0);
    expect(json(pinned)).toMatchObject({
      id: 'P1',
      community: 'local',
      text: fact,
      source: 'https://example.org/sdp',
      status: 'active',
      pinnedBy: { platform: 'local', userId: 'local' },
    });
    expect(json(await run('pins', '--json')).map((pin: { id: string }) => pin.id)).toEqual(['P1']);

    expect(json(await run('unpin', 'p1', '--json'))).toMatchObject({ id: 'P1', status: 'removed' });
    expect(json(await run('pins', '--json'))).toEqual([]);
    expect(json(await run('pins', '--all', '--json'))).toEqual([
      expect.objectContaining({ id: 'P1', status: 'removed' }),
    ]);

    expect(json(await run('pin', '--restore', 'P1', '--json'))).toMatchObject({ id: 'P1', status: 'active' });
    const history = json(await run('pins', '--history', 'P1', '--json'));
    expect(history.map((event: { action: string }) => event.action)).toEqual(['pin', 'unpin', 'restore']);
    expect(history[0]).toMatchObject({ pinId: 'P1', oldText: null, newText: fact });
  });

  it('prints short confirmations for a person', async () => {
    expect((await run('pin', fact)).stdout).toBe('Pinned P1.\n');
    const listed = await run('pins');
    expect(listed.stdout).toContain(`P1  ${fact}`);
    expect(listed.stdout).toMatch(/pinned by .+ on \d{4}-\d{2}-\d{2}/);
    expect((await run('unpin', 'P1')).stdout).toBe(
      'Unpinned P1 (kept in history; restore with: npm run pin -- --restore P1).\n',
    );
  });

  it('answers `npm run ask` with the pin first, with its provenance', async () => {
    await run('pin', fact, '--source', 'https://example.org/sdp');
    const asked = await run(
      'ask',
      '--json',
      'When was the Security and Defence Partnership signed in New Delhi?',
    );
    const answer = json(asked);
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]).toMatchObject({
      kind: 'pin',
      id: 'P1',
      text: fact,
      pin: { source: 'https://example.org/sdp', pinnedBy: { platform: 'local' } },
    });
  });

  it('accepts a known passage id as source and edits a pin', async () => {
    const article = readdirSync(FIXTURE_CORPUS_DIR)
      .find((name) => name.endsWith('.md'))
      ?.replace(/\.md$/, '');
    const passage = `${article}#p1`;
    expect(json(await run('pin', fact, '--source', passage, '--json'))).toMatchObject({ source: passage });
    const edited = await run(
      'pin',
      '--edit',
      'P1',
      'The partnership was signed on 27 January 2026.',
      '--json',
    );
    expect(json(edited)).toMatchObject({ id: 'P1', text: 'The partnership was signed on 27 January 2026.' });
  });

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    await run('pin', fact);
    const [duplicate, empty, badSource, unknown, noHistory] = await Promise.all([
      run('pin', fact.toUpperCase(), '--json'),
      run('pin', '   '),
      run('pin', 'Another fact.', '--source', 'ftp://example.org/x'),
      run('unpin', 'P9', '--json'),
      run('pins', '--history', 'P9'),
    ]);
    expect(duplicate.code).toBe(1);
    expect(json(duplicate)).toEqual({
      error: 'This fact is already pinned as P1.',
      reason: 'duplicate',
      existingId: 'P1',
    });
    expect(empty).toMatchObject({ code: 1, stdout: '', stderr: 'Pin text is empty.\n' });
    expect(badSource.code).toBe(1);
    expect(badSource.stderr).toContain(
      'Source “ftp://example.org/x” is neither an http(s) URL nor a known passage id',
    );
    expect(unknown.code).toBe(1);
    expect(json(unknown)).toEqual({ error: 'There is no pin P9 in this community.', reason: 'not-found' });
    expect(noHistory).toMatchObject({ code: 1, stderr: 'There is no pin P9 in this community.\n' });
  });

  it('shows usage for unknown options and missing arguments, with exit code 2', async () => {
    const [option, missing, tooMany] = await Promise.all([
      run('pin', 'x', '--bogus'),
      run('unpin', '--json'),
      run('pin', 'two', 'words'),
    ]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--bogus'");
    expect(option.stderr).toContain('Usage: npm run pin');
    expect(missing.code).toBe(2);
    expect(json(missing).error).toMatch(/^Give exactly one pin id \(got 0\)/);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toMatch(/one quoted argument \(got 2\)/);
  });

  it('stops with an error naming a corrupt pins.db and leaves it untouched', async () => {
    const path = join(dataDir, 'pins.db');
    await run('pins');
    writeFileSync(path, 'this is not a database, and it is somebody’s notes\n');
    const [listed, pinned] = await Promise.all([run('pins'), run('pin', fact, '--json')]);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toContain(path);
    expect(pinned.code).toBe(1);
    expect(json(pinned).error).toContain(path);
    expect(readFileSync(path, 'utf8')).toBe('this is not a database, and it is somebody’s notes\n');
  });
});
