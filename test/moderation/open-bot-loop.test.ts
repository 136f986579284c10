import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { type AskContext, type Bot, loadConfig, openBot } from '../../src/index.ts';
import { FIXTURE_CORPUS_DIR } from '../support/test-bot.ts';

/**
 * The loop as a running process has it: openBot keeps it in `<DATA_DIR>/pins.db`, beside the pins,
 * across restarts; GAPS_RETENTION_DAYS deletes old rows at start; GAPS_STORE_USER decides whether a
 * user id is written at all.
 */
const root = mkdtempSync(join(tmpdir(), 'loop-openbot-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const START = new Date('2026-03-10T12:00:00.000Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const alice: AskContext = {
  community: 'guild-1',
  user: { platform: 'discord', userId: '200000000000000777', displayName: 'Alice' },
};
const mod: AskContext = { community: 'guild-1', isModerator: true };

function open(dataDir: string, days: number, env: Record<string, string> = {}): Promise<Bot> {
  const at = new Date(START.getTime() + days * DAY_MS);
  return openBot(loadConfig({ DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS_DIR, ...env }), {
    pinSyncIntervalMs: 0,
    now: () => at,
  });
}

/** Every value in the loop tables, as one string, read straight from the file. */
function loopRows(dataDir: string): { count: number; text: string } {
  const db = new Database(join(dataDir, 'pins.db'), { readonly: true });
  const rows = ['loop_gaps', 'loop_answers', 'loop_feedback', 'loop_reviews'].flatMap((table) =>
    db.prepare(`SELECT * FROM ${table}`).all(),
  );
  db.close();
  return { count: rows.length, text: JSON.stringify(rows) };
}

function record(bot: Bot): void {
  bot.ask('What did NATO say about it?', alice);
  const { id = '' } = bot.ask('When was the partnership signed?', alice);
  const outcome = bot.loop.feedback({ answerId: id, verdict: 'wrong', note: 'Outdated.' }, alice);
  if (!outcome.ok) throw new Error(outcome.message);
}

describe('openBot and the loop', () => {
  it('keeps gaps and review items in pins.db across a restart, without user ids by default', async () => {
    const dataDir = join(root, 'restart');
    const first = await open(dataDir, 0);
    record(first);
    first.close();

    const second = await open(dataDir, 5);
    const gaps = second.loop.gaps(mod, { days: 7 });
    expect(gaps).toMatchObject({ ok: true, report: { questionCount: 1 } });
    if (gaps.ok)
      expect(gaps.report.groups[0]).toMatchObject({
        terms: ['nato'],
        example: 'What did NATO say about it?',
      });
    expect(second.loop.reviewQueue(mod)).toMatchObject({
      ok: true,
      queue: { total: 1, items: [{ note: 'Outdated.' }] },
    });
    second.close();

    const rows = loopRows(dataDir);
    expect(rows.count).toBe(4); // the gap, the answer, the vote and its review item
    expect(rows.text).not.toContain(alice.user?.userId);
    expect(rows.text).not.toContain('Alice');
  });

  it('writes the user ids with GAPS_STORE_USER=true', async () => {
    const dataDir = join(root, 'store-user');
    const bot = await open(dataDir, 0, { GAPS_STORE_USER: 'true' });
    record(bot);
    bot.close();
    expect(loopRows(dataDir).text).toContain(alice.user?.userId);
  });

  it('deletes rows older than GAPS_RETENTION_DAYS from the file when it starts', async () => {
    const dataDir = join(root, 'retention');
    const first = await open(dataDir, 0);
    record(first);
    first.close();
    await (await open(dataDir, 3, { GAPS_RETENTION_DAYS: '4' })).close();
    expect(loopRows(dataDir).count).toBe(4);
    await (await open(dataDir, 5, { GAPS_RETENTION_DAYS: '4' })).close();
    expect(loopRows(dataDir).count).toBe(0);
  });
});
