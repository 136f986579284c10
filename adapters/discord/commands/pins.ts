import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { renderPinsPage } from '../render-lists.ts';
import type { SlashCommand } from './types.ts';

// The list answers only the person who asked, so browsing pins never floods the channel.
export const pins: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('pins')
    .setDescription("This server's pinned facts.")
    .setContexts(InteractionContextType.Guild),

  async execute(interaction, { bot, context }) {
    await interaction.reply({
      ...renderPinsPage(await bot.pins(context.community), 0),
      flags: MessageFlags.Ephemeral,
    });
  },

  async button(interaction, arg, { bot, context }) {
    const page = Number.parseInt(arg, 10);
    await interaction.update(
      renderPinsPage(await bot.pins(context.community), Number.isNaN(page) ? 0 : page),
    );
  },
};
