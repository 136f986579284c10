import type { webApi } from '@slack/bolt';
import type { Actor, Logger } from '../../src/index.ts';

/**
 * Who someone is and whether they may moderate. Slack has no per-command permissions, so a
 * moderator is a user id listed in SLACK_MODERATOR_IDS or a workspace admin or owner according to
 * `users.info`. Lookups are cached for a few minutes; a failed lookup is not cached and counts as
 * "not a moderator" (fail closed).
 */
export const USER_CACHE_TTL_MS = 5 * 60 * 1000;

export interface SlackUser {
  id: string;
  displayName: string;
  isAdminOrOwner: boolean;
}

export interface UserDirectory {
  /** The user, or null when Slack could not tell (logged). */
  lookup(client: webApi.WebClient, userId: string): Promise<SlackUser | null>;
  isModerator(client: webApi.WebClient, userId: string): Promise<boolean>;
  /** An Actor for the core, with the best name available. */
  actor(client: webApi.WebClient, userId: string, fallbackName?: string): Promise<Actor>;
}

export function createUserDirectory(options: {
  moderatorIds: readonly string[];
  logger: Logger;
  ttlMs?: number;
  now?: () => number;
}): UserDirectory {
  const ttl = options.ttlMs ?? USER_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  const moderators = new Set(options.moderatorIds);
  const cache = new Map<string, { user: SlackUser; at: number }>();

  async function lookup(client: webApi.WebClient, userId: string): Promise<SlackUser | null> {
    const cached = cache.get(userId);
    if (cached && now() - cached.at < ttl) return cached.user;
    try {
      const { user } = await client.users.info({ user: userId });
      if (!user) return null;
      const displayName =
        user.profile?.display_name || user.real_name || user.profile?.real_name || user.name || userId;
      const found = {
        id: userId,
        displayName,
        isAdminOrOwner: Boolean(user.is_admin || user.is_owner || user.is_primary_owner),
      };
      cache.set(userId, { user: found, at: now() });
      return found;
    } catch (error) {
      options.logger.warn('slack: users.info failed', { userId, error });
      return null;
    }
  }

  return {
    lookup,
    async isModerator(client, userId) {
      if (moderators.has(userId)) return true;
      return (await lookup(client, userId))?.isAdminOrOwner ?? false;
    },
    async actor(client, userId, fallbackName) {
      const user = await lookup(client, userId);
      return { platform: 'slack', userId, displayName: user?.displayName ?? fallbackName ?? userId };
    },
  };
}
