import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_BOT_USER, FAKE_TEAM, type RecordedCall } from '../../fakes/slack.ts';
import {
  buttonClick,
  eventRequest,
  interactionRequest,
  mention,
  viewSubmission,
} from '../../fakes/slack-requests.ts';
import { ADMIN, type Harness, MEMBER, MODERATOR, startHarness } from './harness.ts';
import { mayPing, visibleText } from './slack-message-inspect.ts';

/**
 * `@bot gaps` and `@bot review` end to end over HTTP: gaps recorded from mentions, paged in place;
 * flags reviewed, a correction pinned through the modal (context prefilled, a refused fact shown
 * on its field), another dismissed; every refusal private.
 */
type Message = { text: string; blocks: unknown[] };
type Button = { action_id: string; value: string };
const WHEN = 'When was the partnership signed?';
const FACT = 'The Security and Defence Partnership was signed in New Delhi on 27 January 2026.';
const NOT_MODERATOR = 'Sorry, only moderators can see unanswered questions and the review queue here.';

const buttonsOf = (body: Record<string, unknown> | undefined): Button[] =>
  ((body?.blocks ?? []) as Array<{ type: string; elements?: Button[] }>)
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? []);

describe('Slack @bot gaps and @bot review', () => {
  let h: Harness;
  let replies = 0;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  /** Mentions the bot and returns the chat post it causes. */
  async function say(user: string, text: string): Promise<RecordedCall | undefined> {
    const before = h.posts().length;
    await h.send(eventRequest(mention(user, `<@${FAKE_BOT_USER}> ${text}`)));
    await h.fake.waitFor(() => h.posts().length > before);
    return h.posts()[before];
  }

  async function click(
    user: string,
    actionId: string,
    value: string,
    team = FAKE_TEAM,
  ): Promise<RecordedCall> {
    const id = `mod${++replies}`;
    await h.send(
      interactionRequest(buttonClick(user, { actionId, value }, h.fake.responseUrl(id), { team })),
    );
    await h.fake.waitFor(() => h.fake.callsTo('response_url').some((c) => c.body.responseId === id));
    return h.fake.callsTo('response_url').find((c) => c.body.responseId === id) as RecordedCall;
  }

  async function submitCorrection(user: string, item: string, fact: string) {
    const response = await h.send(
      interactionRequest(
        viewSubmission(user, {
          callbackId: 'review_correct',
          privateMetadata: item,
          values: { fact, source: null },
        }),
      ),
    );
    return (await response.json()) as {
      response_action: string;
      view?: Message;
      errors?: Record<string, string>;
    };
  }

  it('refuses gaps and review to a member, privately', async () => {
    for (const command of ['gaps', 'review']) {
      const reply = await say(MEMBER, command);
      expect(reply?.method).toBe('chat.postEphemeral');
      expect(reply?.body.user).toBe(MEMBER);
      expect(visibleText(reply?.body as Message)).toContain(NOT_MODERATOR);
    }
  });

  it('shows a moderator the top gap groups with count, example and missing words, paged in place', async () => {
    for (const question of [
      'What did NATO say about it?',
      'what does nato think',
      '<!channel> what about whales?',
    ]) {
      await say(MEMBER, question);
    }
    for (const topic of ['France', 'cricket', 'Brazil', 'Canada']) await say(MEMBER, `What about ${topic}?`);
    const reply = await say(ADMIN, 'gaps');
    expect(reply?.method).toBe('chat.postEphemeral');
    const shown = visibleText(reply?.body as Message);
    expect(shown).toContain('Unanswered questions, last 7 days');
    expect(shown).toMatch(
      /1\. \*2×\* · missing: nato\n>e\.g\. “what does nato think” \(last asked \d{4}-\d\d-\d\d\)/,
    );
    expect(shown).toContain('7 declined questions in 6 groups · page 1 of 2');
    expect(mayPing(reply?.body as Message)).toBe(false);
    expect(buttonsOf(reply?.body).map((b) => [b.action_id, b.value])).toEqual([
      ['gaps_next', '7:1'],
      ['gaps_days', '30:0'],
    ]);

    const next = await click(ADMIN, 'gaps_next', '7:1');
    expect(next.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(visibleText(next.body as Message)).toMatch(/6\. \*1×\* · missing: /);
    expect(mayPing(next.body as Message)).toBe(false);
    const member = await click(MEMBER, 'gaps_days', '30:0');
    expect(member.body).toMatchObject({ replace_original: false });
    expect(visibleText(member.body as Message)).toContain(NOT_MODERATOR);
  });

  it('lists flags, opens the correction form with the context and pins the correction once', async () => {
    for (const [user, note] of [
      [MEMBER, 'It was signed on 27 January.'],
      [ADMIN, 'Outdated.'],
    ] as const) {
      const answer = await say(MEMBER, WHEN);
      const id = buttonsOf(answer?.body).find((b) => b.action_id === 'feedback_wrong')?.value ?? '';
      await h.send(
        interactionRequest(
          viewSubmission(user, { callbackId: 'feedback_note', privateMetadata: id, values: { note } }),
        ),
      );
    }
    const queue = await say(MODERATOR, 'review');
    expect(queue?.method).toBe('chat.postEphemeral');
    const shown = visibleText(queue?.body as Message);
    expect(shown).toContain('2 open items, oldest first.');
    expect(shown.indexOf('*R1*')).toBeLessThan(shown.indexOf('*R2*'));
    expect(shown).toContain(`*Question:* ${WHEN}`);
    expect(buttonsOf(queue?.body).map((b) => [b.action_id, b.value])).toEqual([
      ['review_pin', 'R1'],
      ['review_dismiss', 'R1:0'],
      ['review_pin', 'R2'],
      ['review_dismiss', 'R2:0'],
    ]);

    const opened = h.fake.callsTo('views.open').length;
    await h.send(
      interactionRequest(
        buttonClick(MODERATOR, { actionId: 'review_pin', value: 'R1' }, h.fake.responseUrl('p1')),
      ),
    );
    await h.fake.waitFor(() => h.fake.callsTo('views.open').length > opened);
    const view = h.fake.callsTo('views.open')[opened]?.body.view as Message & {
      callback_id: string;
      private_metadata: string;
    };
    expect(view).toMatchObject({ callback_id: 'review_correct', private_metadata: 'R1' });
    expect(visibleText(view)).toContain(`*Question:* ${WHEN}`);
    expect(visibleText(view)).toMatch(/\*Passages:\* [a-z0-9-]+#p\d+/);
    expect(visibleText(view)).toContain('*Note:* It was signed on 27 January.');

    const refused = await submitCorrection(MODERATOR, 'R1', '   ');
    expect(refused.response_action).toBe('errors');
    expect(refused.errors?.fact).toMatch(/R1 stays open\.$/);
    const done = await submitCorrection(MODERATOR, 'R1', FACT);
    expect(done.response_action).toBe('update');
    expect(visibleText(done.view as Message)).toContain('Pinned P1 and closed R1.');
    expect(await h.bot.pins(FAKE_TEAM)).toEqual([
      expect.objectContaining({
        id: 'P1',
        text: FACT,
        pinnedBy: { platform: 'slack', userId: MODERATOR, displayName: 'Mo Listed' },
      }),
    ]);
    const again = await submitCorrection(MODERATOR, 'R1', `${FACT} Again.`);
    expect(visibleText(again.view as Message)).toMatch(
      /R1 was already resolved with pin P1 by Mo Listed on \d{4}-/,
    );
    const reopen = await click(MODERATOR, 'review_pin', 'R1');
    expect(visibleText(reopen.body as Message)).toContain('R1 was already resolved with pin P1');
    expect(await h.bot.pins(FAKE_TEAM)).toHaveLength(1);
  });

  it('dismisses once, redrawing the queue, and refuses members and other workspaces', async () => {
    const member = await click(MEMBER, 'review_dismiss', 'R2:0');
    expect(visibleText(member.body as Message)).toContain(NOT_MODERATOR);
    const elsewhere = await click(MODERATOR, 'review_dismiss', 'R2:0', 'T0OTHER');
    expect(visibleText(elsewhere.body as Message)).toContain('There is no review item R2 in this community.');

    const dismissed = await click(MODERATOR, 'review_dismiss', 'R2:0');
    expect(dismissed.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(visibleText(dismissed.body as Message)).toContain('Dismissed R2.');
    expect(visibleText(dismissed.body as Message)).toContain('Nothing to review: no open flags.');
    const twice = await click(MODERATOR, 'review_dismiss', 'R2:0');
    expect(twice.body).toMatchObject({ replace_original: false });
    expect(visibleText(twice.body as Message)).toMatch(/R2 was already dismissed by Mo Listed on /);
    expect(h.bot.loop.exportCommunity(FAKE_TEAM).reviews.map((r) => [r.id, r.status])).toEqual([
      ['R1', 'pinned'],
      ['R2', 'dismissed'],
    ]);
  });
});
