import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import { actorOfUser, messageLink } from '../context.ts';
import { renderPinOutcome } from '../render-lists.ts';
import type { MessageCommand } from './types.ts';

// The interaction carries the target message's content, so no Message Content intent is needed.
export const pinAsFact: MessageCommand = {
  kind: 'message',
  data: new ContextMenuCommandBuilder()
    .setName('Pin as fact')
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages),

  async execute(interaction, { bot, context }) {
    const target = interaction.targetMessage;
    const link = messageLink(context.community, target.channelId, target.id);
    const outcome = await bot.pin(
      { text: target.content, source: link, message: { link, author: actorOfUser(target.author) } },
      context,
    );
    const message = renderPinOutcome(outcome);
    await interaction.reply({ ...message, flags: MessageFlags.Ephemeral | (message.flags ?? 0) });
  },
};
