import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags } from 'discord.js';
import type { PinnedFact, PinOutcome, SourcesInfo } from '../../src/index.ts';
import { escapeMarkdown, fitText } from './fit-text.ts';
import { CONTENT_LIMIT, type DiscordMessage, fitEmbed, linkTo, NO_MENTIONS } from './render.ts';

/**
 * The other replies: `/pins` pages, `/sources`, pin confirmations and short notices. Notices
 * are plain text, so they carry SuppressEmbeds: a URL in them never unfurls into a preview.
 */

export const PINS_PER_PAGE = 5;
const PIN_TEXT_MAX = 800;
const COLOR_LIST = 0x5b6770;

/** A short text reply (refusals, confirmations, apologies). */
export function renderNotice(text: string): DiscordMessage {
  return {
    content: fitText(text, CONTENT_LIMIT).text,
    embeds: [],
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.SuppressEmbeds,
  };
}

const day = (iso: string) => iso.slice(0, 10);

function pinDetails(pin: PinnedFact, textMax: number): string {
  const lines = [`> ${fitText(escapeMarkdown(pin.text.replace(/\s+/g, ' ')), textMax).text}`];
  if (pin.source && pin.source !== pin.message?.link)
    lines.push(`Source: ${linkTo(pin.source, pin.source) || escapeMarkdown(pin.source)}`);
  if (pin.sourceChange) lines.push(`⚠️ ${escapeMarkdown(pin.sourceChange.message)}`);
  if (pin.message) {
    lines.push(
      `From a message by ${escapeMarkdown(pin.message.author.displayName)}: ${linkTo('jump', pin.message.link)}`,
    );
  }
  return lines.join('\n');
}

/** What a moderator sees after /pin, /unpin or "Pin as fact": the outcome and the pin's id. */
export function renderPinOutcome(outcome: PinOutcome): DiscordMessage {
  if (!outcome.ok) return renderNotice(escapeMarkdown(outcome.message));
  const { pin } = outcome;
  const headline = outcome.message.includes(pin.id) ? outcome.message : `${pin.id}: ${outcome.message}`;
  return renderNotice(`${escapeMarkdown(headline)}\n${pinDetails(pin, 1500)}`);
}

export const pinsPageId = (page: number) => `pins:${page}`;

/** One page of this server's pins, with Previous/Next buttons when there is more than one page. */
export function renderPinsPage(pins: PinnedFact[], requestedPage: number) {
  const pages = Math.max(1, Math.ceil(pins.length / PINS_PER_PAGE));
  const page = Math.min(Math.max(0, requestedPage), pages - 1);
  const shown = pins.slice(page * PINS_PER_PAGE, (page + 1) * PINS_PER_PAGE);
  const embed = fitEmbed({
    title: 'Pinned facts in this server',
    description:
      pins.length === 0
        ? 'No pinned facts yet. Moderators can add one with /pin or the "Pin as fact" message command.'
        : 'Moderators pinned these facts; answers prefer them over the articles.',
    fields: shown.map((pin) => ({
      name: `${pin.id} · pinned by ${escapeMarkdown(pin.pinnedBy.displayName)} on ${day(pin.pinnedAt)}`,
      value: pinDetails(pin, PIN_TEXT_MAX),
    })),
    footer: pins.length === 0 ? '' : `Page ${page + 1} of ${pages} · ${pins.length} pinned facts`,
    color: COLOR_LIST,
    omittedNote: (n) => `${n} more on this page not shown`,
  });
  const components =
    pages > 1
      ? [
          new ActionRowBuilder<ButtonBuilder>().addComponents(
            new ButtonBuilder()
              .setCustomId(pinsPageId(page - 1))
              .setLabel('Previous')
              .setStyle(ButtonStyle.Secondary)
              .setDisabled(page === 0),
            new ButtonBuilder()
              .setCustomId(pinsPageId(page + 1))
              .setLabel('Next')
              .setStyle(ButtonStyle.Secondary)
              .setDisabled(page === pages - 1),
          ),
        ]
      : [];
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

/** `/sources`: the articles, how many passages and pins, and when they were loaded. */
export function renderSources(info: SourcesInfo): DiscordMessage {
  const embed = fitEmbed({
    title: 'What I know',
    description: [
      `${info.articles.length} articles (${info.passages} passages) and ${info.pins} pinned facts in this server.`,
      `Loaded ${info.loadedAt.replace('T', ' ').slice(0, 16)} UTC.`,
    ].join('\n'),
    fields: info.articles.map((article) => ({
      name: escapeMarkdown(article.title),
      value: [
        escapeMarkdown(`${article.publisher} · ${article.date}`),
        linkTo('Read the article', article.url),
      ]
        .filter(Boolean)
        .join('\n'),
    })),
    footer: 'Answers quote these articles word for word.',
    color: COLOR_LIST,
    omittedNote: (n) => `${n} more articles not shown`,
  });
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}
