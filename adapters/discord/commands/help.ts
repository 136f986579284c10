import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { escapeMarkdown } from '../fit-text.ts';
import { renderNotice } from '../render-lists.ts';
import type { SlashCommand } from './types.ts';

const COMMANDS = [
  '`/ask question` answers with word-for-word quotes and numbered sources (`private:true` shows only you).',
  '`/sources` lists the articles I know. `/pins` lists facts pinned in this server.',
  'Under an answer, **Helpful** or **Wrong or outdated quote** tells the moderators how it did.',
  'Moderators: `/pin fact`, `/unpin id`, the message command **Pin as fact**, `/gaps` (questions I could not answer) and `/review` (quotes flagged as wrong).',
].join('\n');

export const help: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('How to use this bot.')
    .setContexts(InteractionContextType.Guild),

  async execute(interaction, { bot }) {
    const message = renderNotice(`${escapeMarkdown(bot.helpText())}\n\n${COMMANDS}`);
    await interaction.reply({ ...message, flags: MessageFlags.Ephemeral | (message.flags ?? 0) });
  },
};
