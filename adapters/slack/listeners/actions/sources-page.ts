import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { communityOf, type SlackDeps } from '../../deps.ts';
import { responseBody } from '../../post.ts';
import { sourcesMessage } from '../../render-sources.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** Previous / Next / "All outlets" under `@bot sources` (value: the page): redraws the list in place. */
export function createSourcesPageHandler({ bot }: SlackDeps) {
  return async ({ ack, body, action, respond }: Args): Promise<void> => {
    await ack();
    const page = Number.parseInt(action.value ?? '', 10);
    const message = sourcesMessage(bot.sources(communityOf(body)), Number.isNaN(page) ? 0 : page);
    await respond({ ...responseBody(message, 'ephemeral'), replace_original: true });
  };
}
