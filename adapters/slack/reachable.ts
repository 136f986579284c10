import { request } from 'undici';
import { SlackStartError } from './start-error.ts';

/**
 * One request to the Web API before anything starts, so an unreachable SLACK_API_URL (a typo, no
 * network, a firewall) stops the start-up with one line naming it instead of the client retrying
 * for five minutes with "fetch failed" in the log. `api.test` needs no token; any HTTP answer
 * means the API is reachable (the token is checked next, by `auth.test`).
 */
const TIMEOUT_MS = 10_000;

export async function checkReachable(apiUrl: string): Promise<void> {
  const url = new URL('api.test', apiUrl);
  try {
    const response = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body.dump();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
    throw new SlackStartError(
      `Slack: cannot reach the Slack Web API at ${apiUrl} (${code}: ${(error as Error).message}). Check SLACK_API_URL and the network (DNS, proxy, firewall).`,
      { cause: error },
    );
  }
}
