/**
 * State that the replicas of a platform adapter share, kept in the same database as the pins:
 * claims on incoming events (so a retried event is answered once by whichever replica got it
 * first), a short-lived lookup cache (Slack's users.info answers), per-user rate limits, and the
 * workspaces that installed the app. With PostgreSQL every process sees the same state
 * (`shared`); without it, claims, cache and limits live in this process's memory and only
 * installations are kept on disk (in pins.db), which is right for the one-process default.
 *
 * @module
 */
export interface SharedState {
  /** True when other processes see this state too (PostgreSQL). */
  readonly shared: boolean;
  /**
   * Claims idempotency keys for `ttlMs`. True when none of them is held (the caller is first and
   * should act); false when any is, by this process or another.
   */
  claim(keys: string[], ttlMs: number): Promise<boolean>;
  /** A cached value, or undefined when absent or expired. */
  cacheGet(key: string): Promise<unknown>;
  cacheSet(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Records an attempt under a sliding-window limit; 0 when allowed, else the seconds to wait. */
  hit(key: string, limit: number, windowMs: number): Promise<number>;
  installations: InstallationRecords;
  close(): Promise<void>;
}

/** App installations (one per workspace or organisation), stored as the platform library gives them. */
export interface InstallationRecords {
  save(key: string, data: unknown): Promise<void>;
  fetch(key: string): Promise<unknown>;
  /** True when there was one to delete. */
  delete(key: string): Promise<boolean>;
}
