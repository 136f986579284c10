import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandRequest, interactionRequest, shareClick } from '../../fakes/slack-requests.ts';
import { type Harness, MEMBER, startHarness } from './harness.ts';
import { visibleText } from './slack-message-inspect.ts';

type Message = { text: string; blocks: unknown[] };

describe('Slack adapter over HTTP: /ask and "Share in channel"', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('acknowledges /ask at once and answers privately with a share button', async () => {
    const response = await h.send(
      commandRequest({
        text: 'When was the partnership signed?',
        user: MEMBER,
        responseUrl: h.fake.responseUrl('ask1'),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    const [reply] = (await h.fake.waitFor((calls) => calls.some((c) => c.method === 'response_url'))).filter(
      (c) => c.method === 'response_url',
    );
    expect(reply?.body).toMatchObject({
      responseId: 'ask1',
      response_type: 'ephemeral',
      unfurl_links: false,
    });
    expect(visibleText(reply?.body as Message)).toMatch(/signed on Tuesday\. \[1\]/);
    const blocks = (reply?.body.blocks ?? []) as Array<{
      type: string;
      elements?: Array<{ action_id?: string; value?: string }>;
    }>;
    const actions = blocks.find((block) => block.type === 'actions');
    expect(actions?.elements?.[0]).toMatchObject({
      action_id: 'share_in_channel',
      value: 'When was the partnership signed?',
    });
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('posts the same answer publicly when "Share in channel" is clicked, and removes the private copy', async () => {
    const click = shareClick(MEMBER, 'When was the partnership signed?', h.fake.responseUrl('share1'));
    expect((await h.send(interactionRequest(click))).status).toBe(200);
    await h.fake.waitFor(
      () =>
        h.fake.callsTo('chat.postMessage').length === 1 &&
        h.fake.callsTo('response_url').some((c) => c.body.responseId === 'share1'),
    );
    const shared = h.fake.callsTo('chat.postMessage')[0];
    expect(shared?.body).toMatchObject({ channel: 'C0GENERAL', unfurl_links: false });
    expect(shared?.body.thread_ts).toBeUndefined();
    const shown = visibleText(shared?.body as Message);
    expect(shown).toMatch(/signed on Tuesday\. \[1\]/);
    expect(shown).toContain('Mem Ber asked: “When was the partnership signed?”');
    expect(JSON.stringify(shared?.body.blocks)).not.toContain('share_in_channel');
    const cleanup = h.fake.callsTo('response_url').find((c) => c.body.responseId === 'share1');
    expect(cleanup?.body).toMatchObject({ delete_original: true });
  });

  it('explains privately when it cannot post in the channel', async () => {
    h.fake.inject('chat.postMessage', { error: 'not_in_channel' });
    await h.send(interactionRequest(shareClick(MEMBER, 'Who is Kaja Kallas?', h.fake.responseUrl('share2'))));
    await h.fake.waitFor(() => h.fake.callsTo('response_url').some((c) => c.body.responseId === 'share2'));
    const reply = h.fake.callsTo('response_url').find((c) => c.body.responseId === 'share2');
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(visibleText(reply?.body as Message)).toContain('/invite');
  });

  it('escapes what a user typed into /ask', async () => {
    await h.send(
      commandRequest({
        text: '<!channel> what did NATO say?',
        user: MEMBER,
        responseUrl: h.fake.responseUrl('ask3'),
      }),
    );
    await h.fake.waitFor(() => h.fake.callsTo('response_url').some((c) => c.body.responseId === 'ask3'));
    const reply = h.fake.callsTo('response_url').find((c) => c.body.responseId === 'ask3');
    expect(JSON.stringify(reply?.body)).not.toContain('<!channel>');
    expect(visibleText(reply?.body as Message)).toMatch(/not answering/);
  });
});
