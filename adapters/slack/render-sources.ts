import type { types } from '@slack/bolt';
import { type OutletArticles, type OutletSummary, outletsPage, type SourcesInfo } from '../../src/index.ts';
import { cutAtSentence, escapeMrkdwn, fitEscaped, mrkdwnLink } from './mrkdwn.ts';
import {
  type Block,
  mrkdwn,
  NAME_MAX,
  SECTION_TEXT_MAX,
  type SlackMessage,
  section,
  TITLE_MAX,
} from './render.ts';

/**
 * `@bot sources` in Block Kit: one page of outlets (article count and date range, the newest
 * reports first) under the totals, with Previous/Next (`sources_previous`/`sources_next`, value
 * the page); `@bot sources <outlet>` lists one outlet's newest articles with a button back
 * (`sources_all`). The core orders and pages; limits: https://docs.slack.dev/reference/block-kit/blocks
 */

export const SOURCES_ACTIONS = /^sources_(previous|next|all)$/;
const LINE_MAX = 1000;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const dates = (outlet: OutletSummary) =>
  outlet.firstDate === outlet.lastDate ? outlet.firstDate : `${outlet.firstDate} – ${outlet.lastDate}`;
const outletName = (name: string) => fitEscaped(name.replace(/\s+/g, ' '), NAME_MAX);
const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });
const button = (actionId: string, text: string, page: number): types.Button => ({
  type: 'button',
  action_id: actionId,
  text: plain(text),
  value: String(page),
});

/** Lines packed into as few sections as the section limit allows. */
function packed(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > SECTION_TEXT_MAX) {
      blocks.push(section(current));
      current = line;
    } else current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push(section(current));
  return blocks;
}

/** Page `page` (0-based) of the outlets, with the corpus totals. */
export function sourcesMessage(info: SourcesInfo, requestedPage: number): SlackMessage {
  const { outlets, page, pages } = outletsPage(info, requestedPage);
  const totals = `*My sources:* ${plural(info.articles.length, 'article')} from ${plural(info.outlets.length, 'outlet')}, ${info.passages} passages, ${plural(info.pins, 'pinned fact')} (loaded ${info.loadedAt.slice(0, 16).replace('T', ' ')} UTC)`;
  if (info.outlets.length === 0) {
    const text = `${totals}\nNo articles are loaded.`;
    return { text, blocks: [section(text)] };
  }
  const lines = outlets.map(
    (outlet) =>
      `• *${outletName(outlet.publisher)}* — ${plural(outlet.articles, 'article')}, ${dates(outlet)}`,
  );
  const footer = `Page ${page + 1} of ${pages} · outlets with the newest reports first · ${escapeMrkdwn("`sources <outlet>` lists an outlet's articles")}`;
  const nav: types.Button[] = [];
  if (page > 0) nav.push(button('sources_previous', 'Previous', page - 1));
  if (page < pages - 1) nav.push(button('sources_next', 'Next', page + 1));
  const blocks: Block[] = [
    section(totals),
    ...packed(lines),
    { type: 'context', elements: [mrkdwn(footer)] },
  ];
  if (nav.length > 0) blocks.push({ type: 'actions', elements: nav });
  return { text: `${totals} · page ${page + 1} of ${pages}`, blocks };
}

/** One outlet's newest articles, or the core's reason none was found, with a way back to the list. */
export function outletMessage(found: OutletArticles): SlackMessage {
  const back: Block = { type: 'actions', elements: [button('sources_all', 'All outlets', 0)] };
  if (!found.ok) {
    const text = fitEscaped(found.message, SECTION_TEXT_MAX);
    return { text, blocks: [section(text), back] };
  }
  const { outlet, articles, more } = found;
  const heading = `*${outletName(outlet.publisher)}:* ${plural(outlet.articles, 'article')}, ${dates(outlet)}; the newest first`;
  const lines = articles.map((article) => {
    const title = cutAtSentence(article.title, TITLE_MAX);
    const linked = mrkdwnLink(article.url, title);
    // A link whose escaped URL is huge would break the section limit: show the title alone.
    return `• ${linked.length <= LINE_MAX ? linked : fitEscaped(title, TITLE_MAX)} — ${article.date}`;
  });
  const blocks: Block[] = [section(heading), ...packed(lines)];
  if (more > 0)
    blocks.push({ type: 'context', elements: [mrkdwn(`${plural(more, 'older article')} not shown`)] });
  blocks.push(back);
  return { text: heading, blocks };
}
