import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER } from '../../fakes/slack.ts';
import {
  commandRequest,
  directMessage,
  eventRequest,
  interactionRequest,
  mention,
  shareClick,
} from '../../fakes/slack-requests.ts';
import { type Harness, MEMBER, startHarness } from './harness.ts';
import { visibleText } from './slack-message-inspect.ts';

type Message = { text: string; blocks: unknown[] };
const ask = (text: string, extra: Record<string, unknown> = {}) =>
  eventRequest(mention(MEMBER, `<@${FAKE_BOT_USER}> ${text}`, extra));

describe('Slack adapter over HTTP: failures and limits', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('retries a post rate-limited with 429 after the Retry-After delay', async () => {
    h = await startHarness();
    h.fake.inject('chat.postMessage', { status: 429, retryAfter: 1 });
    await h.send(ask('When was the partnership signed?'));
    const calls = await h.fake.waitFor(
      () => h?.fake.callsTo('chat.postMessage').some((c) => c.status === 200) ?? false,
    );
    const posts = calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
    expect(posts[1]?.body.text).toBe(posts[0]?.body.text);
    expect(visibleText(posts[1]?.body as Message)).toContain('signed on Tuesday');
  });

  it('answers with an apology in the thread when posting the answer fails, and logs the error', async () => {
    h = await startHarness();
    h.fake.inject('chat.postMessage', { error: 'internal_error' });
    await h.send(ask('When was the partnership signed?', { ts: '1700000400.000100' }));
    await h.fake.waitFor(() => h?.fake.callsTo('chat.postMessage').length === 2);
    const apology = h.fake.callsTo('chat.postMessage')[1];
    expect(apology?.body.thread_ts).toBe('1700000400.000100');
    expect(visibleText(apology?.body as Message)).toMatch(/sorry, something went wrong/i);
    expect(
      h.logs.some((entry) => entry.level === 'error' && entry.message.includes('could not handle')),
    ).toBe(true);
  });

  it('answers with an apology when the bot itself throws, in a thread and for /ask', async () => {
    h = await startHarness({
      bot: (real) => ({
        ...real,
        ask: () => {
          throw new Error('index exploded');
        },
      }),
    });
    await h.send(ask('When was the partnership signed?', { ts: '1700000500.000100' }));
    await h.send(commandRequest({ text: 'When?', user: MEMBER, responseUrl: h.fake.responseUrl('boom') }));
    await h.fake.waitFor(
      () =>
        (h?.fake.callsTo('chat.postMessage').length ?? 0) >= 1 &&
        (h?.fake.callsTo('response_url').length ?? 0) >= 1,
    );
    const [threadApology] = h.fake.callsTo('chat.postMessage');
    expect(threadApology?.body.thread_ts).toBe('1700000500.000100');
    expect(visibleText(threadApology?.body as Message)).toMatch(/sorry/i);
    const [ephemeral] = h.fake.callsTo('response_url');
    expect(ephemeral?.body.response_type).toBe('ephemeral');
    expect(visibleText(ephemeral?.body as Message)).toMatch(/sorry/i);
  });

  it('answers politely, and only to the asker, once a user asks too fast', async () => {
    h = await startHarness({ env: { RATE_LIMIT_QUESTIONS: '2', RATE_LIMIT_WINDOW_SECONDS: '60' } });
    for (const n of [1, 2, 3]) await h.send(ask(`Who is Kaja Kallas? (${n})`));
    await h.fake.waitFor(() => (h?.posts().length ?? 0) >= 3);
    const notice = h.fake.callsTo('chat.postEphemeral');
    expect(notice).toHaveLength(1);
    expect(notice[0]?.body.user).toBe(MEMBER);
    expect(visibleText(notice[0]?.body as Message)).toMatch(/wait \d+ s/);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('limits /ask and direct messages with the same per-user budget', async () => {
    h = await startHarness({ env: { RATE_LIMIT_QUESTIONS: '1', RATE_LIMIT_WINDOW_SECONDS: '60' } });
    await h.send(eventRequest(directMessage(MEMBER, 'Who is Kaja Kallas?')));
    await h.fake.waitFor(() => h?.fake.callsTo('chat.postMessage').length === 1);
    await h.send(
      commandRequest({
        text: 'Who is Rajnath Singh?',
        user: MEMBER,
        responseUrl: h.fake.responseUrl('limited'),
      }),
    );
    await h.fake.waitFor(() => h?.fake.callsTo('response_url').length === 1);
    expect(visibleText(h.fake.callsTo('response_url')[0]?.body as Message)).toMatch(/asking faster/);
  });

  it('counts "Share in channel" against the same budget, since sharing asks again', async () => {
    h = await startHarness({ env: { RATE_LIMIT_QUESTIONS: '1', RATE_LIMIT_WINDOW_SECONDS: '60' } });
    await h.send(eventRequest(directMessage(MEMBER, 'Who is Kaja Kallas?')));
    await h.fake.waitFor(() => h?.fake.callsTo('chat.postMessage').length === 1);
    await h.send(interactionRequest(shareClick(MEMBER, 'Who is Kaja Kallas?', h.fake.responseUrl('shared'))));
    await h.fake.waitFor(() => h?.fake.callsTo('response_url').length === 1);
    const reply = h.fake.callsTo('response_url')[0];
    expect(reply?.body.response_type).toBe('ephemeral');
    expect(visibleText(reply?.body as Message)).toMatch(/asking faster/);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });
});
