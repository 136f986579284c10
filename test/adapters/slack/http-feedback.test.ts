import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER, FAKE_TEAM, type RecordedCall } from '../../fakes/slack.ts';
import {
  buttonClick,
  commandRequest,
  eventRequest,
  interactionRequest,
  mention,
  shareClick,
  viewSubmission,
} from '../../fakes/slack-requests.ts';
import { ADMIN, type Harness, MEMBER, MODERATOR, startHarness } from './harness.ts';
import { visibleText } from './slack-message-inspect.ts';

/**
 * The feedback buttons under a Slack answer, end to end: real Bolt in HTTP mode against the fake
 * Slack, the real bot with an in-memory loop whose clock the test moves.
 */
type Message = { text: string; blocks: unknown[] };
type Button = { action_id: string; value: string; text: { text: string } };
type View = {
  callback_id?: string;
  private_metadata?: string;
  title: { text: string };
  blocks: Message['blocks'];
};
const WHEN = 'When was the partnership signed?';
const DAY_MS = 24 * 60 * 60 * 1000;

const buttonsOf = (body: Record<string, unknown> | undefined): Button[] =>
  ((body?.blocks ?? []) as Array<{ type: string; elements?: Button[] }>)
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? []);

describe('Slack feedback on answers', () => {
  let h: Harness;
  const clock = { now: new Date() };
  let replies = 0;
  beforeAll(async () => {
    h = await startHarness({ botOptions: { now: () => clock.now, loop: { pruneIntervalMs: 0 } } });
  });
  afterAll(async () => h.close());

  async function answerId(): Promise<string> {
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.send(eventRequest(mention(MEMBER, `<@${FAKE_BOT_USER}> ${WHEN}`)));
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > before);
    const buttons = buttonsOf(h.fake.callsTo('chat.postMessage')[before]?.body);
    expect(buttons.map((b) => [b.action_id, b.text.text])).toEqual([
      ['feedback_helpful', '👍 Helpful'],
      ['feedback_wrong', '⚠️ Wrong or outdated quote'],
    ]);
    return buttons[0]?.value ?? '';
  }

  /** Clicks a button and returns the private reply it causes through response_url. */
  async function click(
    user: string,
    actionId: string,
    value: string,
    team = FAKE_TEAM,
  ): Promise<RecordedCall> {
    const id = `fb${++replies}`;
    await h.send(
      interactionRequest(buttonClick(user, { actionId, value }, h.fake.responseUrl(id), { team })),
    );
    await h.fake.waitFor(() => h.fake.callsTo('response_url').some((c) => c.body.responseId === id));
    return h.fake.callsTo('response_url').find((c) => c.body.responseId === id) as RecordedCall;
  }

  async function submitNote(user: string, id: string, note: string): Promise<View> {
    const response = await h.send(
      interactionRequest(
        viewSubmission(user, { callbackId: 'feedback_note', privateMetadata: id, values: { note } }),
      ),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response_action: string; view: View };
    expect(body.response_action).toBe('update');
    return body.view;
  }

  const votes = () => h.bot.loop.exportCommunity(FAKE_TEAM).feedback;

  it('records Helpful once per user and answers each press privately', async () => {
    const id = await answerId();
    const first = await click(MEMBER, 'feedback_helpful', id);
    expect(first.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(first.body as Message)).toContain('Thank you. I noted that this answer helped.');
    const again = await click(MEMBER, 'feedback_helpful', id);
    expect(visibleText(again.body as Message)).toContain(
      'You already gave feedback on this answer; it counts once.',
    );
    expect(votes().find((v) => v.answerId === id)).toMatchObject({ helpful: 1, wrong: 0 });
  });

  it('opens the note form on Wrong and queues the flag with the note when it is sent', async () => {
    const id = await answerId();
    const opened = h.fake.callsTo('views.open').length;
    await h.send(
      interactionRequest(
        buttonClick(ADMIN, { actionId: 'feedback_wrong', value: id }, h.fake.responseUrl('w1')),
      ),
    );
    await h.fake.waitFor(() => h.fake.callsTo('views.open').length > opened);
    const view = h.fake.callsTo('views.open')[opened]?.body.view as View;
    expect(view).toMatchObject({
      callback_id: 'feedback_note',
      private_metadata: id,
      title: { text: 'Wrong or outdated quote' },
    });

    const done = await submitNote(ADMIN, id, 'Signed on the 27th.');
    expect(visibleText(done)).toContain('Thank you. I flagged this quote for the moderators to review.');
    const queue = h.bot.loop.reviewQueue({ community: FAKE_TEAM, isModerator: true });
    expect(queue.ok && queue.queue.items.filter((item) => item.answerId === id)).toEqual([
      expect.objectContaining({ question: WHEN, note: 'Signed on the 27th.' }),
    ]);

    const twice = await submitNote(ADMIN, id, 'Again.');
    expect(visibleText(twice)).toContain('You already gave feedback on this answer; it counts once.');
    const reopen = await click(ADMIN, 'feedback_wrong', id);
    expect(visibleText(reopen.body as Message)).toContain('You already gave feedback');
    expect(h.fake.callsTo('views.open')).toHaveLength(opened + 1);
    const after = h.bot.loop.reviewQueue({ community: FAKE_TEAM, isModerator: true });
    expect(after.ok && after.queue.items.filter((item) => item.answerId === id)).toHaveLength(1);
  });

  it('refuses a button pressed in another workspace, recording nothing', async () => {
    const id = await answerId();
    const opened = h.fake.callsTo('views.open').length;
    for (const action of ['feedback_helpful', 'feedback_wrong']) {
      const reply = await click(MODERATOR, action, id, 'T0OTHER');
      expect(visibleText(reply.body as Message)).toContain(
        'That answer was given in another community; I take feedback on it only there.',
      );
    }
    expect(h.fake.callsTo('views.open')).toHaveLength(opened);
    expect(votes().find((v) => v.answerId === id)).toBeUndefined();
  });

  it('refuses feedback on an answer older than the retention window', async () => {
    const id = await answerId();
    clock.now = new Date(clock.now.getTime() + 91 * DAY_MS);
    try {
      const reply = await click(MEMBER, 'feedback_helpful', id);
      expect(visibleText(reply.body as Message)).toContain('older than 90 days');
      const late = await submitNote(MEMBER, id, 'late');
      expect(visibleText(late)).toContain('older than 90 days');
    } finally {
      clock.now = new Date(clock.now.getTime() - 91 * DAY_MS);
    }
    expect(votes().find((v) => v.answerId === id)).toBeUndefined();
  });

  it('offers feedback under a private /ask answer and under the shared copy, counting a shared gap once', async () => {
    await h.send(commandRequest({ text: WHEN, user: MEMBER, responseUrl: h.fake.responseUrl('ask-fb') }));
    await h.fake.waitFor(() => h.fake.callsTo('response_url').some((c) => c.body.responseId === 'ask-fb'));
    const reply = h.fake.callsTo('response_url').find((c) => c.body.responseId === 'ask-fb');
    expect(buttonsOf(reply?.body).map((b) => b.action_id)).toEqual([
      'share_in_channel',
      'feedback_helpful',
      'feedback_wrong',
    ]);

    const question = 'What did NATO say about it?';
    await h.send(
      commandRequest({ text: question, user: MEMBER, responseUrl: h.fake.responseUrl('ask-gap') }),
    );
    await h.fake.waitFor(() => h.fake.callsTo('response_url').some((c) => c.body.responseId === 'ask-gap'));
    const before = h.fake.callsTo('chat.postMessage').length;
    await h.send(interactionRequest(shareClick(MEMBER, question, h.fake.responseUrl('share-gap'))));
    await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length > before);
    const gaps = h.bot.loop.gaps({ community: FAKE_TEAM, isModerator: true });
    expect(gaps.ok && gaps.report.groups.find((g) => g.terms.join() === 'nato')?.count).toBe(1);
  });
});
