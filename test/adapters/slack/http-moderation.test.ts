import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER } from '../../fakes/slack.ts';
import { eventRequest, interactionRequest, mention, pinShortcut } from '../../fakes/slack-requests.ts';
import { ADMIN, type Harness, MEMBER, MODERATOR, startHarness } from './harness.ts';
import { mayPing, visibleText } from './slack-message-inspect.ts';

type Message = { text: string; blocks: unknown[] };

describe('Slack adapter over HTTP: pinned facts and moderation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  /** Sends a mention and returns the next chat post it causes. */
  async function say(user: string, text: string) {
    const before = h.posts().length;
    await h.send(
      eventRequest(mention(user, `<@${FAKE_BOT_USER}> ${text}`, { thread_ts: '1700000100.000100' })),
    );
    await h.fake.waitFor(() => h.posts().length > before);
    return h.posts()[before];
  }

  it('refuses a pin from a member politely and privately, pinning nothing', async () => {
    const reply = await say(MEMBER, 'pin The partnership was signed on 27 January 2026.');
    expect(reply?.method).toBe('chat.postEphemeral');
    expect(reply?.body).toMatchObject({ user: MEMBER, thread_ts: '1700000100.000100' });
    expect(visibleText(reply?.body as Message)).toMatch(/only moderators/i);
    expect(await h.bot.pins('T0FAKE')).toEqual([]);
  });

  it('pins a fact from a listed moderator and uses it, labelled, in the next answer', async () => {
    const reply = await say(
      MODERATOR,
      'pin The partnership was signed on 27 January 2026 in New Delhi. <https://example.org/signing|example.org/signing>',
    );
    expect(reply?.method).toBe('chat.postMessage');
    expect(visibleText(reply?.body as Message)).toContain('Pinned P1');
    const [pin] = await h.bot.pins('T0FAKE');
    expect(pin).toMatchObject({
      source: 'https://example.org/signing',
      pinnedBy: { platform: 'slack', userId: MODERATOR, displayName: 'Mo Listed' },
    });

    const answer = await say(MEMBER, 'When was the partnership signed?');
    const shown = visibleText(answer?.body as Message);
    expect(shown).toContain('signed on 27 January 2026 in New Delhi.');
    expect(shown).toMatch(/Pinned fact P1, pinned by Mo Listed on \d{4}-\d\d-\d\d/);
  });

  it('treats a workspace admin from users.info as a moderator', async () => {
    const reply = await say(ADMIN, 'pins');
    expect(visibleText(reply?.body as Message)).toContain('P1');
    const unpinned = await say(ADMIN, 'unpin P1');
    expect(unpinned?.method).toBe('chat.postMessage');
    expect(await h.bot.pins('T0FAKE')).toEqual([]);
    expect(h.fake.callsTo('users.info').some((c) => c.body.user === ADMIN)).toBe(true);
  });

  it('caches users.info lookups', async () => {
    const before = h.fake.callsTo('users.info').filter((c) => c.body.user === ADMIN).length;
    await say(ADMIN, 'unpin P99');
    expect(h.fake.callsTo('users.info').filter((c) => c.body.user === ADMIN).length).toBe(before);
  });

  it('keeps a pinned <!channel> inert when the pin is quoted back', async () => {
    await say(MODERATOR, 'pin Kaja Kallas said &lt;!channel&gt; and <!here> the partnership is a milestone.');
    const answer = await say(MEMBER, 'What did Kaja Kallas say about the milestone?');
    const raw = JSON.stringify(answer?.body);
    expect(raw).not.toMatch(/<!channel>|<!here>/);
    expect(raw).toContain('&lt;!channel&gt;');
    expect(mayPing(answer?.body as Message)).toBe(false);
  });

  it('lists its sources and answers help', async () => {
    expect(visibleText((await say(MEMBER, 'sources'))?.body as Message)).toMatch(
      /My sources:.*1 article from 1 outlet/,
    );
    expect(visibleText((await say(MEMBER, 'help'))?.body as Message)).toContain('/ask');
  });

  it('pins a message with its permalink and author through "Pin as fact"', async () => {
    const before = (await h.bot.pins('T0FAKE')).length;
    const payload = pinShortcut(
      ADMIN,
      {
        text: 'The EU and India will hold annual security consultations.',
        user: MEMBER,
        ts: '1700000200.000300',
      },
      h.fake.responseUrl('pin1'),
    );
    expect((await h.send(interactionRequest(payload))).status).toBe(200);
    await h.fake.waitFor(() => h.fake.callsTo('response_url').some((c) => c.body.responseId === 'pin1'));
    const pins = await h.bot.pins('T0FAKE');
    expect(pins.length).toBe(before + 1);
    expect(pins.at(-1)).toMatchObject({
      text: 'The EU and India will hold annual security consultations.',
      message: {
        link: 'https://fake.slack.test/archives/C0GENERAL/p1700000200000300',
        author: { platform: 'slack', userId: MEMBER, displayName: 'Mem Ber' },
      },
      pinnedBy: { userId: ADMIN, displayName: 'Ada Admin' },
    });
    const reply = h.fake.callsTo('response_url').find((c) => c.body.responseId === 'pin1');
    expect(reply?.body.response_type).toBe('ephemeral');
  });

  it('refuses "Pin as fact" from a member', async () => {
    const before = (await h.bot.pins('T0FAKE')).length;
    await h.send(
      interactionRequest(pinShortcut(MEMBER, { text: 'Anything at all.' }, h.fake.responseUrl('pin2'))),
    );
    await h.fake.waitFor(() => h.fake.callsTo('response_url').some((c) => c.body.responseId === 'pin2'));
    const reply = h.fake.callsTo('response_url').find((c) => c.body.responseId === 'pin2');
    expect(visibleText(reply?.body as Message)).toMatch(/only moderators/i);
    expect((await h.bot.pins('T0FAKE')).length).toBe(before);
  });

  it('fails closed when users.info errors: no moderation rights', async () => {
    h.fake.inject('users.info', { error: 'user_not_found' });
    const reply = await say('UNKNOWN9', 'unpin P2');
    expect(reply?.method).toBe('chat.postEphemeral');
    expect(visibleText(reply?.body as Message)).toMatch(/only moderators/i);
  });
});
