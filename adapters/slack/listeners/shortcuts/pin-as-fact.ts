import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { communityOf, type SlackDeps } from '../../deps.ts';
import { decodeSlackText } from '../../mrkdwn.ts';
import { responseBody } from '../../post.ts';
import { apology, notice, notModerator, pinOutcome } from '../../replies.ts';

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/**
 * The "Pin as fact" message shortcut: a moderator pins a message's text, with its permalink and
 * author as provenance. Acknowledged first; the outcome goes only to the moderator.
 */
export function createPinAsFactHandler(deps: SlackDeps) {
  const { bot, logger, users } = deps;
  return async ({ ack, shortcut, client, respond }: Args): Promise<void> => {
    await ack();
    const community = communityOf(shortcut);
    try {
      if (!(await users.isModerator(client, shortcut.user.id))) {
        await respond(responseBody(notModerator(), 'ephemeral'));
        return;
      }
      const text = decodeSlackText(shortcut.message.text ?? '').trim();
      if (!text) {
        await respond(responseBody(notice('That message has no text to pin.'), 'ephemeral'));
        return;
      }
      const { permalink } = await client.chat.getPermalink({
        channel: shortcut.channel.id,
        message_ts: shortcut.message.ts,
      });
      if (!permalink) throw new Error('Slack: chat.getPermalink returned no permalink');
      const authorId = shortcut.message.user;
      const author = authorId
        ? await users.actor(client, authorId)
        : { platform: 'slack' as const, userId: shortcut.message.bot_id ?? 'unknown', displayName: 'a bot' };
      const pinner = await users.actor(client, shortcut.user.id, shortcut.user.name);
      const outcome = await bot.pin(
        { text, source: null, message: { link: permalink, author } },
        { community, user: pinner, isModerator: true },
      );
      await respond(responseBody(pinOutcome(outcome), 'ephemeral'));
    } catch (error) {
      logger.error('slack: "Pin as fact" failed', { error, community });
      await respond(responseBody(apology(), 'ephemeral')).catch((respondError: unknown) =>
        logger.error('slack: could not send the pin apology', { error: respondError }),
      );
    }
  };
}
