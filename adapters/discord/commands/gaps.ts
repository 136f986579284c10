import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { renderNotice } from '../render-lists.ts';
import { renderGaps } from '../render-loop.ts';
import type { CommandDeps, SlashCommand } from './types.ts';

/**
 * `/gaps [days]` (moderators): the top groups of questions my sources did not answer, privately,
 * with Previous/Next and a 7/30-day switch (`gaps:<days>:<page>`, checked again on every press).
 */
const report = ({ bot, context }: CommandDeps, days: number, page: number) => {
  const outcome = bot.loop.gaps(context, { days, page });
  return outcome.ok ? renderGaps(outcome.report) : renderNotice(outcome.message);
};

export const gaps: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('gaps')
    .setDescription('Moderators: questions my sources could not answer, grouped, most asked first.')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .addIntegerOption((option) =>
      option
        .setName('days')
        .setDescription('How far back to look (default 7 days)')
        .setRequired(false)
        .addChoices({ name: 'last 7 days', value: 7 }, { name: 'last 30 days', value: 30 }),
    ),

  async execute(interaction, deps) {
    const message = report(deps, interaction.options.getInteger('days') ?? 7, 0);
    await interaction.reply({ ...message, flags: MessageFlags.Ephemeral | (message.flags ?? 0) });
  },

  async button(interaction, arg, deps) {
    if (!deps.context.isModerator) {
      const message = report(deps, 7, 0);
      await interaction.reply({ ...message, flags: MessageFlags.Ephemeral | (message.flags ?? 0) });
      return;
    }
    const [days = '7', page = '0'] = arg.split(':');
    await interaction.update(report(deps, Number.parseInt(days, 10) || 7, Number.parseInt(page, 10) || 0));
  },
};
