/**
 * What PostgreSQL failures mean for the bot. A database that cannot be reached at start stops the
 * start with an error naming DATABASE_URL (never its password); one lost while running is
 * "unavailable": pin commands say so and the connection is retried.
 *
 * @module
 */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
}

// Node socket errors, and the SQLSTATE classes for a connection that failed or a server going away:
// 08 connection exception, 57P01-57P03 admin/crash shutdown and "cannot connect now", 53300 too many connections.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const LOST_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection ended|not queryable/i;

/** True when the error says the database cannot be reached now, rather than that a query is wrong. */
export function isUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (
    typeof code === 'string' &&
    (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08'))
  )
    return true;
  if (error instanceof AggregateError) return error.errors.some(isUnavailable);
  return typeof message === 'string' && LOST_MESSAGES.test(message);
}

/** `host:port/database` of a connection string, without user or password, for messages and logs. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(default database)';
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}/${database}`;
  } catch {
    return '(unparsable URL)';
  }
}

/** The start-up error for a database that refused us or is not there. */
export function cannotConnect(url: string, error: unknown): DatabaseError {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const detail = [code, message].filter(Boolean).join(' ') || String(error);
  const hint = isUnavailable(error)
    ? 'Is PostgreSQL running and reachable from here?'
    : 'Check the user, password and database name in DATABASE_URL.';
  return new DatabaseError(
    `DATABASE_URL: cannot connect to PostgreSQL at ${describeUrl(url)} (${detail.replaceAll(url, '[DATABASE_URL]')}). ${hint}`,
    { cause: error },
  );
}
