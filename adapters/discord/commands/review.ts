import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import type { DiscordMessage } from '../render.ts';
import { renderNotice } from '../render-lists.ts';
import { correctionModal, FACT_INPUT, renderReview, SOURCE_INPUT } from '../render-loop.ts';
import type { CommandDeps, SlashCommand } from './types.ts';

/**
 * `/review` (moderators): open flags, oldest first, privately. Each item has "Pin a correction"
 * (`review:pin:R1`, opening the pin form with the question and quote as context; submitting it,
 * `review:correct:R1`, pins and closes the item) and "Dismiss" (`review:dismiss:R1`, which
 * redraws the page). Refusals (not a moderator, already resolved, not in this server) are
 * private replies; the permission is checked by the core on every press.
 */
const privately = (message: DiscordMessage) => ({
  ...message,
  flags: MessageFlags.Ephemeral | (message.flags ?? 0),
});

function page({ bot, context }: CommandDeps, requested: number, notice = ''): DiscordMessage {
  const outcome = bot.loop.reviewQueue(context, { page: requested });
  return outcome.ok ? renderReview(outcome.queue, notice) : renderNotice(outcome.message);
}

/** The page a button was pressed on, read from the footer ("Page 2 of 3"). */
const pageShown = (footer: string | undefined) =>
  Math.max(0, Number(/Page (\d+)/.exec(footer ?? '')?.[1] ?? 1) - 1);

export const review: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('review')
    .setDescription('Moderators: answers users flagged as wrong or outdated, oldest first.')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages),

  async execute(interaction, deps) {
    await interaction.reply(privately(page(deps, 0)));
  },

  async button(interaction, arg, deps) {
    const [action = '', target = ''] = arg.split(':');
    const { bot, context } = deps;
    if (action === 'page') {
      const outcome = bot.loop.reviewQueue(context, { page: Number.parseInt(target, 10) || 0 });
      if (!outcome.ok) await interaction.reply(privately(renderNotice(outcome.message)));
      else await interaction.update(renderReview(outcome.queue));
      return;
    }
    if (action === 'pin') {
      const found = bot.loop.reviewItem(target, context);
      if (!found.ok) await interaction.reply(privately(renderNotice(found.message)));
      else await interaction.showModal(correctionModal(found.item));
      return;
    }
    const outcome = await bot.loop.resolveReview(target, { action: 'dismiss' }, context);
    if (!outcome.ok) {
      await interaction.reply(privately(renderNotice(outcome.message)));
      return;
    }
    await interaction.update(
      page(deps, pageShown(interaction.message.embeds[0]?.footer?.text), outcome.message),
    );
  },

  async modal(interaction, arg, { bot, context }) {
    const [action = '', target = ''] = arg.split(':');
    if (action !== 'correct') {
      await interaction.reply(privately(renderNotice('That form is not one of mine.')));
      return;
    }
    const outcome = await bot.loop.resolveReview(
      target,
      {
        action: 'pin',
        text: interaction.fields.getTextInputValue(FACT_INPUT),
        source: interaction.fields.getTextInputValue(SOURCE_INPUT).trim() || null,
      },
      context,
    );
    await interaction.reply(privately(renderNotice(outcome.message)));
  },
};
