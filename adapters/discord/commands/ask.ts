import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { QUESTION_MAX_LENGTH, renderAnswer } from '../render.ts';
import { renderNotice } from '../render-lists.ts';
import type { SlashCommand } from './types.ts';

export const ask: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about the India–EU Security and Defence Partnership; answers quote their sources.')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('Your question')
        .setRequired(true)
        .setMaxLength(QUESTION_MAX_LENGTH),
    )
    .addBooleanOption((option) =>
      option.setName('private').setDescription('Only you see the answer').setRequired(false),
    ),

  async execute(interaction, { bot, askLimiter, context }) {
    const wait = await askLimiter.hit(`discord:${interaction.user.id}`);
    if (wait > 0) {
      const seconds = `${wait} second${wait === 1 ? '' : 's'}`;
      await interaction.reply({
        ...renderNotice(`You are asking quickly. Please wait ${seconds} and ask again.`),
        flags: MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds,
      });
      return;
    }
    const answer = bot.ask(interaction.options.getString('question', true), context);
    const ephemeral = interaction.options.getBoolean('private') === true;
    await interaction.reply({
      ...renderAnswer(answer),
      flags: ephemeral ? MessageFlags.Ephemeral : undefined,
    });
  },
};
