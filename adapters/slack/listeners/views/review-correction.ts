import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { communityOf, type SlackDeps } from '../../deps.ts';
import { FACT_BLOCK, resultView, SOURCE_BLOCK } from '../../render-loop.ts';
import { APOLOGY } from '../../replies.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The correction form was sent: pin the fact and close the review item (its id is the view's
 * private_metadata). A fact the pin service refuses (empty, too long, already pinned) is shown on
 * the fact field, so the moderator can fix it without retyping; any other outcome replaces the form.
 * The moderator check is usually answered from the cache filled when the form was opened, so the
 * acknowledgement stays well within Slack's 3 seconds.
 */
export function createReviewCorrectionHandler(deps: SlackDeps) {
  const { bot, users } = deps;
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const community = communityOf(body);
    try {
      const values = view.state.values;
      const text = values[FACT_BLOCK]?.[FACT_BLOCK]?.value ?? '';
      const source = values[SOURCE_BLOCK]?.[SOURCE_BLOCK]?.value?.trim() || null;
      const context = {
        community,
        user: await users.actor(client, body.user.id, body.user.name),
        isModerator: await users.isModerator(client, body.user.id),
      };
      const outcome = await bot.loop.resolveReview(
        view.private_metadata,
        { action: 'pin', text, source },
        context,
      );
      if (!outcome.ok && (outcome.reason === 'invalid' || outcome.reason === 'duplicate')) {
        await ack({ response_action: 'errors', errors: { [FACT_BLOCK]: outcome.message } });
        return;
      }
      const title = outcome.ok ? 'Correction pinned' : 'Not pinned';
      await ack({ response_action: 'update', view: resultView(title, outcome.message) });
    } catch (error) {
      deps.logger.error('slack: pinning a correction failed', { error, community });
      await ack({ response_action: 'update', view: resultView('Sorry', APOLOGY) });
    }
  };
}
