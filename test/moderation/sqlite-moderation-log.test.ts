import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openModerationLog, openPinStore, openSqlitePinStore } from '../../src/index.ts';
import { openSqliteModerationLog } from '../../src/moderation/sqlite-moderation-log.ts';
import { APPLICATION_ID, LATEST_VERSION, migrations } from '../../src/pins/sqlite-schema.ts';
import { describeModerationLogContract } from './moderation-log-contract.ts';

const root = mkdtempSync(join(tmpdir(), 'loop-sqlite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let files = 0;

describeModerationLogContract('openSqliteModerationLog', () => {
  files += 1;
  return openSqliteModerationLog(join(root, `contract-${files}.db`));
});

const actor = { platform: 'local' as const, userId: 'local', displayName: 'console' };
const gap = (question: string) => ({
  community: 'local',
  question,
  missing: ['NATO'],
  groupKey: 'nato',
  askedBy: null,
  at: '2026-03-01T00:00:00.000Z',
});

describe('openModerationLog', () => {
  it('lives in pins.db beside the pins, and both survive reopening', async () => {
    const dataDir = join(root, 'shared');
    const pins = await openPinStore({ DATA_DIR: dataDir });
    const log = openModerationLog(dataDir);
    await pins.add({
      community: 'local',
      text: 'A fact.',
      source: null,
      message: null,
      actor,
      at: gap('').at,
    });
    log.addGap(gap('What does NATO say?'));
    pins.close();
    log.close();

    const db = new Database(join(dataDir, 'pins.db'), { readonly: true });
    const tables = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as Array<{ name: string }>
    ).map((row) => row.name);
    db.close();
    expect(tables).toEqual(expect.arrayContaining(['pins', 'pin_events', 'loop_gaps', 'loop_reviews']));
    const again = openModerationLog(dataDir);
    expect(again.gapGroups('local', '2026-01-01', { limit: 5, offset: 0 }).groups[0]?.example.question).toBe(
      'What does NATO say?',
    );
    again.close();
    const pinsAgain = await openPinStore({ DATA_DIR: dataDir });
    expect((await pinsAgain.list('local')).map((pin) => pin.text)).toEqual(['A fact.']);
    pinsAgain.close();
  });

  it('upgrades a version-2 pin file, keeping its pins, and adds the loop tables', async () => {
    const path = join(root, 'v2.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    for (const migration of migrations.slice(0, 2)) migration.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('user_version = 2');
    db.close();
    const pins = openSqlitePinStore(path);
    await pins.add({ community: 'local', text: 'Kept.', source: null, message: null, actor, at: gap('').at });
    pins.close();
    const log = openSqliteModerationLog(path);
    log.addGap(gap('NATO?'));
    expect(log.communities()).toEqual(['local']);
    log.close();
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    check.close();
  });

  it('shows one connection what another recorded, and refuses the same vote from both', async () => {
    const dataDir = join(root, 'two');
    const first = openModerationLog(dataDir);
    const second = openModerationLog(dataDir);
    const vote = {
      answerId: 'a1',
      community: 'local',
      voter: 'v1',
      verdict: 'helpful' as const,
      note: null,
      givenBy: null,
      at: gap('').at,
    };
    expect(first.addFeedback(vote)).toBe(true);
    expect(second.addFeedback(vote)).toBe(false);
    expect(second.hasFeedback('a1', 'v1')).toBe(true);
    first.close();
    second.close();
  });
});
