/**
 * Waits for a condition instead of a fixed time, so a test holds on a busy machine: polls
 * `condition` until it returns something other than `false`/`undefined`/`null` and resolves with
 * that value, or rejects after `timeoutMs` with `describe()` (what was seen) in the message.
 */
export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** What to say on timeout; called then, so it can show the state seen last. */
  describe?: () => string;
}

export async function waitFor<T>(
  condition: () => T | false | undefined | null | Promise<T | false | undefined | null>,
  options: WaitOptions = {},
): Promise<T> {
  const { timeoutMs = 8000, intervalMs = 20 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== false && value !== undefined && value !== null) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `condition not met within ${timeoutMs} ms${options.describe ? `: ${options.describe()}` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Lets in-flight work run a little, only for asserting that something did NOT happen. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
