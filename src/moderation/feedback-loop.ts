import { consoleActor } from '../pins/pin-service.ts';
import type { Answer, AskContext, FeedbackLoop, PinOutcome, PinRequest, Refused } from '../types.ts';
import { createFeedback } from './feedback.ts';
import { exportCommunity, gapReport, sinceDays } from './gap-report.ts';
import { createMemoryModerationLog } from './memory-moderation-log.ts';
import type { ModerationLog } from './moderation-log.ts';
import { createAnswerRecorder } from './record-answer.ts';
import { createReviews } from './reviews.ts';

/**
 * The feedback loop as the bot runs it: records what leaves `ask`, takes votes, shows moderators
 * the gaps and the review queue, and enforces the retention window by itself: records older than
 * `retentionDays` are deleted when the loop starts and every hour after, and no query reaches
 * past the window in between.
 *
 * @module
 */
export interface LoopOptions {
  /** Defaults to an in-memory log. */
  log: ModerationLog;
  /** GAPS_RETENTION_DAYS; default 90. */
  retentionDays: number;
  /** GAPS_STORE_USER; default false: no user ids with gaps and votes. */
  storeUser: boolean;
  /** How often old records are deleted; 0 only at start. Default one hour. */
  pruneIntervalMs: number;
}

export interface LoopDeps {
  now: () => Date;
  pin(request: PinRequest, context: AskContext): Promise<PinOutcome>;
}

export interface RunningLoop extends FeedbackLoop {
  /** Records an answer leaving `bot.ask` and returns it, with an id when it can take feedback. */
  record(answer: Answer, context: AskContext): Answer;
  /** Deletes records older than the retention window; returns how many went. */
  prune(): number;
  close(): void;
}

const NOT_MODERATOR: Refused = {
  ok: false,
  reason: 'not-moderator',
  message: 'Sorry, only moderators can see unanswered questions and the review queue here.',
};
const HOUR_MS = 60 * 60 * 1000;

export function createFeedbackLoop(options: Partial<LoopOptions> & LoopDeps): RunningLoop {
  const { now } = options;
  const log = options.log ?? createMemoryModerationLog();
  const retentionDays = options.retentionDays ?? 90;
  const storeUser = options.storeUser ?? false;
  const record = createAnswerRecorder({ log, now, storeUser });
  const feedback = createFeedback({ log, now, retentionDays, storeUser });
  const reviews = createReviews({ log, now, pin: options.pin, defaultActor: consoleActor() });
  const prune = () => log.prune(sinceDays(now(), retentionDays));

  prune();
  const interval = options.pruneIntervalMs ?? HOUR_MS;
  // A busy or locked database must not take the bot down from a timer: the next run deletes what
  // this one could not, and every query already stops at the window.
  const timer =
    interval > 0
      ? setInterval(() => {
          try {
            prune();
          } catch {}
        }, interval)
      : undefined;
  timer?.unref();

  const clampDays = (days: number | undefined) =>
    Math.min(Math.max(1, Math.trunc(days ?? 7) || 7), retentionDays);

  return {
    retentionDays,
    record,
    prune,
    feedback: (request, context) => feedback.give(request, context),
    checkFeedback: (answerId, context) => feedback.check(answerId, context),
    gaps(context, query = {}) {
      if (context.isModerator !== true) return NOT_MODERATOR;
      const report = gapReport(log, {
        community: context.community,
        days: clampDays(query.days),
        page: query.page ?? 0,
        now: now(),
      });
      return { ok: true, report };
    },
    reviewQueue(context, query = {}) {
      if (context.isModerator !== true) return NOT_MODERATOR;
      const since = sinceDays(now(), retentionDays);
      return { ok: true, queue: reviews.queue(context.community, query.page ?? 0, since) };
    },
    reviewItem(id, context) {
      return context.isModerator === true ? reviews.item(id, context) : NOT_MODERATOR;
    },
    async resolveReview(id, resolution, context) {
      return context.isModerator === true ? reviews.resolve(id, resolution, context) : NOT_MODERATOR;
    },
    exportCommunity: (community, query = {}) =>
      exportCommunity(
        log,
        community,
        Math.min(Math.max(1, Math.trunc(query.days ?? retentionDays)), retentionDays),
        now(),
      ),
    communities: () => log.communities(),
    close() {
      if (timer) clearInterval(timer);
      log.close();
    },
  };
}
