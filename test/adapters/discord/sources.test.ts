import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../../adapters/discord/deploy.ts';
import { createBot, createLogger } from '../../../src/index.ts';
import { articleSource, removeCorpora, writeCorpus } from '../../corpus/corpus-fixture.ts';
import { startFakeDiscord } from '../../fakes/discord.ts';
import { chatInput, GUILD_ID, MODERATOR_PERMISSIONS, mo, string } from '../../fakes/discord-payloads.ts';
import { dataOf, discordConfig, type Harness, startHarness, TOKEN, typeOf } from './harness.ts';

/** `/reload` and `/source add` through discord.js against the fake Discord. */
const EPHEMERAL = 64;
const asModerator = { user: mo, permissions: MODERATOR_PERMISSIONS };
const subcommand = (name: string, options: ReturnType<typeof string>[]) =>
  ({ name, type: 1, options }) as unknown as ReturnType<typeof string>;

describe('Discord /reload and /source add', () => {
  let harness: Harness;
  let corpusDir: string;
  beforeAll(async () => {
    corpusDir = writeCorpus([
      { id: 'summit', body: 'The summit opened in Geneva on Monday with talks on trade.' },
    ]);
    const bot = createBot({
      corpusDir,
      pinSyncIntervalMs: 0,
      allowChatSources: true,
      logger: createLogger('error', () => {}),
    });
    harness = await startHarness({ bot, env: { ALLOW_CHAT_SOURCES: 'true' } });
  });
  afterAll(async () => {
    await harness?.close();
    removeCorpora();
  });

  it('refuses /reload from a member, privately', async () => {
    const interaction = chatInput('reload');
    const deferred = await harness.send(interaction);
    expect(typeOf(deferred)).toBe(5);
    expect(dataOf(deferred).flags).toBe(EPHEMERAL);
    const edit = await harness.webhookFor(interaction, 'PATCH');
    expect(dataOf(edit).content).toBe('Sorry, only moderators can reload the sources.');
  });

  it('reloads for a moderator and answers from the new article', async () => {
    writeFileSync(
      join(corpusDir, 'lighthouse.md'),
      articleSource({
        id: 'lighthouse',
        body: 'The old lighthouse was restored by volunteers over two summers.',
      }),
    );
    const interaction = chatInput('reload', [], asModerator);
    await harness.send(interaction);
    const edit = await harness.webhookFor(interaction, 'PATCH');
    expect(dataOf(edit).content).toMatch(
      /^Reloaded in \d+ ms: 2 article\(s\), 2 passages \(added: lighthouse\)\.$/,
    );
    const answer = await harness.send(chatInput('ask', [string('question', 'Who restored the lighthouse?')]));
    expect(dataOf(answer).embeds?.[0]?.description).toBe(
      'The old lighthouse was restored by volunteers over two summers. [1]',
    );
  });

  it('queues a page from /source add for the operator, once', async () => {
    const add = (url: string, invoker = asModerator) =>
      harness.send(chatInput('source', [subcommand('add', [string('url', url)])], invoker));
    const queued = await add('https://news.example/india-eu-talks');
    expect(dataOf(queued).flags).toBe(EPHEMERAL | 4);
    expect(dataOf(queued).content).toBe(
      "Queued S1 for the operator's approval: https://news.example/india-eu-talks. I will quote it once they add it.",
    );
    const again = await add('https://news.example/india-eu-talks');
    expect(dataOf(again).content).toBe('That page is already waiting for the operator as S1.');
    const member = await add('https://news.example/other', {} as typeof asModerator);
    expect(dataOf(member).content).toBe('Sorry, only moderators can propose sources.');
  });
});

describe('deploy:discord with chat sources', () => {
  it('registers /reload for moderators always, and /source only when ALLOW_CHAT_SOURCES is on', async () => {
    const fake = await startFakeDiscord({ token: TOKEN });
    try {
      const off = await deployCommands(discordConfig(fake.apiUrl, { DISCORD_GUILD_ID: GUILD_ID }));
      expect(off.names).toContain('reload');
      expect(off.names).not.toContain('source');
      const on = await deployCommands(
        discordConfig(fake.apiUrl, { DISCORD_GUILD_ID: GUILD_ID, ALLOW_CHAT_SOURCES: 'true' }),
      );
      expect(on.names).toContain('source');
      const body = fake.requests.filter((r) => r.method === 'PUT').at(-1)?.body as Array<{
        name: string;
        default_member_permissions?: string;
        options?: Array<{
          name: string;
          type: number;
          options?: Array<{ name: string; required?: boolean }>;
        }>;
      }>;
      const source = body.find((c) => c.name === 'source');
      expect(source?.default_member_permissions).toBe('8192');
      expect(source?.options?.[0]).toMatchObject({
        name: 'add',
        type: 1,
        options: [{ name: 'url', required: true }],
      });
      expect(body.find((c) => c.name === 'reload')?.default_member_permissions).toBe('8192');
    } finally {
      await fake.close();
    }
  });
});
