import type { webApi } from '@slack/bolt';
import type { Actor, Logger, SharedState } from '../../src/index.ts';

/**
 * Who someone is and whether they may moderate. Slack has no per-command permissions, so a
 * moderator is a user id listed in SLACK_MODERATOR_IDS or a workspace admin or owner according to
 * `users.info`. Lookups are cached for a few minutes in the shared state (in PostgreSQL when
 * replicas share one, so a moderator is looked up once for all of them); a failed lookup is not
 * cached and counts as "not a moderator" (fail closed). A cache that cannot be reached is skipped.
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
  state: SharedState;
  ttlMs?: number;
}): UserDirectory {
  const ttl = options.ttlMs ?? USER_CACHE_TTL_MS;
  const { state, logger } = options;
  const moderators = new Set(options.moderatorIds);
  const cacheKey = (userId: string) => `slack-user:${userId}`;

  async function lookup(client: webApi.WebClient, userId: string): Promise<SlackUser | null> {
    const cached = (await state.cacheGet(cacheKey(userId)).catch((error: unknown) => {
      logger.warn('slack: the user cache cannot be read; asking Slack', { error });
      return undefined;
    })) as SlackUser | undefined;
    if (cached) return cached;
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
      await state.cacheSet(cacheKey(userId), found, ttl).catch((error: unknown) => {
        logger.warn('slack: the user cache cannot be written', { error });
      });
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
