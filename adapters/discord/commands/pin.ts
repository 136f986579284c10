import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { MAX_PIN_LENGTH } from '../../../src/index.ts';
import { renderPinOutcome } from '../render-lists.ts';
import type { SlashCommand } from './types.ts';

// Discord's own cap on a string option; the core decides what a valid fact is.
const SOURCE_MAX_LENGTH = 500;

export const pin: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('pin')
    .setDescription('Moderators: pin a fact that answers will prefer.')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .addStringOption((option) =>
      option
        .setName('fact')
        .setDescription('The fact, as it should be quoted')
        .setRequired(true)
        .setMaxLength(MAX_PIN_LENGTH),
    )
    .addStringOption((option) =>
      option
        .setName('source')
        .setDescription('A link or a passage id backing the fact')
        .setRequired(false)
        .setMaxLength(SOURCE_MAX_LENGTH),
    ),

  async execute(interaction, { bot, context }) {
    const outcome = await bot.pin(
      { text: interaction.options.getString('fact', true), source: interaction.options.getString('source') },
      context,
    );
    const message = renderPinOutcome(outcome);
    await interaction.reply({ ...message, flags: MessageFlags.Ephemeral | (message.flags ?? 0) });
  },
};
