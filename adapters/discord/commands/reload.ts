import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { escapeMarkdown } from '../fit-text.ts';
import { renderNotice } from '../render-lists.ts';
import type { SlashCommand } from './types.ts';

// Moderators: re-read the article files now (the bot also does on its own when files change).
export const reload: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Moderators: read the article files again (new, changed or removed articles).')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages),

  async execute(interaction, { bot, context }) {
    // A large corpus can take longer than the 3 s Discord allows before the first reply.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const outcome = await bot.reload(context);
    const { content, allowedMentions } = renderNotice(escapeMarkdown(outcome.message));
    await interaction.editReply({ content, allowedMentions });
  },
};
