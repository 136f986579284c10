import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { DEDUPE_TTL_MS, type Logger, type SharedState } from '../../src/index.ts';

/**
 * Slack redelivers an event it thinks we missed (`X-Slack-Retry-Num`, or `retry_attempt` in Socket
 * Mode) and Bolt does not deduplicate, so without this a slow answer could be posted twice. Each
 * request's idempotency keys are claimed in the shared state for longer than Slack's retry window
 * (about 5 minutes), which also closes the 5-minute replay window the signature check leaves open.
 * In one process the claims live in memory (src/state/seen-keys.ts); with DATABASE_URL they live in
 * PostgreSQL, so replicas behind a load balancer answer a retried event once between them.
 */
export { createSeenKeys, DEDUPE_TTL_MS, type SeenKeys } from '../../src/index.ts';

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

/**
 * Global Bolt middleware that drops repeats, acknowledging them so Slack stops retrying. When the
 * shared state cannot be reached the request is handled (and logged): answering twice is better
 * than never answering.
 */
export function createDedupeMiddleware(state: SharedState, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as LooseBody;
    const keys = idempotencyKeys(body);
    let first = true;
    if (keys.length > 0) {
      try {
        first = await state.claim(keys, DEDUPE_TTL_MS);
      } catch (error) {
        logger.warn('slack: could not record the event for deduplication; handling it anyway', {
          error,
          keys,
        });
      }
    }
    if (first) {
      await args.next();
      return;
    }
    logger.info('slack: dropped a repeated delivery', { keys, retryNum: args.context.retryNum });
    if ('ack' in args && typeof args.ack === 'function') await args.ack();
  };
}
