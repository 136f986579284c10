import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../../adapters/discord/deploy.ts';
import { MAX_QUESTION_LENGTH } from '../../../src/index.ts';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../../fakes/discord.ts';
import { FAKE_APPLICATION_ID, GUILD_ID } from '../../fakes/discord-payloads.ts';
import { spawnScript } from '../../support/spawn-script.ts';
import { discordConfig, TOKEN } from './harness.ts';

interface CommandBody {
  name: string;
  type?: number;
  default_member_permissions?: string | null;
  contexts?: number[];
  options?: Array<{
    name: string;
    type: number;
    required?: boolean;
    max_length?: number;
    autocomplete?: boolean;
  }>;
}

const MANAGE_MESSAGES = '8192';
const bodyOf = (request: RecordedRequest) => request.body as CommandBody[];
const byName = (request: RecordedRequest, name: string) =>
  bodyOf(request).find((command) => command.name === name);

describe('deploy:discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord({ token: TOKEN });
  });
  afterAll(async () => {
    await fake?.close();
  });
  const lastPut = () => fake.requests.filter((r) => r.method === 'PUT').at(-1) as RecordedRequest;

  it('replaces the guild command set when DISCORD_GUILD_ID is set', async () => {
    const result = await deployCommands(discordConfig(fake.apiUrl, { DISCORD_GUILD_ID: GUILD_ID }));
    expect(result.scope).toBe('guild');
    const put = lastPut();
    expect(put.path).toBe(`/api/v10/applications/${FAKE_APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(bodyOf(put).map((c) => c.name)).toEqual([
      'ask',
      'pin',
      'unpin',
      'pins',
      'sources',
      'reload',
      'help',
      'gaps',
      'review',
      'Pin as fact',
    ]);
    expect(bodyOf(put).every((c) => c.contexts?.join() === '0')).toBe(true);
  });

  it('sends /ask with a question as long as the core allows (500 characters) and an optional private flag, open to everyone', () => {
    const ask = byName(lastPut(), 'ask');
    expect(ask?.default_member_permissions ?? null).toBeNull();
    expect(ask?.options).toEqual([
      expect.objectContaining({ name: 'question', type: 3, required: true, max_length: MAX_QUESTION_LENGTH }),
      expect.objectContaining({ name: 'private', type: 5, required: false }),
    ]);
  });

  it('hides the moderator commands behind Manage Messages', () => {
    const put = lastPut();
    expect(byName(put, 'pin')?.default_member_permissions).toBe(MANAGE_MESSAGES);
    expect(byName(put, 'pin')?.options?.map((o) => [o.name, o.type, o.required])).toEqual([
      ['fact', 3, true],
      ['source', 3, false],
    ]);
    expect(byName(put, 'unpin')?.default_member_permissions).toBe(MANAGE_MESSAGES);
    expect(byName(put, 'unpin')?.options?.[0]).toMatchObject({
      name: 'id',
      autocomplete: true,
      required: true,
    });
    expect(byName(put, 'Pin as fact')).toMatchObject({
      type: 3,
      default_member_permissions: MANAGE_MESSAGES,
    });
    expect(byName(put, 'pins')?.default_member_permissions ?? null).toBeNull();
    expect(byName(put, 'review')?.default_member_permissions).toBe(MANAGE_MESSAGES);
    expect(byName(put, 'gaps')?.default_member_permissions).toBe(MANAGE_MESSAGES);
    expect(byName(put, 'gaps')?.options?.[0]).toMatchObject({
      name: 'days',
      type: 4,
      required: false,
      choices: [
        { name: 'last 7 days', value: 7 },
        { name: 'last 30 days', value: 30 },
      ],
    });
  });

  it('registers globally when no guild is set, waiting out a 429 first', async () => {
    fake.rateLimitNext({ method: 'PUT', path: /\/commands$/ }, 1, 0.2);
    const result = await deployCommands(discordConfig(fake.apiUrl));
    expect(result).toEqual({
      scope: 'global',
      names: ['ask', 'pin', 'unpin', 'pins', 'sources', 'reload', 'help', 'gaps', 'review', 'Pin as fact'],
    });
    const global = fake.requests.filter(
      (r) => r.path === `/api/v10/applications/${FAKE_APPLICATION_ID}/commands`,
    );
    expect(global.map((r) => r.status)).toEqual([429, 200]);
  });

  it('names DISCORD_TOKEN when Discord rejects the token', async () => {
    await expect(
      deployCommands(discordConfig(fake.apiUrl, { DISCORD_TOKEN: 'wrong.token' })),
    ).rejects.toThrow('Discord: DISCORD_TOKEN was rejected (HTTP 401) while registering commands.');
  });

  it('runs as `npm run deploy:discord` and says where the commands went', async () => {
    const run = spawnScript('adapters/discord/deploy.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toBe(
      `Registered 10 commands to server ${GUILD_ID} (visible now): ask, pin, unpin, pins, sources, reload, help, gaps, review, Pin as fact\n`,
    );
  });
});
