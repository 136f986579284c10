import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER, FAKE_TEAM } from '../../fakes/slack.ts';
import { mention, viewSubmission } from '../../fakes/slack-requests.ts';
import { settle, waitFor } from '../../support/wait-for.ts';
import { type Harness, MEMBER, startHarness } from './harness.ts';
import { visibleText } from './slack-message-inspect.ts';

type Message = { text: string; blocks: unknown[] };

const eventsApi = (eventId: string, event: Record<string, unknown>) => ({
  token: 'legacy',
  team_id: FAKE_TEAM,
  api_app_id: 'AFAKE',
  type: 'event_callback',
  event_id: eventId,
  event_time: 1,
  event,
});

describe('Slack adapter in Socket Mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ socketMode: true });
    await h.fake.socket.connected();
  });
  afterAll(async () => h.close());

  it('opens the connection with the app-level token and listens on no port', () => {
    const open = h.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.authorization).toBe('Bearer xapp-fake-token');
    expect(h.slack.port).toBeUndefined();
  });

  it('acknowledges an event envelope and answers it in a thread', async () => {
    const event = {
      ...mention(MEMBER, `<@${FAKE_BOT_USER}> When was the partnership signed?`),
      ts: '1700000600.000100',
    };
    const id = h.fake.socket.push({ type: 'events_api', payload: eventsApi('EvSOCK1', event) });
    await h.fake.socket.ack(id);
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length === 1);
    const post = h.fake.callsTo('chat.postMessage')[0];
    expect(post?.body.thread_ts).toBe('1700000600.000100');
    expect(visibleText(post?.body as Message)).toContain('signed on Tuesday');
  });

  it('acknowledges a redelivered envelope (retry_attempt) without answering again', async () => {
    const event = {
      ...mention(MEMBER, `<@${FAKE_BOT_USER}> When was the partnership signed?`),
      ts: '1700000600.000100',
    };
    const id = h.fake.socket.push({
      type: 'events_api',
      payload: eventsApi('EvSOCK1', event),
      retryAttempt: 1,
    });
    await h.fake.socket.ack(id);
    await settle();
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('acknowledges a slash command envelope and answers through response_url', async () => {
    const id = h.fake.socket.push({
      type: 'slash_commands',
      payload: {
        command: '/ask',
        text: 'Who is Kaja Kallas?',
        user_id: MEMBER,
        user_name: 'mem',
        team_id: FAKE_TEAM,
        channel_id: 'C0GENERAL',
        response_url: h.fake.responseUrl('sock-ask'),
        trigger_id: 'trig-sock-1',
      },
    });
    await h.fake.socket.ack(id);
    await h.fake.waitFor(() => h.fake.callsTo('response_url').length === 1);
    expect(h.fake.callsTo('response_url')[0]?.body.response_type).toBe('ephemeral');
  });

  it('answers a sent form in the acknowledgement envelope (the "wrong quote" note)', async () => {
    const { id: answerId = '' } = h.bot.ask('When was the partnership signed?', { community: FAKE_TEAM });
    const payload = viewSubmission(MEMBER, {
      callbackId: 'feedback_note',
      privateMetadata: answerId,
      values: { note: 'Outdated.' },
    });
    const id = h.fake.socket.push({ type: 'interactive', payload });
    const ack = (await h.fake.socket.ack(id)) as { response_action?: string; view?: Message };
    expect(ack.response_action).toBe('update');
    expect(visibleText(ack.view as Message)).toContain('I flagged this quote for the moderators to review.');
    expect(h.bot.loop.reviewQueue({ community: FAKE_TEAM, isModerator: true })).toMatchObject({
      ok: true,
      queue: { total: 1, items: [{ note: 'Outdated.' }] },
    });
  });
});

describe('Slack Socket Mode health', () => {
  it('is healthy while connected, and not once the connection drops and cannot be reopened', async () => {
    const h = await startHarness({ socketMode: true });
    try {
      await h.fake.socket.connected();
      await waitFor(() => h.slack.healthy());
      h.fake.inject('apps.connections.open', { error: 'internal_error' }, 100);
      h.fake.socket.drop();
      await waitFor(() => !h.slack.healthy());
      expect(h.slack.healthy()).toBe(false);
    } finally {
      await h.close();
    }
  });
});
