import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { createConversation } from '../../conversation.ts';
import { communityOf, type SlackDeps } from '../../deps.ts';

type Args = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;

/**
 * A direct message to the bot (`message.im`) is a conversation of its own: no mention needed, the
 * reply goes in the same place (the thread, if the message was in one).
 */
export function createDirectMessageHandler(deps: SlackDeps) {
  const converse = createConversation(deps);
  return async ({ message, body, client, context }: Args): Promise<void> => {
    if (message.channel_type !== 'im') return;
    // Edits, deletions, joins and bot posts all arrive as message subtypes; only plain messages count.
    if (message.subtype !== undefined || message.bot_id || !message.user) return;
    await converse({
      client,
      community: communityOf(body),
      userId: message.user,
      place: { channel: message.channel, ...(message.thread_ts ? { threadTs: message.thread_ts } : {}) },
      text: message.text ?? '',
      isDirect: true,
      botUserId: context.botUserId,
    });
  };
}
