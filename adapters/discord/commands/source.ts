import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { escapeMarkdown } from '../fit-text.ts';
import { renderNotice } from '../render-lists.ts';
import type { SlashCommand } from './types.ts';

// Registered only when ALLOW_CHAT_SOURCES=true: a moderator proposes a page, the operator decides.
export const source: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('source')
    .setDescription('Moderators: propose a news article for the bot to quote.')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription("Queue an article's link for the bot's operator to approve")
        .addStringOption((option) =>
          option.setName('url').setDescription('Link to the article').setRequired(true).setMaxLength(2000),
        ),
    ),

  async execute(interaction, { bot, context }) {
    const outcome = bot.requestSource(interaction.options.getString('url', true), context);
    await interaction.reply({
      ...renderNotice(escapeMarkdown(outcome.message)),
      flags: MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds,
    });
  },
};
