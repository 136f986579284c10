import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { communityOf, limitKey, type SlackDeps } from '../../deps.ts';
import { decodeSlackText } from '../../mrkdwn.ts';
import { afterPendingAcks } from '../../pending-acks.ts';
import { responseBody } from '../../post.ts';
import { renderAnswer } from '../../render.ts';
import { apology, helpMessage, rateLimited } from '../../replies.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/**
 * `/ask <question>` → an answer only the asker sees, with a "Share in channel" button. Acknowledged
 * first, so Slack's 3-second limit holds whatever happens next; the answer follows via response_url.
 */
export function createAskCommandHandler(deps: SlackDeps) {
  const { bot, logger, limiter } = deps;
  return async ({ command, ack, respond }: Args): Promise<void> => {
    await ack();
    await afterPendingAcks();
    try {
      const community = communityOf(command);
      const wait = await limiter.hit(limitKey(community, command.user_id));
      if (wait > 0) {
        await respond(responseBody(rateLimited(wait), 'ephemeral'));
        return;
      }
      const question = decodeSlackText(command.text).trim();
      const user = { platform: 'slack' as const, userId: command.user_id, displayName: command.user_name };
      const answer = bot.ask(question, { community, user });
      const message =
        answer.kind === 'help'
          ? helpMessage(answer.message ?? bot.helpText())
          : renderAnswer(answer, { shareQuestion: question });
      await respond(responseBody(message, 'ephemeral'));
    } catch (error) {
      logger.error('slack: /ask failed', { error, team: command.team_id });
      await respond(responseBody(apology(), 'ephemeral')).catch((respondError: unknown) =>
        logger.error('slack: could not send the /ask apology', { error: respondError }),
      );
    }
  };
}
