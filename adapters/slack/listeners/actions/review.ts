import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { communityOf, type SlackDeps } from '../../deps.ts';
import { responseBody } from '../../post.ts';
import { correctionView, reviewMessage } from '../../render-loop.ts';
import { apology, notice } from '../../replies.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * The buttons of `@bot review`: "Pin a correction" (value `R1`) opens the correction form, with the
 * flagged question and quote as context; "Dismiss" (value `R1:<page>`) resolves the item and
 * redraws the page; Previous/Next (value `<page>`) page through the queue. The core checks the
 * moderator flag on every press; refusals go only to the presser.
 */
export function createReviewActionHandler(deps: SlackDeps) {
  const { bot, logger, users } = deps;
  return async ({ ack, body, action, client, respond }: Args): Promise<void> => {
    await ack();
    const community = communityOf(body);
    const privately = (text: string) =>
      respond({ ...responseBody(notice(text), 'ephemeral'), replace_original: false });
    try {
      const isModerator = await users.isModerator(client, body.user.id);
      const user = await users.actor(client, body.user.id, body.user.name);
      const context = { community, user, isModerator };
      const [target = '', page = '0'] = (action.value ?? '').split(':');
      if (action.action_id === 'review_pin') {
        const found = bot.loop.reviewItem(target, context);
        if (!found.ok) await privately(found.message);
        else await client.views.open({ trigger_id: body.trigger_id, view: correctionView(found.item) });
        return;
      }
      let done = '';
      let shownPage = Number(target) || 0;
      if (action.action_id === 'review_dismiss') {
        const outcome = await bot.loop.resolveReview(target, { action: 'dismiss' }, context);
        if (!outcome.ok) {
          await privately(outcome.message);
          return;
        }
        done = outcome.message;
        shownPage = Number(page) || 0;
      }
      const queue = bot.loop.reviewQueue(context, { page: shownPage });
      if (!queue.ok) await privately(queue.message);
      else
        await respond({
          ...responseBody(reviewMessage(queue.queue, done), 'ephemeral'),
          replace_original: true,
        });
    } catch (error) {
      logger.error('slack: a review action failed', { error, community });
      await respond({ ...responseBody(apology(), 'ephemeral'), replace_original: false }).catch(
        () => undefined,
      );
    }
  };
}
