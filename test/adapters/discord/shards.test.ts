import { afterAll, expect, it } from 'vitest';
import { createTestDatabase, describePostgres } from '../../db/postgres-test-db.ts';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/discord.ts';
import {
  alice,
  chatInput,
  FAKE_APPLICATION_ID,
  MODERATOR_PERMISSIONS,
  mo,
  string,
} from '../../fakes/discord-payloads.ts';
import { type Spawned, spawnScript } from '../../support/spawn-script.ts';
import { dataOf, TOKEN } from './harness.ts';

/**
 * `npm run start:discord` with DISCORD_SHARDS=auto against a fake Discord whose /gateway/bot
 * recommends 2 shards: discord.js's ShardingManager runs two shard processes, each identifying as
 * its shard, each answering its own guilds; a user's question limit holds across shards through
 * PostgreSQL, and a shard's pin commands work on the shared pin store.
 */
const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A guild id that Discord routes to `shard` of 2 (`(id >> 22) % 2`). */
const guildOnShard = (shard: number) =>
  String(((100_000_000_000_000_000n >> 22n) * 2n + BigInt(shard)) << 22n);

describePostgres('Discord sharding', () => {
  it('runs one process per recommended shard, sharing question limits and pins through the database', async () => {
    const database = await createTestDatabase();
    cleanups.push(database.drop);
    const fake: FakeDiscord = await startFakeDiscord({ token: TOKEN, shards: 2, maxConcurrency: 2 });
    cleanups.push(() => fake.close());
    const run: Spawned = spawnScript('adapters/discord/main.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: FAKE_APPLICATION_ID,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: 'auto',
      DATABASE_URL: database.url,
      RATE_LIMIT_QUESTIONS: '1',
      LOG_LEVEL: 'info',
    });
    cleanups.push(async () => {
      run.child.kill('SIGTERM');
      await run.exited;
    });
    await run.waitForStderr('discord: all shards ready', 60_000);
    expect(fake.shards().sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    // Each shard answers its own guild; the second question of the same user, on the other
    // shard, meets the limit the first one recorded in PostgreSQL.
    const first = chatInput('ask', [string('question', 'When was the partnership signed?')], {
      guildId: guildOnShard(0),
      user: alice,
    });
    fake.dispatch('INTERACTION_CREATE', first);
    const answered = await fake.waitForRequest((request) =>
      request.path.includes(`/interactions/${first.id}/`),
    );
    expect(JSON.stringify(dataOf(answered))).toContain('2026');
    const second = chatInput('ask', [string('question', 'Who signed it?')], {
      guildId: guildOnShard(1),
      user: alice,
    });
    fake.dispatch('INTERACTION_CREATE', second);
    const limited = await fake.waitForRequest((request) =>
      request.path.includes(`/interactions/${second.id}/`),
    );
    expect(dataOf(limited).content).toMatch(
      /^You're asking faster than I can keep up with\. Please wait \d+ seconds? and ask again\.$/,
    );

    // A pin made through the shard of guild 1 is saved in PostgreSQL and listed at once.
    const fact = 'The signing ceremony of the India-EU pact was hosted in the city of New Delhi.';
    const pin = chatInput('pin', [string('fact', fact)], {
      guildId: guildOnShard(1),
      user: mo,
      permissions: MODERATOR_PERMISSIONS,
    });
    fake.dispatch('INTERACTION_CREATE', pin);
    const pinned = await fake.waitForRequest((request) => request.path.includes(`/interactions/${pin.id}/`));
    expect(JSON.stringify(dataOf(pinned))).toContain('Pinned P1');
    const pins = chatInput('pins', [], { guildId: guildOnShard(1), user: mo });
    fake.dispatch('INTERACTION_CREATE', pins);
    const listed = await fake.waitForRequest((request) => request.path.includes(`/interactions/${pins.id}/`));
    expect(JSON.stringify(dataOf(listed))).toContain('hosted in the city of New Delhi');

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 90_000);
});
