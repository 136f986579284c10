import type { webApi } from '@slack/bolt';
import { type AskContext, outletArticles, PinsUnavailableError } from '../../src/index.ts';
import type { SlackDeps } from './deps.ts';
import { limitKey } from './deps.ts';
import { afterPendingAcks } from './pending-acks.ts';
import { type Place, post, postPrivately } from './post.ts';
import { renderAnswer, type SlackMessage } from './render.ts';
import { gapsMessage, reviewMessage } from './render-loop.ts';
import { outletMessage, sourcesMessage } from './render-sources.ts';
import { apology, helpMessage, notice, notModerator, pinOutcome, pinsList, rateLimited } from './replies.ts';
import { parseTextCommand } from './text-command.ts';

/**
 * One turn of talk with the bot, from a mention in a channel or a direct message: parse the text,
 * run the question or command, reply in place. Refusals and limits go only to the asker (in a
 * channel); anything unexpected is logged and answered with an apology in the thread. Never silent.
 */
export interface Turn {
  client: webApi.WebClient;
  community: string;
  userId: string;
  place: Place;
  /** Raw Slack text, still escaped and with `<…>` tokens. */
  text: string;
  isDirect: boolean;
  botUserId?: string;
}

export type Converse = (turn: Turn) => Promise<void>;

export function createConversation(deps: SlackDeps): Converse {
  const { bot, logger, limiter, users } = deps;

  async function replyPrivately(turn: Turn, message: SlackMessage): Promise<void> {
    if (turn.isDirect) await post(turn.client, turn.place, message);
    else await postPrivately(turn.client, turn.place, turn.userId, message);
  }

  /** Gaps and the review queue go only to the asker; the core refuses non-moderators. */
  async function loopPage(turn: Turn, command: { kind: 'gaps'; days: number } | { kind: 'review' }) {
    const isModerator = await users.isModerator(turn.client, turn.userId);
    const context = { community: turn.community, isModerator };
    if (command.kind === 'gaps') {
      const outcome = bot.loop.gaps(context, { days: command.days });
      return replyPrivately(turn, outcome.ok ? gapsMessage(outcome.report) : notice(outcome.message));
    }
    const outcome = bot.loop.reviewQueue(context);
    return replyPrivately(turn, outcome.ok ? reviewMessage(outcome.queue) : notice(outcome.message));
  }

  async function moderatorContext(turn: Turn): Promise<AskContext | null> {
    if (!(await users.isModerator(turn.client, turn.userId))) return null;
    const user = await users.actor(turn.client, turn.userId);
    return { community: turn.community, user, isModerator: true };
  }

  async function run(turn: Turn): Promise<void> {
    const command = parseTextCommand(turn.text, turn.botUserId);
    switch (command.kind) {
      case 'ask': {
        const wait = await limiter.hit(limitKey(turn.community, turn.userId));
        if (wait > 0) return replyPrivately(turn, rateLimited(wait));
        // Asking needs no name, so no users.info call on the hot path.
        const user = { platform: 'slack' as const, userId: turn.userId, displayName: turn.userId };
        const answer = bot.ask(command.question, { community: turn.community, user });
        const message =
          answer.kind === 'help' ? helpMessage(answer.message ?? bot.helpText()) : renderAnswer(answer);
        return post(turn.client, turn.place, message);
      }
      case 'pin':
      case 'unpin': {
        const context = await moderatorContext(turn);
        if (!context) return replyPrivately(turn, notModerator());
        const outcome =
          command.kind === 'pin'
            ? await bot.pin({ text: command.text, source: command.source }, context)
            : await bot.unpin(command.id, context);
        return outcome.ok
          ? post(turn.client, turn.place, pinOutcome(outcome))
          : replyPrivately(turn, pinOutcome(outcome));
      }
      case 'pins':
        return post(turn.client, turn.place, pinsList(await bot.pins(turn.community)));
      case 'sources': {
        // Private, like /sources on Discord: paging it never floods the channel.
        const info = bot.sources(turn.community);
        const found = command.outlet === null ? null : outletArticles(info, command.outlet);
        return replyPrivately(turn, found ? outletMessage(found) : sourcesMessage(info, 0));
      }
      case 'help':
        return post(turn.client, turn.place, helpMessage(bot.helpText()));
      case 'gaps':
      case 'review':
        return loopPage(turn, command);
      case 'reload':
      case 'source-add': {
        // The core words the refusal (not a moderator; chat sources turned off).
        const context = (await moderatorContext(turn)) ?? { community: turn.community, isModerator: false };
        const outcome =
          command.kind === 'reload' ? await bot.reload(context) : bot.requestSource(command.url, context);
        return replyPrivately(turn, notice(outcome.message));
      }
      case 'usage':
        return replyPrivately(turn, notice(command.message));
    }
  }

  return async (turn) => {
    // Bolt has acknowledged the event already.
    await afterPendingAcks();
    try {
      await run(turn);
    } catch (error) {
      logger.error('slack: could not handle a message', {
        error,
        community: turn.community,
        channel: turn.place.channel,
      });
      try {
        await post(
          turn.client,
          turn.place,
          error instanceof PinsUnavailableError ? notice(error.message) : apology(),
        );
      } catch (apologyError) {
        logger.error('slack: could not post the apology either', { error: apologyError });
      }
    }
  };
}
