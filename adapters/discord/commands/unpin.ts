import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { fitText } from '../fit-text.ts';
import { AUTOCOMPLETE_CHOICES_LIMIT, CHOICE_NAME_LIMIT } from '../render.ts';
import { renderPinOutcome } from '../render-lists.ts';
import type { SlashCommand } from './types.ts';

export const unpin: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('unpin')
    .setDescription('Moderators: remove a pinned fact (it stays in the history).')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .addStringOption((option) =>
      option.setName('id').setDescription('The pin to remove').setRequired(true).setAutocomplete(true),
    ),

  async execute(interaction, { bot, context }) {
    const outcome = await bot.unpin(interaction.options.getString('id', true).trim(), context);
    const message = renderPinOutcome(outcome);
    await interaction.reply({ ...message, flags: MessageFlags.Ephemeral | (message.flags ?? 0) });
  },

  async autocomplete(interaction, { bot, context }) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const choices = (await bot.pins(context.community))
      .filter((p) => !typed || p.id.toLowerCase().startsWith(typed) || p.text.toLowerCase().includes(typed))
      .slice(0, AUTOCOMPLETE_CHOICES_LIMIT)
      .map((p) => ({
        name: fitText(`${p.id}: ${p.text.replace(/\s+/g, ' ')}`, CHOICE_NAME_LIMIT).text,
        value: p.id,
      }));
    await interaction.respond(choices);
  },
};
