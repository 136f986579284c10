import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type Bot, type BotOptions, loadConfig, openBot } from '../src/index.ts';
import { createTestDatabase, describePostgres } from './db/postgres-test-db.ts';

/**
 * Two processes on one pin store (say the Discord and the Slack adapter, or two replicas): a pin
 * saved by one shows up in the other's answers within a second, without a restart, and an unpin
 * disappears as fast. On SQLite the running bot polls; on PostgreSQL it has no timer at all
 * (pinSyncIntervalMs 0) and learns of the change through LISTEN/NOTIFY.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function runCli(env: Record<string, string>, script: string, ...args: string[]): Promise<string> {
  const fullEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'error', ...env };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join('adapters', 'cli', `${script}.ts`), ...args],
      { cwd: root, env: fullEnv },
      (error, stdout, stderr) => (error ? reject(new Error(`${script} failed: ${stderr}`)) : resolve(stdout)),
    );
  });
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
  const bot: Bot = await openBot(loadConfig(env), options);
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

describe('pins shared between processes on SQLite', () => {
  it("shows another process's pin in a running bot's answers within a second, and drops it after unpin", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pin-sync-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    await pinInOneAnswerInTheOther({ DATA_DIR: dataDir }, {});
  });
});

describePostgres('pins shared between processes on PostgreSQL', () => {
  it('shows another process’s pin within a second through LISTEN/NOTIFY, with no polling timer', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const dataDir = mkdtempSync(join(tmpdir(), 'pin-sync-pg-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    await pinInOneAnswerInTheOther(
      { DATA_DIR: dataDir, DATABASE_URL: database.url },
      { pinSyncIntervalMs: 0 },
    );
  });
});
