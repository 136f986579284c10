import type pg from 'pg';
import type { Logger } from '../log.ts';
import { cannotConnect, DatabaseError, describeUrl } from './pg-errors.ts';
import { type Listener, openListener } from './pg-listener.ts';
import { migrate } from './pg-migrate.ts';

/**
 * The PostgreSQL database every bot process shares when DATABASE_URL is set: a connection pool for
 * queries, one listening connection for notices, and the schema migrated at start. Opening checks
 * the connection first, so a database that is down or refuses us stops the start with an error
 * naming DATABASE_URL. Later, a lost connection is reconnected by the pool on the next query and by
 * the listener with backoff.
 *
 * @module
 */
export interface Postgres {
  pool: pg.Pool;
  listener: Listener;
  /** `host:port/database`, without credentials, for logs. */
  where: string;
  close(): Promise<void>;
}

export interface PostgresOptions {
  logger: Logger;
  /** Shown in pg_stat_activity, so an operator can tell the bot's connections apart. */
  applicationName?: string;
  /** Pool size per process (default 10). */
  max?: number;
}

// Short enough that a pin command answers "unavailable" quickly while the database is away.
const CONNECT_TIMEOUT_MS = 3000;
const QUERY_TIMEOUT_MS = 10_000;

export async function openPostgres(url: string, options: PostgresOptions): Promise<Postgres> {
  const where = describeUrl(url);
  const config = {
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    application_name: options.applicationName ?? 'india-eu-defence-bot',
  };
  // Loaded here, not at the top: a process without DATABASE_URL (a one-shot `npm run ask`) never pays for pg.
  const { Pool } = (await import('pg')).default;
  const pool = new Pool({ ...config, max: options.max ?? 10 });
  // An idle pooled connection dropped by the server must not crash the process; the pool
  // replaces it on the next query.
  pool.on('error', (error) =>
    options.logger.warn('database: an idle connection failed', { database: where, error }),
  );
  let listener: Listener | undefined;
  try {
    const client = await pool.connect().catch((error: unknown) => {
      throw cannotConnect(url, error);
    });
    try {
      const { from, to } = await migrate(client);
      if (to !== from) options.logger.info('database: schema migrated', { database: where, from, to });
    } finally {
      client.release();
    }
    listener = await openListener(config, options.logger).catch((error: unknown) => {
      throw cannotConnect(url, error);
    });
  } catch (error) {
    await pool.end().catch(() => {});
    if (error instanceof DatabaseError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatabaseError(`DATABASE_URL: could not prepare the database at ${where} (${detail})`, {
      cause: error,
    });
  }
  const opened = listener;
  let closing: Promise<void> | undefined;
  return {
    pool,
    listener: opened,
    where,
    close() {
      closing ??= opened.close().then(() => pool.end());
      return closing;
    },
  };
}
