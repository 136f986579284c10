import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_ID, FAKE_BOT_USER } from '../../fakes/slack.ts';
import { directMessage, eventRequest, mention } from '../../fakes/slack-requests.ts';
import { settle } from '../../support/wait-for.ts';
import { type Harness, MEMBER, startHarness } from './harness.ts';
import { mayPing, visibleText } from './slack-message-inspect.ts';

describe('Slack adapter over HTTP: mentions and direct messages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('answers a mention in a thread under it with a cited Block Kit answer', async () => {
    const request = eventRequest(
      mention(MEMBER, `<@${FAKE_BOT_USER}> When was the partnership signed?`, { ts: '1700000001.000100' }),
    );
    const response = await h.send(request);
    expect(response.status).toBe(200);
    const [post] = (
      await h.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'))
    ).filter((c) => c.method === 'chat.postMessage');
    expect(post?.body).toMatchObject({
      channel: 'C0GENERAL',
      thread_ts: '1700000001.000100',
      unfurl_links: false,
      unfurl_media: false,
    });
    expect(post?.authorization).toBe('Bearer xoxb-fake-token');
    const shown = visibleText(post?.body as { text: string; blocks: unknown[] });
    expect(shown).toMatch(/signed on Tuesday\. \[1\]/);
    expect(shown).toContain('*[1]*');
    expect(shown).toContain('ANI, 2026-01-27, paragraph');
    expect(String(post?.body.text)).toContain('signed on Tuesday');
  });

  it('answers a follow-up mention inside a thread in that thread', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.send(
      eventRequest(
        mention(MEMBER, `<@${FAKE_BOT_USER}> Who is Kaja Kallas?`, {
          ts: '1700000050.000100',
          thread_ts: '1700000001.000100',
        }),
      ),
    );
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > before);
    expect(h.fake.callsTo('chat.postMessage').at(-1)?.body.thread_ts).toBe('1700000001.000100');
  });

  it('answers a direct message in the conversation', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.send(eventRequest(directMessage(MEMBER, 'Which areas does the partnership cover?')));
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > before);
    const post = h.fake.callsTo('chat.postMessage').at(-1);
    expect(post?.body.channel).toBe('D0DIRECT');
    expect(post?.body.thread_ts).toBeUndefined();
    expect(Array.isArray(post?.body.blocks)).toBe(true);
  });

  it('ignores messages from other bots, its own messages and message edits', async () => {
    const before = h.posts().length;
    await h.send(eventRequest(mention('UOTHERBOT', `<@${FAKE_BOT_USER}> hello`, { bot_id: 'BOTHER' })));
    await h.send(eventRequest(directMessage(FAKE_BOT_USER, 'my own answer', { bot_id: FAKE_BOT_ID })));
    await h.send(eventRequest(directMessage(MEMBER, 'edited', { subtype: 'message_changed' })));
    await h.send(
      eventRequest(directMessage('UOTHERBOT', 'I am a bot', { subtype: 'bot_message', bot_id: 'BOTHER' })),
    );
    await settle();
    expect(h.posts().length).toBe(before);
  });

  it('never lets <!channel>, <!here> or a user mention in a question reach Slack raw', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const question = `<@${FAKE_BOT_USER}> what did NATO say to <!channel> <!here> &lt;!everyone&gt; and <@U0VICTIM>?`;
    await h.send(eventRequest(mention(MEMBER, question)));
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > before);
    const post = h.fake.callsTo('chat.postMessage').at(-1);
    const raw = JSON.stringify(post?.body);
    expect(raw).not.toMatch(/<!channel>|<!here>|<!everyone>|<@U0VICTIM>/);
    expect(mayPing(post?.body as { text: string; blocks: unknown[] })).toBe(false);
    expect(post?.body.link_names).toBe(false);
  });

  it('answers an empty mention with help that names the Slack commands', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.send(eventRequest(mention(MEMBER, `<@${FAKE_BOT_USER}>`)));
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > before);
    const shown = visibleText(
      h.fake.callsTo('chat.postMessage').at(-1)?.body as { text: string; blocks: unknown[] },
    );
    expect(shown).toContain('/ask');
    expect(shown).toContain('Pin as fact');
  });

  it('reports health on GET /healthz', async () => {
    const response = await fetch(`${h.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });
});
