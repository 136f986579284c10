import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack } from '../../../adapters/slack/index.ts';
import { slackMain } from '../../../adapters/slack/main.ts';
import { createLogger, loadConfig, requireSlack } from '../../../src/index.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack.ts';
import { runMain } from '../../support/run-entry.ts';
import { createTestBot, FIXTURE_CORPUS_DIR } from '../../support/test-bot.ts';
import { waitFor } from '../../support/wait-for.ts';
import { startHarness } from './harness.ts';

/** `npm run start:slack`'s entry point in this process (see test/support/run-entry.ts). */
async function runInProcess(
  env: Record<string, string>,
): Promise<{ status: number | undefined; stderr: string }> {
  const run = await runMain(slackMain, [], { env: { CORPUS_DIR: FIXTURE_CORPUS_DIR, ...env } });
  return { status: run.code, stderr: run.stderr };
}

/** Runs the real entry point; async, because the fake Slack lives in this process and must keep answering. */
function runProcess(
  env: Record<string, string | undefined>,
  whileRunning?: (child: ChildProcess) => Promise<void>,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/slack/main.ts'], {
      env: { PATH: process.env.PATH, CORPUS_DIR: FIXTURE_CORPUS_DIR, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    whileRunning?.(child).catch((error: unknown) => {
      child.kill('SIGKILL');
      reject(error);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

describe('Slack adapter start-up', () => {
  let fake: FakeSlack;
  let dataDir: string;
  beforeAll(async () => {
    fake = await startFakeSlack();
    dataDir = mkdtempSync(join(tmpdir(), 'slack-start-'));
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const config = (extra: Record<string, string> = {}) =>
    requireSlack(
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-revoked',
        SLACK_SIGNING_SECRET: 's',
        SLACK_API_URL: fake.apiUrl,
        ...extra,
      }),
    );

  it('fails with a message naming SLACK_BOT_TOKEN when Slack answers invalid_auth', async () => {
    fake.inject('auth.test', { error: 'invalid_auth' });
    const bot = createTestBot();
    await expect(
      startSlack(config(), bot, { logger: createLogger('error', () => {}), port: 0 }),
    ).rejects.toThrow(/SLACK_BOT_TOKEN was rejected by Slack \(invalid_auth\)/);
    bot.close();
  });

  it('stops naming SLACK_API_URL when the Web API cannot be reached, instead of retrying for minutes', async () => {
    const bot = createTestBot();
    const unreachable = requireSlack(
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        SLACK_API_URL: 'http://127.0.0.1:1/api/',
      }),
    );
    await expect(
      startSlack(unreachable, bot, { logger: createLogger('error', () => {}), port: 0 }),
    ).rejects.toThrow(
      /^Slack: cannot reach the Slack Web API at http:\/\/127\.0\.0\.1:1\/api\/ \(ECONNREFUSED: .*\)\. Check SLACK_API_URL and the network \(DNS, proxy, firewall\)\.$/,
    );
    bot.close();
  });

  it('fails with a message naming SLACK_APP_TOKEN when Socket Mode is refused', async () => {
    fake.inject('apps.connections.open', { error: 'invalid_auth' });
    await expect(startHarness({ socketMode: true, env: { SLACK_API_URL: fake.apiUrl } })).rejects.toThrow(
      /SLACK_APP_TOKEN was rejected by Slack \(invalid_auth\)/,
    );
  });

  it('exits non-zero from `npm run start:slack` with one clear line on invalid_auth', async () => {
    fake.inject('auth.test', { error: 'invalid_auth' });
    const result = await runInProcess({
      SLACK_BOT_TOKEN: 'xoxb-revoked',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: fake.apiUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SLACK_BOT_TOKEN was rejected by Slack (invalid_auth)');
  });

  it('exits non-zero naming the missing signing secret in HTTP mode', async () => {
    const result = await runInProcess({
      SLACK_BOT_TOKEN: 'xoxb-x',
      SLACK_API_URL: fake.apiUrl,
      DATA_DIR: dataDir,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SLACK_SIGNING_SECRET');
  });
});

/** `npm run start:slack` as its own process, once: signals are the subject. */
describe('Slack adapter process: SIGHUP and SIGTERM', () => {
  it('reloads the corpus on SIGHUP, keeps serving, and shuts down cleanly on SIGTERM', async () => {
    const fake = await startFakeSlack();
    const corpusDir = mkdtempSync(join(tmpdir(), 'slack-hup-corpus-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'slack-hup-data-'));
    cpSync(FIXTURE_CORPUS_DIR, corpusDir, { recursive: true });
    const port = await freePort();
    try {
      const result = await runProcess(
        {
          SLACK_BOT_TOKEN: 'xoxb-good',
          SLACK_SIGNING_SECRET: 'secret',
          SLACK_API_URL: fake.apiUrl,
          DATA_DIR: dataDir,
          CORPUS_DIR: corpusDir,
          WATCH_CORPUS: 'false',
          PORT: String(port),
        },
        async (child) => {
          await waitForHealth(port);
          writeFileSync(
            join(corpusDir, 'lighthouse.md'),
            '---\nid: lighthouse\ntitle: T\npublisher: P\ndateline: D\npublished: 2026-01-01\nurl: null\nlanguage: en\n---\n\nThe lighthouse was restored.\n',
          );
          child.kill('SIGHUP');
          const deadline = Date.now() + 20_000;
          while (!reloaded(child)) {
            if (Date.now() > deadline) throw new Error('no reload logged within 20 s');
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
          child.kill('SIGTERM');
        },
      );
      expect(result.status).toBe(0);
      expect(result.stderr).toContain('slack: shutting down');
      const line = result.stderr.split('\n').find((l) => l.includes('"corpus reloaded"')) ?? '';
      expect(JSON.parse(line)).toMatchObject({ added: ['lighthouse'], articles: 2 });
    } finally {
      await fake.close();
      rmSync(corpusDir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

const stderrSeen = new WeakMap<ChildProcess, string>();
/** Whether the child has logged a finished reload (its stderr is also collected by runProcess). */
function reloaded(child: ChildProcess): boolean {
  if (!stderrSeen.has(child)) {
    stderrSeen.set(child, '');
    child.stderr?.on('data', (chunk: Buffer) =>
      stderrSeen.set(child, (stderrSeen.get(child) ?? '') + chunk.toString('utf8')),
    );
  }
  return (stderrSeen.get(child) ?? '').includes('"corpus reloaded"');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function waitForHealth(port: number): Promise<void> {
  await waitFor(
    () =>
      fetch(`http://127.0.0.1:${port}/healthz`).then(
        (response) => response.ok,
        () => false,
      ),
    { timeoutMs: 20_000, intervalMs: 100, describe: () => 'the Slack process never became healthy' },
  );
}
