import { describe, expect, it } from 'vitest';
import { FAKE_BOT_USER } from '../../fakes/slack.ts';
import { eventRequest, mention } from '../../fakes/slack-requests.ts';
import { MEMBER, startHarness } from './harness.ts';

describe('startSlack stop()', () => {
  it('lets an answer already being posted finish before it resolves', async () => {
    const h = await startHarness();
    h.fake.inject('chat.postMessage', { status: 429, retryAfter: 1 });
    await h.send(eventRequest(mention(MEMBER, `<@${FAKE_BOT_USER}> When was the partnership signed?`)));
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length === 1);
    await h.close();
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([
      429, 200,
    ]);
  });

  it('stops accepting requests', async () => {
    const h = await startHarness();
    const url = `${h.baseUrl}/healthz`;
    expect((await fetch(url)).status).toBe(200);
    await h.close();
    await expect(fetch(url)).rejects.toThrow();
  });
});
