import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { outletArticles } from '../../../src/index.ts';
import { fitText } from '../fit-text.ts';
import { AUTOCOMPLETE_CHOICES_LIMIT, CHOICE_NAME_LIMIT } from '../render.ts';
import { renderOutlet, renderSourcesPage } from '../render-sources.ts';
import type { SlashCommand } from './types.ts';

/** Discord caps a string choice's value at 100 characters; the core finds an outlet by part of its name. */
const CHOICE_VALUE_LIMIT = 100;
const articles = (n: number) => `${n} article${n === 1 ? '' : 's'}`;

// Private, like /pins: browsing the list never floods the channel.
export const sources: SlashCommand = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('What I know: the outlets and their articles, pinned facts, and when they were loaded.')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option
        .setName('outlet')
        .setDescription("List one outlet's newest articles")
        .setRequired(false)
        .setAutocomplete(true),
    ),

  async execute(interaction, { bot, context }) {
    const info = bot.sources(context.community);
    const outlet = interaction.options.getString('outlet');
    const message = outlet === null ? renderSourcesPage(info, 0) : renderOutlet(outletArticles(info, outlet));
    await interaction.reply({ ...message, flags: MessageFlags.Ephemeral });
  },

  async button(interaction, arg, { bot, context }) {
    const page = Number.parseInt(arg, 10);
    await interaction.update(
      renderSourcesPage(bot.sources(context.community), Number.isNaN(page) ? 0 : page),
    );
  },

  async autocomplete(interaction, { bot, context }) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const choices = bot
      .sources(context.community)
      .outlets.filter((o) => !typed || o.publisher.toLowerCase().includes(typed))
      .slice(0, AUTOCOMPLETE_CHOICES_LIMIT)
      .map((o) => ({
        name: fitText(`${o.publisher} · ${articles(o.articles)}, latest ${o.lastDate}`, CHOICE_NAME_LIMIT)
          .text,
        value: o.publisher.slice(0, CHOICE_VALUE_LIMIT),
      }));
    await interaction.respond(choices);
  },
};
