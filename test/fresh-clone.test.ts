import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBot } from '../src/index.ts';
import { startFakeDiscord } from './fakes/discord.ts';
import { FAKE_APPLICATION_ID } from './fakes/discord-payloads.ts';
import { freshClone } from './support/fresh-clone.ts';
import { waitFor } from './support/wait-for.ts';

/**
 * What a new operator does on a fresh clone, end to end: fill in .env and `npm start` with no
 * terminal (as a process manager would); add an article to corpus/ and run the tests.
 */
const clones: string[] = [];
afterAll(() => {
  for (const dir of clones) rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a fresh clone', () => {
  it('runs `npm start` unattended from .env: Discord connected, health served, a clean stop on SIGTERM', async () => {
    const TOKEN = 'fresh.clone.token';
    const fake = await startFakeDiscord({ token: TOKEN });
    const dir = freshClone();
    clones.push(dir);
    const healthPort = await freePort();
    writeFileSync(
      join(dir, '.env'),
      [
        '# as an operator writes it, from .env.example',
        `DISCORD_TOKEN=${TOKEN}`,
        `DISCORD_APPLICATION_ID=${FAKE_APPLICATION_ID}`,
        `DISCORD_API_URL=${fake.apiUrl}`,
        'DATA_DIR=./var/bot-data',
        `HEALTH_PORT=${healthPort}`,
        '',
      ].join('\n'),
    );
    // Its own process group, as under a terminal or systemd: signals go to the group.
    const child = spawn('npm', ['start'], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const group = (signal: NodeJS.Signals) => {
      try {
        process.kill(-(child.pid ?? 0), signal);
      } catch {
        // Already gone.
      }
    };
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    // 'close', not 'exit': the bot (npm's grandchild) holds stderr until it has finished.
    const exited = new Promise<string>((resolve) =>
      child.on('close', (code, signal) => resolve(signal ?? String(code))),
    );
    try {
      await waitFor(() => stderr.includes('discord: connected'), {
        timeoutMs: 30_000,
        describe: () => stderr,
      });
      expect(stderr).toContain(`"message":"settings: read .env","file":"${join(dir, '.env')}","variables":5`);
      const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
      expect(health.status).toBe(200);
      expect(existsSync(join(dir, 'var', 'bot-data', 'pins.db'))).toBe(true);
      // npm alone passes SIGTERM only to its shell, orphaning the bot: systemd and a terminal signal
      // the whole group, and the Dockerfile and the unit run node directly.
      group('SIGTERM');
      expect(['0', 'SIGTERM']).toContain(await exited);
      expect(stderr).toContain('"message":"bot: shutting down","reason":"SIGTERM"');
      expect(stderr).toContain('discord: disconnected');
      expect(stderr).not.toContain('shutdown took too long');
      expect(stderr).not.toContain(TOKEN);
    } finally {
      group('SIGKILL');
      await fake.close();
    }
  }, 60_000);

  it('keeps the tests passing after an operator adds an article to corpus/', () => {
    const dir = freshClone();
    clones.push(dir);
    // An article that competes with the shipped one on the tests' questions (dates, NATO, pins).
    writeFileSync(
      join(dir, 'corpus', 'wire-2026-04-01-partnership-review.md'),
      [
        '---',
        'id: wire-2026-04-01-partnership-review',
        'title: NATO reviews the India-EU Security and Defence Partnership',
        'publisher: Test Wire',
        'dateline: Brussels',
        'published: 2026-04-01',
        'url: https://example.org/review',
        'language: en',
        '---',
        '',
        'NATO said on Wednesday that the India-EU Security and Defence Partnership was signed in Brussels, not New Delhi.',
        '',
        'Kaja Kallas is a former prime minister of Estonia. The first joint naval exercise is planned for 2030.',
        '',
      ].join('\n'),
    );
    const shipped = createBot({ corpusDir: join(dir, 'corpus'), pinSyncIntervalMs: 0 });
    expect(shipped.sources('local').articles).toHaveLength(2);
    expect(shipped.ask('What did NATO say about it?', { community: 'local' }).answered).toBe(true);
    shipped.close();

    const tests = [
      'test/corpus/shipped-corpus.test.ts',
      'test/adapters/discord/pins.test.ts',
      'test/adapters/slack/http-moderation.test.ts',
      'test/adapters/cli/ask.test.ts',
      'test/adapters/cli/ask-json.test.ts',
      'test/answer/shipped-answers.test.ts',
      'test/answer/abstention.test.ts',
    ];
    const run = spawnSync(join(dir, 'node_modules', '.bin', 'vitest'), ['run', ...tests], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`Test Files\\s+\\S*${tests.length} passed`));
    expect(readFileSync(join(dir, 'corpus', 'wire-2026-04-01-partnership-review.md'), 'utf8')).toContain(
      'NATO',
    );
  }, 180_000);
});
