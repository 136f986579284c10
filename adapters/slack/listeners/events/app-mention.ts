import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { createConversation } from '../../conversation.ts';
import { communityOf, type SlackDeps } from '../../deps.ts';

type Args = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;

/**
 * `@bot <question or command>` in a channel → the reply in a thread under it; a mention inside a
 * thread is answered in that thread. Bolt has already acknowledged the event.
 */
export function createAppMentionHandler(deps: SlackDeps) {
  const converse = createConversation(deps);
  return async ({ event, body, client, context }: Args): Promise<void> => {
    // Bolt's ignoreSelf drops our own messages; other bots are ignored too, so two bots cannot loop.
    if (event.bot_id || !event.user) return;
    await converse({
      client,
      community: communityOf(body),
      userId: event.user,
      place: { channel: event.channel, threadTs: event.thread_ts ?? event.ts },
      text: event.text,
      isDirect: false,
      botUserId: context.botUserId,
    });
  };
}
