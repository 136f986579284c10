import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { askMain } from '../../../adapters/cli/ask.ts';
import { pinMain } from '../../../adapters/cli/pin.ts';
import { pinsMain } from '../../../adapters/cli/pins.ts';
import { unpinMain } from '../../../adapters/cli/unpin.ts';
import { type Bot, loadConfig, openBot } from '../../../src/index.ts';
import { runMain } from '../../support/run-entry.ts';
import { FIXTURE_CORPUS_DIR } from '../../support/test-bot.ts';

/**
 * An operator manages every community's pins from the shell: `--community discord:<server>` and
 * `slack:<workspace>` reach the pins the bots saved, `--communities` lists them, and
 * `--backup FILE` copies pins.db while a bot has it open.
 */
const GUILD = '123456789012345678';
const TEAM = 'T0FAKE';
const temp = mkdtempSync(join(tmpdir(), 'pins-communities-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let dataDir = '';
let n = 0;
const bots: Bot[] = [];
beforeEach(() => {
  for (const bot of bots.splice(0)) bot.close();
  n += 1;
  dataDir = join(temp, `data-${n}`);
});
afterAll(() => {
  for (const bot of bots) bot.close();
});

const mains = { pin: pinMain, pins: pinsMain, unpin: unpinMain, ask: askMain };
const run = (script: keyof typeof mains, ...args: string[]) =>
  runMain(mains[script], args, {
    env: { DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS_DIR, LOG_LEVEL: 'error' },
    cwd: temp,
  });
const json = (result: { stdout: string }) => JSON.parse(result.stdout);

/** A bot process on the same DATA_DIR, pinning as the Discord and Slack adapters do. */
async function platformBot(): Promise<Bot> {
  const bot = await openBot(loadConfig({ DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS_DIR }), {
    pinSyncIntervalMs: 0,
  });
  bots.push(bot);
  return bot;
}
const discordMod = {
  community: GUILD,
  isModerator: true,
  user: { platform: 'discord' as const, userId: '9', displayName: 'Mo Discord' },
};
const slackMod = {
  community: TEAM,
  isModerator: true,
  user: { platform: 'slack' as const, userId: 'U1', displayName: 'Sam Slack' },
};

describe('pin commands across communities', () => {
  it('lists, audits, restores and exports the pins a Discord server and a Slack workspace saved', async () => {
    const bot = await platformBot();
    const onDiscord = await bot.pin({ text: 'The first exercise is planned for October 2026.' }, discordMod);
    const onSlack = await bot.pin({ text: 'Slack workspace fact.' }, slackMod);
    expect(onDiscord.ok && onSlack.ok).toBe(true);
    await bot.unpin('P1', discordMod);

    expect(json(await run('pins', '--communities', '--json'))).toEqual([
      { community: `discord:${GUILD}`, active: 0, removed: 1 },
      { community: `slack:${TEAM}`, active: 1, removed: 0 },
    ]);
    expect((await run('pins', '--communities')).stdout).toBe(
      `discord:${GUILD}  0 active, 1 unpinned\nslack:${TEAM}  1 active, 0 unpinned\n`,
    );
    expect(json(await run('pins', '--json'))).toEqual([]);
    expect(json(await run('pins', '--community', `slack:${TEAM}`, '--json'))).toEqual([
      expect.objectContaining({ id: 'P2', text: 'Slack workspace fact.', pinnedBy: slackMod.user }),
    ]);

    const history = json(await run('pins', '--history', 'P1', '--community', `discord:${GUILD}`, '--json'));
    expect(
      history.map((e: { action: string; actor: { displayName: string } }) => [e.action, e.actor.displayName]),
    ).toEqual([
      ['pin', 'Mo Discord'],
      ['unpin', 'Mo Discord'],
    ]);
    expect((await run('pins', '--history', 'P1')).code).toBe(1);

    const restored = await run('pin', '--restore', 'P1', '--community', `discord:${GUILD}`, '--json');
    expect(json(restored)).toMatchObject({ id: 'P1', community: GUILD, status: 'active' });
    await bot.syncPins();
    expect((await bot.pins(GUILD)).map((pin) => pin.id)).toEqual(['P1']);
    const exported = json(await run('pins', '--all', '--community', `discord:${GUILD}`, '--json'));
    expect(exported).toEqual([
      expect.objectContaining({ id: 'P1', status: 'active', pinnedBy: discordMod.user }),
    ]);
  });

  it('pins and unpins in a community, answering as that community with --community', async () => {
    const fact = 'The signing ceremony of the India-EU pact was hosted in the city of New Delhi.';
    const pinned = await run('pin', fact, '--community', `slack:${TEAM}`, '--json');
    expect(json(pinned)).toMatchObject({ community: TEAM, text: fact });
    const question = 'Which city hosted the signing ceremony of the pact?';
    const asked = json(await run('ask', '--json', '--community', `slack:${TEAM}`, question));
    expect(asked.citations[0]).toMatchObject({ kind: 'pin', text: fact });
    const local = json(await run('ask', '--json', question));
    expect(local.citations.some((c: { kind: string }) => c.kind === 'pin')).toBe(false);
    const unpinned = await run('unpin', 'P1', '--community', `slack:${TEAM}`);
    expect(unpinned.stdout).toBe(
      `Unpinned P1 (kept in history; restore with: npm run pin -- --restore P1 --community slack:${TEAM}).\n`,
    );
    expect((await run('unpin', 'P1')).stderr).toBe('There is no pin P1 in this community.\n');
  });

  it('refuses a community it cannot read, with usage', async () => {
    for (const bad of ['discord:abc', 'slack:general', 'T0FAKE', '']) {
      const result = await run('pins', '--community', bad);
      expect(result.code, bad).toBe(2);
      expect(result.stderr, bad).toMatch(
        /^--community takes local, discord:<server id> or slack:<workspace id>/,
      );
    }
  });

  it('reads pins without creating pins.db or reading the corpus', async () => {
    const result = await runMain(pinsMain, ['--communities'], {
      env: { DATA_DIR: dataDir, CORPUS_DIR: join(temp, 'no-such-corpus') },
      cwd: temp,
    });
    expect(result).toMatchObject({ code: 0, stdout: 'No community has pins yet.\n' });
    expect(existsSync(join(dataDir, 'pins.db'))).toBe(false);
  });
});

describe('pins --backup', () => {
  it('copies pins.db while a bot holds it open, pins still in the write-ahead log included', async () => {
    const bot = await platformBot();
    await bot.pin({ text: 'First fact.' }, discordMod);
    await bot.pin({ text: 'Second fact.' }, slackMod);
    await bot.unpin('P1', discordMod);
    const file = join(temp, `backup-${n}.db`);
    const result = await run('pins', '--backup', file);
    expect(result).toMatchObject({ code: 0, stdout: `Backed up 2 pin(s) and 3 event(s) to ${file}.\n` });

    // The backup is a pin store: opened as DATA_DIR, it holds the same pins and history.
    const restoredDir = join(temp, `restored-${n}`);
    mkdirSync(restoredDir);
    copyFileSync(file, join(restoredDir, 'pins.db'));
    dataDir = restoredDir;
    expect(json(await run('pins', '--all', '--community', `discord:${GUILD}`, '--json'))).toEqual([
      expect.objectContaining({ id: 'P1', text: 'First fact.', status: 'removed' }),
    ]);
    expect(
      json(await run('pins', '--history', 'P1', '--community', `discord:${GUILD}`, '--json')),
    ).toHaveLength(2);
  });

  it('never overwrites a file, and says when there is nothing to back up', async () => {
    const file = join(temp, `existing-${n}.db`);
    writeFileSync(file, 'keep me');
    const nothing = await run('pins', '--backup', file);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toBe(
      `PinStore: there is no ${join(dataDir, 'pins.db')} to back up (DATA_DIR=${dataDir}); nobody has pinned yet.\n`,
    );
    await (await platformBot()).pin({ text: 'A fact.' }, discordMod);
    const refused = await run('pins', '--backup', file, '--json');
    expect(refused.code).toBe(1);
    expect(json(refused)).toEqual({
      error: `PinStore: ${file} already exists; a backup never overwrites a file, choose a new name.`,
    });
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});
