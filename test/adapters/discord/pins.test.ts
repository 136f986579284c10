import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  autocomplete,
  buttonClick,
  CHANNEL_ID,
  chatInput,
  GUILD_ID,
  MODERATOR_PERMISSIONS,
  messageContextMenu,
  messageObject,
  mo,
  string,
} from '../../fakes/discord-payloads.ts';
import { visibleText } from './discord-limits.ts';
import { dataOf, type Harness, MODERATOR_ROLE_ID, startHarness, typeOf } from './harness.ts';

const EPHEMERAL = 64;
const asModerator = { user: mo, permissions: MODERATOR_PERMISSIONS };
const exercise = 'The first joint naval exercise under the partnership is planned for October 2026.';

describe('Discord pinned facts end to end', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('refuses /pin from a member without Manage Messages or a moderator role, privately', async () => {
    const callback = await harness.send(chatInput('pin', [string('fact', exercise)]));
    expect(dataOf(callback).flags).toBe(EPHEMERAL | 4);
    expect(dataOf(callback).content).toBe('Sorry, only moderators can pin, edit or unpin facts here.');
    expect(await harness.bot.pins(GUILD_ID)).toEqual([]);
  });

  it('saves a fact pinned by a moderator and then answers /ask with it, labelled', async () => {
    const pinned = await harness.send(chatInput('pin', [string('fact', exercise)], asModerator));
    expect(dataOf(pinned).flags).toBe(EPHEMERAL | 4);
    expect(dataOf(pinned).content).toMatch(/^Pinned P1\.\n> The first joint naval exercise/);
    expect((await harness.bot.pins(GUILD_ID)).map((p) => [p.id, p.pinnedBy])).toEqual([
      ['P1', { platform: 'discord', userId: mo.id, displayName: 'Mo the Moderator' }],
    ]);

    const answer = await harness.send(
      chatInput('ask', [string('question', 'When is the first joint naval exercise planned?')]),
    );
    const [embed] = dataOf(answer).embeds ?? [];
    expect(embed?.description).toBe(`${exercise} [1]`);
    expect(embed?.fields?.[0]?.name).toBe('[1] Pinned fact P1');
    expect(embed?.fields?.[0]?.value).toMatch(
      /^Pinned fact, pinned by Mo the Moderator on \d{4}-\d{2}-\d{2}$/,
    );
  });

  it('keeps pins to the server they were pinned in', async () => {
    const elsewhere = await harness.send(
      chatInput('ask', [string('question', 'When is the first joint naval exercise planned?')], {
        guildId: '100000000000000999',
      }),
    );
    expect(visibleText(dataOf(elsewhere))).not.toContain('Pinned fact');
  });

  it('accepts a member holding a role from DISCORD_MODERATOR_ROLE_IDS', async () => {
    const callback = await harness.send(
      chatInput(
        'pin',
        [string('fact', 'Fact pinned by a role holder.'), string('source', 'https://example.org/x')],
        {
          roles: [MODERATOR_ROLE_ID],
        },
      ),
    );
    expect(dataOf(callback).content).toMatch(/^Pinned P2\./);
    expect((await harness.bot.pins(GUILD_ID)).at(-1)?.source).toBe('https://example.org/x');
  });

  it('pins a message through "Pin as fact" with its link and author, never pinging', async () => {
    const target = messageObject('Heads up @everyone: the steering committee meets in Brussels in May.', {
      id: '200000000000000077',
      username: 'reporter',
      global_name: 'Rita Reporter',
    });
    const callback = await harness.send(messageContextMenu('Pin as fact', target, asModerator));
    const link = `https://discord.com/channels/${GUILD_ID}/${CHANNEL_ID}/${target.id}`;
    expect(dataOf(callback).flags).toBe(EPHEMERAL | 4);
    expect(dataOf(callback).allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(dataOf(callback).content).toContain(`[jump](${link})`);
    const pin = (await harness.bot.pins(GUILD_ID)).at(-1);
    expect(pin?.text).toBe(target.content);
    expect(pin?.message).toEqual({
      link,
      author: { platform: 'discord', userId: '200000000000000077', displayName: 'Rita Reporter' },
    });
  });

  it('refuses to pin a message with no text, saying why', async () => {
    const imageOnly = messageObject('', { id: '200000000000000078', username: 'photographer' });
    const callback = await harness.send(messageContextMenu('Pin as fact', imageOnly, asModerator));
    expect(dataOf(callback)).toMatchObject({ content: 'Pin text is empty.', flags: EPHEMERAL | 4 });
  });

  it('offers this server’s pins when /unpin is typed and unpins the chosen one', async () => {
    const choices = await harness.send(autocomplete('unpin', [string('id', 'naval', true)], asModerator));
    expect(typeOf(choices)).toBe(8);
    expect(dataOf(choices).choices).toEqual([{ name: `P1: ${exercise}`, value: 'P1' }]);

    const callback = await harness.send(chatInput('unpin', [string('id', 'P1')], asModerator));
    expect(dataOf(callback).content).toMatch(/^Unpinned P1/);
    expect((await harness.bot.pins(GUILD_ID)).map((p) => p.id)).not.toContain('P1');
  });

  it('pages /pins with buttons when there are many, and turns the page on a click', async () => {
    for (let i = 1; i <= 6; i++) {
      await harness.send(chatInput('pin', [string('fact', `Numbered test fact ${i}.`)], asModerator));
    }
    const total = (await harness.bot.pins(GUILD_ID)).length;
    const first = await harness.send(chatInput('pins'));
    const page1 = dataOf(first);
    expect(page1.flags).toBe(EPHEMERAL);
    expect(page1.embeds?.[0]?.footer?.text).toBe(`Page 1 of 2 · ${total} pinned facts`);
    const buttons = page1.components?.[0]?.components ?? [];
    expect(buttons.map((b) => [b.custom_id, b.label, b.disabled])).toEqual([
      ['pins:-1', 'Previous', true],
      ['pins:1', 'Next', false],
    ]);

    const click = await harness.send(
      buttonClick('pins:1', { embeds: page1.embeds, components: page1.components }),
    );
    expect(typeOf(click)).toBe(7);
    expect(dataOf(click).embeds?.[0]?.footer?.text).toBe(`Page 2 of 2 · ${total} pinned facts`);
    expect(dataOf(click).embeds?.[0]?.fields).toHaveLength(total - 5);
  });

  it('lists what the bot knows with /sources', async () => {
    const callback = await harness.send(chatInput('sources'));
    const [embed] = dataOf(callback).embeds ?? [];
    expect(embed?.description).toMatch(
      /^1 article from 1 outlet \(\d+ passages\) and \d+ pinned facts? in this server\./,
    );
    expect(embed?.fields?.[0]).toMatchObject({ name: 'ANI', value: '1 article · 2026-01-27' });
  });

  it('shows the help text with the commands, privately and without link previews', async () => {
    const callback = await harness.send(chatInput('help'));
    expect(dataOf(callback).flags).toBe(EPHEMERAL | 4);
    expect(visibleText(dataOf(callback))).toContain(harness.bot.helpText());
    expect(dataOf(callback).content).toContain('`/pin fact`');
  });
});
