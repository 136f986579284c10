import { type AddressInfo, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordLoginError, startDiscord } from '../../../adapters/discord/index.ts';
import { discordMain } from '../../../adapters/discord/main.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord.ts';
import { FAKE_APPLICATION_ID } from '../../fakes/discord-payloads.ts';
import { createRecordingLogger } from '../../support/recording-logger.ts';
import { emptyDir, runMain } from '../../support/run-entry.ts';
import { spawnScript } from '../../support/spawn-script.ts';
import { createTestBot, FIXTURE_CORPUS_DIR } from '../../support/test-bot.ts';
import { waitFor } from '../../support/wait-for.ts';
import { discordConfig, TOKEN } from './harness.ts';

describe('Discord start-up and shutdown', () => {
  let fake: FakeDiscord | undefined;
  const bot = createTestBot();
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('stops with a message naming DISCORD_TOKEN when REST answers 401', async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    const config = discordConfig(fake.apiUrl, { DISCORD_TOKEN: 'wrong.token' });
    const started = startDiscord(config, bot, { logger: createRecordingLogger() });
    await expect(started).rejects.toBeInstanceOf(DiscordLoginError);
    await expect(started).rejects.toThrow(/^Discord: DISCORD_TOKEN was rejected \(HTTP 401 Unauthorized/);
    expect(fake.received).toEqual([]);
  });

  it('stops without retrying when the gateway closes with 4004', async () => {
    fake = await startFakeDiscord({ token: TOKEN, checkTokenOnRest: false });
    const config = discordConfig(fake.apiUrl, { DISCORD_TOKEN: 'wrong.token' });
    await expect(startDiscord(config, bot, { logger: createRecordingLogger() })).rejects.toThrow(
      /^Discord: DISCORD_TOKEN was rejected by the gateway \(close code 4004/,
    );
    expect(fake.closeCodes).toEqual([4004]);
    // Long enough for discord.js to have reconnected had it meant to.
    await sleep(1000);
    expect(fake.received.filter((frame) => frame.op === 2)).toHaveLength(1);
  });

  it('keeps one session alive by answering heartbeats', async () => {
    fake = await startFakeDiscord({ token: TOKEN, heartbeatIntervalMs: 50 });
    const adapter = await startDiscord(discordConfig(fake.apiUrl), bot, { logger: createRecordingLogger() });
    const heartbeats = () => fake?.received.filter((frame) => frame.op === 1).length ?? 0;
    await waitFor(() => heartbeats() >= 3, { timeoutMs: 5000, intervalMs: 50 });
    expect(heartbeats()).toBeGreaterThanOrEqual(3);
    expect(fake.received.filter((frame) => frame.op === 2)).toHaveLength(1);
    expect(adapter.client.isReady()).toBe(true);
    expect(adapter.healthy()).toBe(true);
    await adapter.stop();
    expect(adapter.client.isReady()).toBe(false);
    expect(adapter.healthy()).toBe(false);
  });

  it('reports unhealthy once the gateway connection is lost', async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    const adapter = await startDiscord(discordConfig(fake.apiUrl), bot, { logger: createRecordingLogger() });
    try {
      expect(adapter.healthy()).toBe(true);
      await fake.close();
      fake = undefined;
      await waitFor(() => !adapter.healthy());
    } finally {
      await adapter.stop();
    }
  });

  it('start:discord exits 1 with one line naming DISCORD_TOKEN when the token is rejected', async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    const run = await runMain(discordMain, [], {
      env: {
        DISCORD_TOKEN: 'wrong.token',
        DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
        DISCORD_API_URL: fake.apiUrl,
        DATA_DIR: emptyDir('discord-'),
        CORPUS_DIR: FIXTURE_CORPUS_DIR,
      },
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Discord: DISCORD_TOKEN was rejected \(HTTP 401 Unauthorized[^\n]*$/);
  });

  it('start:discord connects, serves /healthz on HEALTH_PORT, then exits 0 on SIGTERM', async () => {
    fake = await startFakeDiscord({ token: TOKEN });
    const healthPort = await freePort();
    const run = spawnScript('adapters/discord/main.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
      HEALTH_PORT: String(healthPort),
    });
    await run.waitForStderr('discord: health endpoint listening');
    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, platforms: { discord: true } });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toContain('discord: disconnected');
    expect(run.stderr()).not.toContain(TOKEN);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
