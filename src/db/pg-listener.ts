import type pg from 'pg';
import type { Logger } from '../log.ts';
import { describeUrl } from './pg-errors.ts';

/**
 * One dedicated connection that LISTENs for notices (a pooled connection cannot: it is handed to
 * other queries between uses). When the connection is lost it reconnects with exponential backoff
 * (250 ms doubling to 10 s); after every (re)connect each subscriber is called once, because
 * notices sent while nobody listened are gone and the subscriber must catch up by reading.
 *
 * @module
 */
export interface Listener {
  /** Calls `onNotice` on every notice on `channel`, and once after each (re)connect. */
  subscribe(channel: string, onNotice: () => void): () => void;
  /** True while the connection is up and listening. */
  readonly connected: boolean;
  close(): Promise<void>;
}

const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 10_000;

export async function openListener(
  config: pg.ClientConfig & { connectionString: string },
  logger: Logger,
): Promise<Listener> {
  const subscribers = new Map<string, Set<() => void>>();
  let client: pg.Client | undefined;
  let closed = false;
  let delay = FIRST_DELAY_MS;
  let timer: NodeJS.Timeout | undefined;
  const where = describeUrl(config.connectionString);
  // Loaded here, not at the top: a process without DATABASE_URL (a one-shot `npm run ask`) never pays for pg.
  const { Client } = (await import('pg')).default;

  const quote = (channel: string) => `"${channel.replaceAll('"', '""')}"`;
  const notifyAll = () => {
    for (const set of subscribers.values()) for (const onNotice of set) onNotice();
  };

  function lost(from: pg.Client, error?: unknown): void {
    if (client !== from) return;
    client = undefined;
    from.removeAllListeners('end');
    from.end().catch(() => {});
    if (closed) return;
    logger.warn('database: lost the notification connection; reconnecting', { database: where, error });
    schedule();
  }

  function schedule(): void {
    if (timer || closed) return;
    const wait = delay;
    delay = Math.min(delay * 2, MAX_DELAY_MS);
    timer = setTimeout(() => {
      timer = undefined;
      connect().then(
        () => {
          logger.info('database: notification connection restored', { database: where });
          notifyAll();
        },
        (error: unknown) => {
          logger.debug('database: reconnect failed', { database: where, error, retryInMs: delay });
          schedule();
        },
      );
    }, wait);
    timer.unref();
  }

  async function connect(): Promise<void> {
    const next = new Client(config);
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      for (const onNotice of subscribers.get(message.channel) ?? []) onNotice();
    });
    try {
      await next.connect();
      for (const channel of subscribers.keys()) await next.query(`LISTEN ${quote(channel)}`);
    } catch (error) {
      next.removeAllListeners();
      next.on('error', () => {});
      await next.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    delay = FIRST_DELAY_MS;
  }

  await connect();

  return {
    subscribe(channel, onNotice) {
      const set = subscribers.get(channel) ?? new Set();
      const first = set.size === 0;
      set.add(onNotice);
      subscribers.set(channel, set);
      const current = client;
      // A notice sent before LISTEN took effect is missed: catch up once it has.
      if (first && current) {
        current.query(`LISTEN ${quote(channel)}`).then(onNotice, (error: unknown) => lost(current, error));
      } else onNotice();
      return () => {
        set.delete(onNotice);
      };
    },
    get connected() {
      return client !== undefined;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = undefined;
      if (current) {
        current.removeAllListeners('end');
        await current.end().catch(() => {});
      }
    },
  };
}
