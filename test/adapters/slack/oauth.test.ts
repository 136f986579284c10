import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webApi } from '@slack/bolt';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../../adapters/slack/index.ts';
import { createLogger, loadConfig, openBot, openStorage, requireSlack } from '../../../src/index.ts';
import { createTestDatabase, describePostgres } from '../../db/postgres-test-db.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/slack.ts';
import { eventRequest, mention, signedPost } from '../../fakes/slack-requests.ts';

/**
 * Slack installed in many workspaces through Bolt's OAuth flow, against the fake Slack's
 * `oauth.v2.access`: /slack/install sends the admin to Slack's consent page, /slack/oauth_redirect
 * stores the installation in the bot's database, and each workspace is then answered with its own
 * token. Uninstalling removes the installation and keeps the workspace's pins.
 */
const SECRET = 'oauth-signing-secret';
const ADMIN = 'UADMIN1';
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface Setup {
  fake: FakeSlack;
  slack: RunningSlack;
  base: string;
  pinsOf(team: string): Promise<string[]>;
  /** Resolves once the workspace's installation is gone from the database (removal runs after the ack). */
  uninstalled(team: string): Promise<void>;
}

async function setUp(databaseUrl?: string): Promise<Setup> {
  const fake = await startFakeSlack();
  cleanups.push(() => fake.close());
  fake.users.set(ADMIN, { displayName: 'Ada Admin', isAdmin: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'slack-oauth-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = requireSlack(
    loadConfig({
      SLACK_CLIENT_ID: 'CLIENT123',
      SLACK_CLIENT_SECRET: 'client-secret',
      SLACK_STATE_SECRET: 'state-secret',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    }),
  );
  const logger = createLogger('error');
  const storage = await openStorage(config, { logger });
  const bot = await openBot(config, { logger, pinStore: storage.pins });
  cleanups.push(() => bot.close());
  const slack = await startSlack(config, bot, {
    logger,
    port: 0,
    state: storage.state,
    retryConfig: webApi.retryPolicies.rapidRetryPolicy,
  });
  cleanups.push(() => slack.stop());
  const pinsOf = async (team: string) => (await bot.pins(team)).map((pin) => pin.text);
  const uninstalled = async (team: string) => {
    const deadline = Date.now() + 8000;
    while ((await storage.state.installations.fetch(`slack:team:${team}`)) !== undefined) {
      if (Date.now() > deadline) throw new Error(`the installation of ${team} was not removed`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return { fake, slack, base: `http://127.0.0.1:${slack.port}`, pinsOf, uninstalled };
}

/** Walks the install flow as a browser would: the install page, Slack's consent, the redirect back. */
async function install(base: string, code: string): Promise<Response> {
  const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  const consent = new URL(start.headers.get('location') ?? '');
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const state = consent.searchParams.get('state') ?? '';
  return fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
    redirect: 'manual',
  });
}

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

function describeOAuth(databaseUrl: () => Promise<string | undefined>) {
  it('sends an admin to Slack’s consent page with the manifest’s scopes', async () => {
    const { base } = await setUp(await databaseUrl());
    const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const consent = new URL(start.headers.get('location') ?? '');
    expect(`${consent.origin}${consent.pathname}`).toBe('https://slack.com/oauth/v2/authorize');
    expect(consent.searchParams.get('client_id')).toBe('CLIENT123');
    expect(consent.searchParams.get('scope')?.split(',')).toEqual(
      expect.arrayContaining(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'users:read']),
    );
    expect(consent.searchParams.get('state')).toBeTruthy();
  });

  it('installs through oauth.v2.access and answers each workspace with its own token', async () => {
    const { fake, base } = await setUp(await databaseUrl());
    expect((await install(base, 'code-T2')).status).toBe(200);
    expect((await install(base, 'code-T3')).status).toBe(200);
    expect(fake.callsTo('oauth.v2.access').map((call) => [call.body.code, call.body.client_id])).toEqual([
      ['code-T2', 'CLIENT123'],
      ['code-T3', 'CLIENT123'],
    ]);

    for (const team of ['T2', 'T3']) {
      const ts = `1700300${team.slice(1)}.000100`;
      const sent = await signedPost(
        `${base}/slack/events`,
        eventRequest(mention('UMEMBER1', `<@UBOT${team}> When was the partnership signed?`, { ts }), {
          team,
        }),
        { secret: SECRET },
      );
      expect(sent.status).toBe(200);
      const calls = await fake.waitFor((all) => all.some((call) => call.body.thread_ts === ts));
      expect(calls.find((call) => call.body.thread_ts === ts)?.authorization).toBe(
        `Bearer xoxb-installed-${team}`,
      );
    }
  });

  it('answers no workspace that has not installed the app, and stores nothing for a refused code', async () => {
    const { fake, base } = await setUp(await databaseUrl());
    fake.inject('oauth.v2.access', { error: 'invalid_code' });
    const refused = await install(base, 'code-T4');
    expect(refused.status).toBeGreaterThanOrEqual(400);
    const ts = '1700300400.000100';
    await signedPost(
      `${base}/slack/events`,
      eventRequest(mention('UMEMBER1', '<@UBOTT4> When was the partnership signed?', { ts }), { team: 'T4' }),
      { secret: SECRET },
    );
    await settle();
    expect(fake.calls.some((call) => call.body.thread_ts === ts)).toBe(false);
  });

  it('removes the installation on app_uninstalled and keeps the workspace’s pins', async () => {
    const { fake, base, pinsOf, uninstalled } = await setUp(await databaseUrl());
    await install(base, 'code-T5');
    const fact = 'The partnership was signed in New Delhi on 27 January 2026.';
    await signedPost(
      `${base}/slack/events`,
      eventRequest(mention(ADMIN, `<@UBOTT5> pin ${fact}`), { team: 'T5' }),
      {
        secret: SECRET,
      },
    );
    await fake.waitFor((calls) => calls.some((call) => JSON.stringify(call.body).includes('Pinned P')));
    expect(await pinsOf('T5')).toEqual([fact]);

    const response = await signedPost(
      `${base}/slack/events`,
      eventRequest({ type: 'app_uninstalled' }, { team: 'T5' }),
      { secret: SECRET },
    );
    expect(response.status).toBe(200);
    await uninstalled('T5');
    const ts = '1700300500.000100';
    await signedPost(
      `${base}/slack/events`,
      eventRequest(mention('UMEMBER1', '<@UBOTT5> When was the partnership signed?', { ts }), { team: 'T5' }),
      { secret: SECRET },
    );
    await settle();
    expect(fake.calls.some((call) => call.body.thread_ts === ts)).toBe(false);
    expect(await pinsOf('T5')).toEqual([fact]);
  });

  it('removes the installation when the bot token is revoked, not when only user tokens are', async () => {
    const { fake, base, uninstalled } = await setUp(await databaseUrl());
    await install(base, 'code-T6');
    const ask = (ts: string) =>
      signedPost(
        `${base}/slack/events`,
        eventRequest(mention('UMEMBER1', '<@UBOTT6> When was the partnership signed?', { ts }), {
          team: 'T6',
        }),
        { secret: SECRET },
      );
    const answered = (ts: string) => fake.calls.some((call) => call.body.thread_ts === ts);
    const revoke = (tokens: Record<string, string[]>) =>
      signedPost(`${base}/slack/events`, eventRequest({ type: 'tokens_revoked', tokens }, { team: 'T6' }), {
        secret: SECRET,
      });
    await revoke({ oauth: ['UINSTALLER'] });
    await settle();
    await ask('1700300600.000100');
    await fake.waitFor(() => answered('1700300600.000100'));
    await revoke({ bot: ['UBOTT6'] });
    await uninstalled('T6');
    await ask('1700300601.000100');
    await settle();
    expect(answered('1700300601.000100')).toBe(false);
  });
}

describe('Slack OAuth installation with pins.db', () => {
  describeOAuth(async () => undefined);
});

describePostgres('Slack OAuth installation with PostgreSQL', () => {
  describeOAuth(async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    return database.url;
  });
});
