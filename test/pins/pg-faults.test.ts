import { afterAll, describe, expect, it } from 'vitest';
import {
  type Bot,
  createLogger,
  loadConfig,
  openBot,
  openPinStore,
  PinsUnavailableError,
} from '../../src/index.ts';
import { createTestDatabase, describePostgres } from '../db/postgres-test-db.ts';
import { startTcpProxy, type TcpProxy } from '../db/tcp-proxy.ts';

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});
const logger = createLogger('error');
const moderator = { community: 'local', isModerator: true };

describe('PostgreSQL that cannot be reached at start', () => {
  it('stops with an error naming DATABASE_URL and the host, never the password', async () => {
    const proxy = await startTcpProxy('127.0.0.1', 9);
    await proxy.down(); // a port nobody listens on
    const url = `postgres://bot:s3cret-pass@127.0.0.1:${proxy.port}/pins`;
    const error = await openPinStore({ DATA_DIR: '/nonexistent', DATABASE_URL: url }, { logger }).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toMatch(
      new RegExp(
        `^DATABASE_URL: cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${proxy.port}/pins \\(ECONNREFUSED`,
      ),
    );
    expect(error?.message).toContain('Is PostgreSQL running');
    expect(error?.message).not.toContain('s3cret');
  });
});

describePostgres('PostgreSQL lost while the bot runs', () => {
  const question = 'Which city hosted the signing ceremony of the pact?';
  const fact = 'The signing ceremony of the India-EU pact was hosted in the city of New Delhi.';
  const later = 'The signing ceremony of the pact took place in the capital city, Delhi, in January.';

  async function setUp(): Promise<{ bot: Bot; proxy: TcpProxy; direct: string }> {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const target = new URL(database.url);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    cleanups.push(() => proxy.close());
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    const bot = await openBot(loadConfig({ DATA_DIR: '/nonexistent', DATABASE_URL: viaProxy.toString() }), {
      logger,
      pinSyncIntervalMs: 0,
    });
    cleanups.push(() => bot.close());
    return { bot, proxy, direct: database.url };
  }

  it('keeps answering, says pins are unavailable, then reconnects and catches up', async () => {
    const { bot, proxy, direct } = await setUp();
    expect((await bot.pin({ text: fact }, moderator)).ok).toBe(true);

    await proxy.down();
    // Answers come from the in-memory index, pin included.
    expect(bot.ask(question, { community: 'local' }).citations[0]).toMatchObject({ kind: 'pin', text: fact });
    expect(await bot.unpin('P1', moderator)).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(await bot.pin({ text: 'Something else entirely.' }, moderator)).toMatchObject({
      ok: false,
      reason: 'unavailable',
      message: expect.stringMatching(/temporarily unavailable/),
    });
    await expect(bot.pins('local')).rejects.toBeInstanceOf(PinsUnavailableError);
    expect(bot.sources('local').pins).toBe(1);

    // Meanwhile another process, still connected, changes pins: nobody can notify this bot.
    const other = await openPinStore({ DATA_DIR: '/nonexistent', DATABASE_URL: direct }, { logger });
    cleanups.push(() => other.close());
    const actor = { platform: 'local' as const, userId: 'other', displayName: 'other process' };
    await other.remove('P1', actor, new Date().toISOString());
    const added = await other.add({
      community: 'local',
      text: later,
      source: null,
      message: null,
      actor,
      at: new Date().toISOString(),
    });

    await proxy.up();
    // The listener reconnects with backoff and reads what it missed.
    const deadline = Date.now() + 15_000;
    while (bot.ask(question, { community: 'local' }).citations[0]?.id !== added.id) {
      if (Date.now() > deadline) throw new Error('the bot did not catch up after the database came back');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(bot.ask(question, { community: 'local' }).citations.some((c) => c.id === 'P1')).toBe(false);
    expect((await bot.pins('local')).map((pin) => pin.id)).toEqual([added.id]);
    expect(await bot.pin({ text: 'Something else entirely.' }, moderator)).toMatchObject({ ok: true });
  });
});
