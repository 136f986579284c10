import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pinMain } from '../adapters/cli/pin.ts';
import { unpinMain } from '../adapters/cli/unpin.ts';
import { type Bot, type BotOptions, loadConfig, openBot } from '../src/index.ts';
import { createTestDatabase, describePostgres } from './db/postgres-test-db.ts';
import { runMain } from './support/run-entry.ts';
import { FIXTURE_CORPUS_DIR } from './support/test-bot.ts';

/**
 * Two processes on one pin store (say the Discord and the Slack adapter, or two replicas): a pin
 * saved by one shows up in the other's answers within a second, without a restart, and an unpin
 * disappears as fast. The writer is `npm run pin`'s entry point with its own connection to the
 * store: the running bot sees its change only through the store, as it would another process's
 * (test/pins/sqlite-two-processes and test/adapters/slack/replicas cover separate processes). On
 * SQLite the running bot polls; on PostgreSQL it has no timer at all (pinSyncIntervalMs 0) and
 * learns of the change through LISTEN/NOTIFY.
 */
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** `npm run pin|unpin` in this process; each run opens its own connection to the store. */
async function runCli(
  env: Record<string, string>,
  script: 'pin' | 'unpin',
  ...args: string[]
): Promise<string> {
  const run = await runMain(script === 'pin' ? pinMain : unpinMain, args, {
    env: { ...env, CORPUS_DIR: FIXTURE_CORPUS_DIR, LOG_LEVEL: 'error' },
  });
  if (run.code !== 0) throw new Error(`${script} failed: ${run.stderr}`);
  return run.stdout;
}

async function within(ms: number, check: () => boolean): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not seen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - start;
}

const question = 'Which city hosted the signing ceremony of the pact?';
const fact = 'The signing ceremony of the India-EU pact was hosted in the city of New Delhi.';

async function pinInOneAnswerInTheOther(env: Record<string, string>, options: Partial<BotOptions>) {
  const bot: Bot = await openBot(loadConfig({ ...env, CORPUS_DIR: FIXTURE_CORPUS_DIR }), options);
  cleanups.push(() => bot.close());
  const local = { community: 'local' };
  expect(bot.ask(question, local).citations.some((c) => c.kind === 'pin')).toBe(false);

  const saved = JSON.parse(await runCli(env, 'pin', '--json', fact));
  await within(1000, () => bot.ask(question, local).citations[0]?.id === saved.id);
  const answer = bot.ask(question, local);
  expect(answer.answered).toBe(true);
  expect(answer.sentences[0]?.text).toBe(fact);
  expect(answer.citations[0]).toMatchObject({ kind: 'pin', id: saved.id, text: fact });
  expect(bot.ask(question, { community: 'another-server' }).citations.some((c) => c.kind === 'pin')).toBe(
    false,
  );

  await runCli(env, 'unpin', saved.id);
  await within(1000, () => !bot.ask(question, local).citations.some((c) => c.kind === 'pin'));
}

const dataDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

describe('pins shared between processes on SQLite', () => {
  it("shows another process's pin in a running bot's answers within a second, and drops it after unpin", async () => {
    await pinInOneAnswerInTheOther({ DATA_DIR: dataDir('pin-sync-') }, {});
  });
});

describePostgres('pins shared between processes on PostgreSQL', () => {
  it('shows another process’s pin within a second through LISTEN/NOTIFY, with no polling timer', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    await pinInOneAnswerInTheOther(
      { DATA_DIR: dataDir('pin-sync-pg-'), DATABASE_URL: database.url },
      { pinSyncIntervalMs: 0 },
    );
  });
});
