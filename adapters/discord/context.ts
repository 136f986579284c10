import { type Interaction, PermissionFlagsBits, type User } from 'discord.js';
import type { Actor, AskContext } from '../../src/index.ts';

/**
 * Who is acting and whether they moderate. A moderator has Manage Messages (in this channel:
 * Discord sends the member's resolved permissions with each interaction) or one of the roles
 * in DISCORD_MODERATOR_ROLE_IDS. Checked on every call even though the moderator commands
 * carry default_member_permissions, because server admins can override those defaults.
 */

export function actorOfUser(user: User, nickname?: string | null): Actor {
  return { platform: 'discord', userId: user.id, displayName: nickname || user.globalName || user.username };
}

function nicknameOf(interaction: Interaction): string | null {
  const member = interaction.member;
  if (!member) return null;
  // A cached GuildMember has `nickname`; the raw API member (guild not cached) has `nick`.
  return 'nickname' in member ? member.nickname : (member.nick ?? null);
}

function roleIdsOf(interaction: Interaction): string[] {
  const member = interaction.member;
  if (!member) return [];
  return Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
}

export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages)) return true;
  return roleIdsOf(interaction).some((id) => moderatorRoleIds.includes(id));
}

/** The core's view of an interaction: community = the server (guild) id. */
export function askContextOf(
  interaction: Interaction & { guildId: string },
  moderatorRoleIds: readonly string[],
): AskContext {
  return {
    community: interaction.guildId,
    user: actorOfUser(interaction.user, nicknameOf(interaction)),
    isModerator: isModerator(interaction, moderatorRoleIds),
  };
}

/** The permalink Discord shows under "Copy Message Link". */
export const messageLink = (guildId: string, channelId: string, messageId: string) =>
  `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
