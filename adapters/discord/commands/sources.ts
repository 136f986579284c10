import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { renderSources } from '../render-lists.ts';
import type { SlashCommand } from './types.ts';

export const sources: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('What I know: the articles, pinned facts, and when they were loaded.')
    .setContexts(InteractionContextType.Guild),

  async execute(interaction, { bot, context }) {
    await interaction.reply({
      ...renderSources(bot.sources(context.community)),
      flags: MessageFlags.Ephemeral,
    });
  },
};
