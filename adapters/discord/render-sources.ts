import { ButtonStyle, ComponentType } from 'discord.js';
import { type OutletArticles, type OutletSummary, outletsPage, type SourcesInfo } from '../../src/index.ts';
import { escapeMarkdown, fitText } from './fit-text.ts';
import { type DiscordMessage, fitEmbed, linkTo, NO_MENTIONS } from './render.ts';
import type { ButtonRow } from './render-feedback.ts';

/**
 * `/sources`: one page of outlets (article count and date range, the newest reports first), the
 * totals and when they were loaded, with Previous/Next (`sources:<page>`); `/sources outlet:` lists
 * one outlet's newest articles with a button back to the list. The core orders and pages.
 */

const COLOR_LIST = 0x5b6770;
const OUTLET_NAME_MAX = 200;

export const sourcesPageId = (page: number) => `sources:${page}`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const dates = (outlet: OutletSummary) =>
  outlet.firstDate === outlet.lastDate ? outlet.firstDate : `${outlet.firstDate} – ${outlet.lastDate}`;
const outletName = (name: string) => fitText(escapeMarkdown(name.replace(/\s+/g, ' ')), OUTLET_NAME_MAX).text;

const button = (customId: string, label: string, disabled = false) => ({
  type: ComponentType.Button as const,
  custom_id: customId,
  label,
  style: ButtonStyle.Secondary as const,
  disabled,
});

/** Page `page` (0-based) of the outlets, with the corpus totals. */
export function renderSourcesPage(info: SourcesInfo, requestedPage: number): DiscordMessage {
  const { outlets, page, pages } = outletsPage(info, requestedPage);
  const totals = `${plural(info.articles.length, 'article')} from ${plural(info.outlets.length, 'outlet')} (${info.passages} passages) and ${plural(info.pins, 'pinned fact')} in this server.`;
  const embed = fitEmbed({
    title: 'What I know',
    description: [
      totals,
      `Loaded ${info.loadedAt.replace('T', ' ').slice(0, 16)} UTC.`,
      info.outlets.length > 0 ? 'Outlets with the newest reports first.' : 'No articles are loaded.',
    ].join('\n'),
    fields: outlets.map((outlet) => ({
      name: outletName(outlet.publisher),
      value: `${plural(outlet.articles, 'article')} · ${dates(outlet)}`,
    })),
    footer:
      info.outlets.length === 0
        ? ''
        : `Page ${page + 1} of ${pages} · /sources outlet: lists an outlet's articles · Answers quote these articles word for word.`,
    color: COLOR_LIST,
    omittedNote: (n) => `${n} more outlets on this page not shown`,
  });
  const components: ButtonRow[] =
    pages > 1
      ? [
          {
            type: ComponentType.ActionRow,
            components: [
              button(sourcesPageId(page - 1), 'Previous', page === 0),
              button(sourcesPageId(page + 1), 'Next', page === pages - 1),
            ],
          },
        ]
      : [];
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

/** One outlet's newest articles, or the core's reason none was found, with a way back to the list. */
export function renderOutlet(found: OutletArticles): DiscordMessage {
  const back: ButtonRow[] = [
    { type: ComponentType.ActionRow, components: [button(sourcesPageId(0), 'All outlets')] },
  ];
  if (!found.ok) {
    const embed = fitEmbed({
      title: 'Outlet not found',
      description: escapeMarkdown(found.message),
      fields: [],
      footer: '',
      color: COLOR_LIST,
      omittedNote: () => '',
    });
    return { embeds: [embed], components: back, allowedMentions: NO_MENTIONS };
  }
  const { outlet, articles, more } = found;
  const embed = fitEmbed({
    title: outletName(outlet.publisher),
    description: `${plural(outlet.articles, 'article')}, ${dates(outlet)}; the newest first.`,
    fields: articles.map((article) => ({
      name: escapeMarkdown(article.title),
      value: [escapeMarkdown(article.date), linkTo('Read the article', article.url)]
        .filter(Boolean)
        .join(' · '),
    })),
    footer: more > 0 ? `${plural(more, 'older article')} not shown` : '',
    color: COLOR_LIST,
    omittedNote: (n) => `${plural(n, 'more article')} did not fit`,
  });
  return { embeds: [embed], components: back, allowedMentions: NO_MENTIONS };
}
