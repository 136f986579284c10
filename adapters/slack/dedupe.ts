import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';

/**
 * Slack redelivers an event it thinks we missed (`X-Slack-Retry-Num`, or `retry_attempt` in Socket
 * Mode) and Bolt does not deduplicate, so without this a slow answer could be posted twice. We keep
 * idempotency keys for longer than Slack's retry window (about 5 minutes), which also closes the
 * 5-minute replay window the signature check leaves open. The keys live in memory (two per
 * mention: 1.2 million entries, about 160 MB, after 10 minutes at 1,000 events/s): with several HTTP
 * replicas they would have to move to a shared store.
 */
export const DEDUPE_TTL_MS = 10 * 60 * 1000;

export interface SeenKeys {
  /** Records the keys; true when none of them was seen within the TTL. */
  firstTime(keys: string[]): boolean;
  /** How many keys are held (expired ones go on the next call). */
  readonly size: number;
}

export function createSeenKeys(options: { ttlMs?: number; now?: () => number } = {}): SeenKeys {
  const ttl = options.ttlMs ?? DEDUPE_TTL_MS;
  const now = options.now ?? Date.now;
  // Insertion order is time order (a key seen again moves to the end), so the expired keys are the
  // oldest ones: each call drops them from the front and stops at the first live key. Scanning the
  // whole map instead, as this once did past 50,000 keys, cost up to a millisecond per event after
  // half a minute at 1,000 events/s, because under load none of those keys has expired yet.
  const seenAt = new Map<string, number>();
  return {
    firstTime(keys) {
      const t = now();
      for (const [key, at] of seenAt) {
        if (t - at < ttl) break;
        seenAt.delete(key);
      }
      const seen = keys.some((key) => {
        const at = seenAt.get(key);
        return at !== undefined && t - at < ttl;
      });
      for (const key of keys) {
        seenAt.delete(key);
        seenAt.set(key, t);
      }
      return !seen;
    },
    get size() {
      return seenAt.size;
    },
  };
}

type LooseBody = {
  type?: string;
  event_id?: string;
  trigger_id?: string;
  event?: { type?: string; channel?: string; ts?: string; client_msg_id?: string };
};

/** Idempotency keys of an incoming request: event id, and the message itself for message events. */
export function idempotencyKeys(body: LooseBody): string[] {
  const keys: string[] = [];
  if (body.event_id) keys.push(`event:${body.event_id}`);
  const event = body.event;
  if (event && (event.type === 'message' || event.type === 'app_mention')) {
    // A mention in a DM can arrive as both `app_mention` and `message.im`: same message, one answer.
    if (event.channel && event.ts) keys.push(`message:${event.channel}:${event.ts}`);
    if (event.client_msg_id) keys.push(`client-msg:${event.client_msg_id}`);
  }
  if (body.trigger_id) keys.push(`trigger:${body.trigger_id}`);
  return keys;
}

/** Global Bolt middleware that drops repeats, acknowledging them so Slack stops retrying. */
export function createDedupeMiddleware(seen: SeenKeys, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as LooseBody;
    const keys = idempotencyKeys(body);
    if (keys.length === 0 || seen.firstTime(keys)) {
      await args.next();
      return;
    }
    logger.info('slack: dropped a repeated delivery', { keys, retryNum: args.context.retryNum });
    if ('ack' in args && typeof args.ack === 'function') await args.ack();
  };
}
