import type { Bot, Logger, RateLimiter } from '../../src/index.ts';
import type { UserDirectory } from './users.ts';

/** What every listener needs; built once in `startSlack`, handed to each listener factory. */
export interface SlackDeps {
  bot: Bot;
  logger: Logger;
  /** Per-user question limit (RATE_LIMIT_* settings). */
  limiter: RateLimiter;
  users: UserDirectory;
}

/** The community a Slack request belongs to: the workspace (team) id, falling back to the enterprise. */
export function communityOf(body: {
  team_id?: string;
  team?: { id?: string } | null;
  enterprise_id?: string;
  enterprise?: { id?: string } | null;
  user?: { team_id?: string } | string;
}): string {
  const userTeam = typeof body.user === 'object' ? body.user.team_id : undefined;
  return (
    body.team_id ?? body.team?.id ?? userTeam ?? body.enterprise_id ?? body.enterprise?.id ?? 'slack-unknown'
  );
}

/** Rate-limit key: per user per workspace. */
export const limitKey = (community: string, userId: string): string => `slack:${community}:${userId}`;
