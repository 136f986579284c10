import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { communityOf, type SlackDeps } from '../../deps.ts';
import { responseBody } from '../../post.ts';
import { HELPFUL_ACTION } from '../../render.ts';
import { noteView } from '../../render-loop.ts';
import { apology, notice } from '../../replies.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * "Helpful" and "Wrong or outdated quote" under an answer; the button's value is the answer id.
 * Helpful is recorded at once. Wrong first checks that feedback would be taken (not twice, not
 * from another workspace, not past the retention window), then opens the note form; the vote is
 * recorded when the form is sent (views/feedback-note.ts). Replies go only to the presser.
 */
export function createFeedbackHandler(deps: SlackDeps) {
  const { bot, logger } = deps;
  return async ({ ack, body, action, client, respond }: Args): Promise<void> => {
    await ack();
    const context = {
      community: communityOf(body),
      user: { platform: 'slack' as const, userId: body.user.id, displayName: body.user.name ?? body.user.id },
    };
    const answerId = action.value ?? '';
    const privately = (text: string) =>
      respond({ ...responseBody(notice(text), 'ephemeral'), replace_original: false });
    try {
      if (action.action_id === HELPFUL_ACTION) {
        await privately(bot.loop.feedback({ answerId, verdict: 'helpful' }, context).message);
        return;
      }
      const check = bot.loop.checkFeedback(answerId, context);
      if (!check.ok) {
        await privately(check.message);
        return;
      }
      await client.views.open({ trigger_id: body.trigger_id, view: noteView(answerId) });
    } catch (error) {
      logger.error('slack: feedback failed', { error, community: context.community });
      await respond({ ...responseBody(apology(), 'ephemeral'), replace_original: false }).catch(
        () => undefined,
      );
    }
  };
}
