import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH, rateLimited } from '../../../src/index.ts';
import { renderAnswer } from '../render.ts';
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
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((option) =>
      option.setName('private').setDescription('Only you see the answer').setRequired(false),
    ),

  async execute(interaction, { bot, askLimiter, context }) {
    const wait = await askLimiter.hit(`discord:${interaction.user.id}`);
    if (wait > 0) {
      await interaction.reply({
        ...renderNotice(rateLimited(wait)),
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
