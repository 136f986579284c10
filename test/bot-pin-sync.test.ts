import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pinMain } from '../adapters/cli/pin.ts';
import { unpinMain } from '../adapters/cli/unpin.ts';
import { type Bot, loadConfig, openBot } from '../src/index.ts';
import { runMain } from './support/run-entry.ts';
import { FIXTURE_CORPUS_DIR } from './support/test-bot.ts';

/**
 * Two processes on one DATA_DIR (say the Discord and the Slack adapter): a pin saved by one shows
 * up in the other's answers within a second, without a restart, and an unpin disappears as fast.
 * The writer is `npm run pin`'s entry point on its own connection to pins.db: the running bot sees
 * its change only through SQLite, as it would another process's (test/pins/sqlite-two-processes
 * covers separate processes).
 */
const dataDir = mkdtempSync(join(tmpdir(), 'pin-sync-'));
const bots: Bot[] = [];
afterAll(() => {
  for (const bot of bots) bot.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** `npm run pin|unpin` in this process; each run opens its own connection to pins.db, as a second process would. */
async function runCli(script: 'pin' | 'unpin', ...args: string[]): Promise<string> {
  const env = { DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS_DIR, LOG_LEVEL: 'error' };
  const run = await runMain(script === 'pin' ? pinMain : unpinMain, args, { env });
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

describe('pins shared between processes', () => {
  const question = 'Which city hosted the signing ceremony of the pact?';
  const fact = 'The signing ceremony of the India-EU pact was hosted in the city of New Delhi.';

  it("shows another process's pin in a running bot's answers within a second, and drops it after unpin", async () => {
    const bot = openBot(loadConfig({ DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS_DIR }));
    bots.push(bot);
    const local = { community: 'local' };
    expect(bot.ask(question, local).citations.some((c) => c.kind === 'pin')).toBe(false);

    const saved = JSON.parse(await runCli('pin', '--json', fact));
    await within(1000, () => bot.ask(question, local).citations[0]?.id === saved.id);
    const answer = bot.ask(question, local);
    expect(answer.answered).toBe(true);
    expect(answer.sentences[0]?.text).toBe(fact);
    expect(answer.citations[0]).toMatchObject({ kind: 'pin', id: saved.id, text: fact });
    expect(bot.ask(question, { community: 'another-server' }).citations.some((c) => c.kind === 'pin')).toBe(
      false,
    );

    await runCli('unpin', saved.id);
    await within(1000, () => !bot.ask(question, local).citations.some((c) => c.kind === 'pin'));
  });
});
