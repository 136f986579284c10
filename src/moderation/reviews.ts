import type {
  Actor,
  AskContext,
  LoopOutcome,
  PinOutcome,
  PinRequest,
  Refused,
  ReviewItem,
  ReviewOutcome,
  ReviewQueue,
  ReviewResolution,
} from '../types.ts';
import type { ModerationLog, ReviewRecord } from './moderation-log.ts';
import { parseReviewId, reviewItemOf } from './review-ids.ts';

/**
 * The review queue: open "wrong or outdated quote" flags, oldest first, and what moderators do
 * with them. An item is resolved once, by pinning a correction (through the pin service, with all
 * its checks and its history) or by dismissing it; who and when are kept on the item. A second
 * resolution is refused with who resolved it and how, and changes nothing. Items of another
 * community are reported as not found, as pins are.
 *
 * @module
 */

export const REVIEWS_PER_PAGE = 3;

export interface ReviewOptions {
  log: ModerationLog;
  now: () => Date;
  /** Pins a correction exactly as `bot.pin` would (through the possibly remote pin store). */
  pin(request: PinRequest, context: AskContext): Promise<PinOutcome>;
  /** Who acts when the context names nobody (the console). */
  defaultActor: Actor;
}

const refuse = (reason: Refused['reason'], message: string): Refused => ({ ok: false, reason, message });

function alreadyResolved(item: ReviewRecord): Refused {
  const by = item.resolvedBy?.displayName ?? 'a moderator';
  const on = item.resolvedAt?.slice(0, 10) ?? 'an earlier day';
  const how = item.status === 'pinned' ? `resolved with pin ${item.pinId}` : 'dismissed';
  return refuse('resolved', `R${item.num} was already ${how} by ${by} on ${on}.`);
}

export function createReviews(options: ReviewOptions) {
  const { log, now } = options;

  function find(id: string, context: AskContext): ReviewRecord | Refused {
    const num = parseReviewId(id);
    const record = num === undefined ? undefined : log.getReview(num);
    if (!record || record.community !== context.community) {
      return refuse('not-found', `There is no review item ${id.trim()} in this community.`);
    }
    return record;
  }

  return {
    /** Open items flagged at or after `since`, oldest first. */
    queue(community: string, requestedPage: number, since: string): ReviewQueue {
      const open = { status: 'open' as const, since, limit: REVIEWS_PER_PAGE };
      const first = log.reviews(community, { ...open, offset: 0 });
      const pages = Math.max(1, Math.ceil(first.total / REVIEWS_PER_PAGE));
      const page = Math.min(Math.max(0, Math.trunc(requestedPage) || 0), pages - 1);
      const shown = page === 0 ? first : log.reviews(community, { ...open, offset: page * REVIEWS_PER_PAGE });
      return { community, page, pages, total: shown.total, items: shown.items.map(reviewItemOf) };
    },

    /** An open item (to fill the correction form); a resolved one is refused like a second resolution. */
    item(id: string, context: AskContext): LoopOutcome<{ item: ReviewItem }> {
      const found = find(id, context);
      if ('ok' in found) return found;
      return found.status === 'open' ? { ok: true, item: reviewItemOf(found) } : alreadyResolved(found);
    },

    async resolve(id: string, resolution: ReviewResolution, context: AskContext): Promise<ReviewOutcome> {
      const found = find(id, context);
      if ('ok' in found) return found;
      if (found.status !== 'open') return alreadyResolved(found);
      const actor = context.user ?? options.defaultActor;
      if (resolution.action === 'dismiss') {
        const done = log.resolveReview(found.num, {
          status: 'dismissed',
          actor,
          at: now().toISOString(),
          pinId: null,
        });
        if (!done) return alreadyResolved(log.getReview(found.num) ?? found);
        return { ok: true, item: reviewItemOf(done), message: `Dismissed R${found.num}.` };
      }
      if (resolution.action !== 'pin')
        return refuse('invalid', 'A review item is either pinned or dismissed.');
      const outcome = await options.pin(
        { text: resolution.text, source: resolution.source ?? null },
        context,
      );
      if (!outcome.ok) {
        const reason =
          outcome.reason === 'not-moderator' || outcome.reason === 'duplicate' ? outcome.reason : 'invalid';
        return refuse(reason, `${outcome.message} R${found.num} stays open.`);
      }
      const { pin } = outcome;
      const done = log.resolveReview(found.num, { status: 'pinned', actor, at: pin.pinnedAt, pinId: pin.id });
      if (!done) {
        // Another moderator resolved it while this pin was being saved: the pin stands on its own.
        const other = log.getReview(found.num) ?? found;
        return {
          ok: true,
          item: reviewItemOf(other),
          pin,
          message: `Pinned ${pin.id}. ${alreadyResolved(other).message}`,
        };
      }
      return {
        ok: true,
        item: reviewItemOf(done),
        pin,
        message: `Pinned ${pin.id} and closed R${found.num}.`,
      };
    },
  };
}
