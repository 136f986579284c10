import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER } from '../../fakes/slack.ts';
import { commandRequest, directMessage, eventRequest, mention } from '../../fakes/slack-requests.ts';
import { settle } from '../../support/wait-for.ts';
import { type Harness, MEMBER, startHarness } from './harness.ts';

describe('Slack adapter over HTTP: signatures, replays and retries', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  const question = (text = 'When was the partnership signed?') =>
    mention(MEMBER, `<@${FAKE_BOT_USER}> ${text}`);

  it('rejects a request with a bad signature and posts nothing', async () => {
    const response = await h.send(eventRequest(question()), { badSignature: true });
    expect(response.status).toBe(401);
    await settle();
    expect(h.posts()).toEqual([]);
  });

  it('rejects a correctly signed request with a timestamp older than five minutes', async () => {
    const response = await h.send(eventRequest(question()), {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(response.status).toBe(401);
    await settle();
    expect(h.posts()).toEqual([]);
  });

  it('rejects a request signed with another secret', async () => {
    const response = await h.send(eventRequest(question()), { secret: 'not-the-secret' });
    expect(response.status).toBe(401);
    await settle();
    expect(h.posts()).toEqual([]);
  });

  it('answers a retried event (X-Slack-Retry-Num, same event_id) once', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const request = eventRequest(question(), { eventId: 'EvRETRY1' });
    expect((await h.send(request)).status).toBe(200);
    expect((await h.send(request, { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    expect((await h.send(request, { retryNum: 2, retryReason: 'http_timeout' })).status).toBe(200);
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > before);
    await settle();
    expect(h.fake.callsTo('chat.postMessage').length).toBe(before + 1);
    expect(h.logs.some((entry) => entry.message.includes('dropped a repeated delivery'))).toBe(true);
  });

  it('answers once when retries arrive while the first delivery is still waiting to be answered', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const request = eventRequest(question('Who is Kaja Kallas?'), { eventId: 'EvRETRY2' });
    const statuses = await Promise.all([
      h.send(request),
      h.send(request, { retryNum: 1, retryReason: 'http_timeout' }),
      h.send(request, { retryNum: 2, retryReason: 'http_error' }),
    ]).then((responses) => responses.map((response) => response.status));
    expect(statuses).toEqual([200, 200, 200]);
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > before);
    await settle();
    expect(h.fake.callsTo('chat.postMessage').length).toBe(before + 1);
  });

  it('answers a replayed request (same body, re-signed) once', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const request = eventRequest(question('Who is Kaja Kallas?'), { eventId: 'EvREPLAY1' });
    await h.send(request);
    await h.send(request);
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > before);
    await settle();
    expect(h.fake.callsTo('chat.postMessage').length).toBe(before + 1);
  });

  it('answers a message delivered both as a mention and as a direct message once', async () => {
    const before = h.fake.callsTo('chat.postMessage').length;
    const shared = { channel: 'D0DIRECT', ts: '1700000999.000100' };
    await h.send(
      eventRequest({ ...mention(MEMBER, `<@${FAKE_BOT_USER}> Who is Rajnath Singh?`), ...shared }),
    );
    await h.send(
      eventRequest({ ...directMessage(MEMBER, `<@${FAKE_BOT_USER}> Who is Rajnath Singh?`), ...shared }),
    );
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > before);
    await settle();
    expect(h.fake.callsTo('chat.postMessage').length).toBe(before + 1);
  });

  it('acknowledges a replayed slash command but answers it once', async () => {
    const before = h.fake.callsTo('response_url').length;
    const request = commandRequest({
      text: 'When was it signed?',
      user: MEMBER,
      responseUrl: h.fake.responseUrl('replay'),
    });
    expect((await h.send(request)).status).toBe(200);
    expect((await h.send(request)).status).toBe(200);
    await h.fake.waitFor(() => h.fake.callsTo('response_url').length > before);
    await settle();
    expect(h.fake.callsTo('response_url').length).toBe(before + 1);
  });
});
