/**
 * Turns a failed start into one clear sentence naming the setting to fix. Slack answers a bad
 * token with a platform error code (`invalid_auth`, `not_authed`, …) rather than an HTTP status.
 */
const AUTH_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

export class SlackStartError extends Error {
  override name = 'SlackStartError';
}

function codeOf(error: unknown): string | undefined {
  return (error as { data?: { error?: string } } | undefined)?.data?.error;
}

export function describeStartError(error: unknown, variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN'): Error {
  const code = codeOf(error);
  if (code && AUTH_ERRORS.has(code)) {
    const kind =
      variable === 'SLACK_BOT_TOKEN' ? 'bot token (xoxb-…)' : 'app-level token (xapp-…, connections:write)';
    return new SlackStartError(
      `Slack: ${variable} was rejected by Slack (${code}). Check the ${kind} in your Slack app settings and restart.`,
      { cause: error },
    );
  }
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new SlackStartError(
    `Slack: could not start (${reason}); ${variable} and SLACK_API_URL are the settings involved.`,
    {
      cause: error,
    },
  );
}
