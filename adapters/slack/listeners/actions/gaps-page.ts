import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { communityOf, type SlackDeps } from '../../deps.ts';
import { responseBody } from '../../post.ts';
import { gapsMessage } from '../../render-loop.ts';
import { notice } from '../../replies.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** Previous / Next / "Last N days" under `@bot gaps` (value `<days>:<page>`): redraws the page in place. */
export function createGapsPageHandler(deps: SlackDeps) {
  const { bot, users } = deps;
  return async ({ ack, body, action, client, respond }: Args): Promise<void> => {
    await ack();
    const [days = '7', page = '0'] = (action.value ?? '').split(':');
    const context = {
      community: communityOf(body),
      isModerator: await users.isModerator(client, body.user.id),
    };
    const outcome = bot.loop.gaps(context, { days: Number(days) || 7, page: Number(page) || 0 });
    if (!outcome.ok) {
      await respond({ ...responseBody(notice(outcome.message), 'ephemeral'), replace_original: false });
      return;
    }
    await respond({ ...responseBody(gapsMessage(outcome.report), 'ephemeral'), replace_original: true });
  };
}
