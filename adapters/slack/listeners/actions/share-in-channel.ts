import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { communityOf, limitKey, type SlackDeps } from '../../deps.ts';
import { cutAtSentence } from '../../mrkdwn.ts';
import { afterPendingAcks } from '../../pending-acks.ts';
import { post, responseBody } from '../../post.ts';
import { renderAnswer } from '../../render.ts';
import { apology, notice, rateLimited } from '../../replies.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const NOT_IN_CHANNEL = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/**
 * "Share in channel" under an ephemeral `/ask` answer. The button carries the question, not the
 * answer (button values hold 2,000 characters; answers can be longer), so sharing asks again and
 * posts the fresh answer publicly, saying who asked, within the same question limit as asking.
 * The private copy is then removed.
 */
export function createShareInChannelHandler(deps: SlackDeps) {
  const { bot, logger } = deps;
  return async ({ ack, body, action, client, respond }: Args): Promise<void> => {
    await ack();
    await afterPendingAcks();
    const question = action.value ?? '';
    const channel = body.channel?.id;
    const community = communityOf(body);
    try {
      if (!channel || !question) throw new Error('Slack: share button without a channel or question');
      // Sharing asks again, so it counts against the same question limit as asking.
      const wait = await deps.limiter.hit(limitKey(community, body.user.id));
      if (wait > 0) {
        await respond({ ...responseBody(rateLimited(wait), 'ephemeral'), replace_original: false });
        return;
      }
      const user = await deps.users.actor(client, body.user.id, body.user.name);
      // Asked before, privately: a declined question is not counted a second time.
      const answer = bot.ask(question, { community, user, repeated: true });
      const preface = `${user.displayName} asked: “${cutAtSentence(question, 500)}”`;
      await post(client, { channel }, renderAnswer(answer, { preface }));
      await respond({ delete_original: true });
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      if (code && NOT_IN_CHANNEL.has(code)) {
        const message = notice(
          'I can’t post in this channel. Invite me with `/invite @bot` first, then share again.',
        );
        await respond({ ...responseBody(message, 'ephemeral'), replace_original: false }).catch(
          () => undefined,
        );
        return;
      }
      logger.error('slack: sharing an answer failed', { error, community, channel });
      await respond({ ...responseBody(apology(), 'ephemeral'), replace_original: false }).catch(
        (respondError: unknown) =>
          logger.error('slack: could not send the share apology', { error: respondError }),
      );
    }
  };
}
