import {
  type OutletArticles,
  type OutletSummary,
  outletArticles,
  outletsPage,
  type SourcesInfo,
} from '../../src/index.ts';

/**
 * The console's `sources`: a page of outlets (article count, date range, the newest reports
 * first) under the totals, `sources N` another page, `sources <outlet>` one outlet's newest
 * articles. The core orders and pages, as on Discord and Slack.
 */

const NAME_COLUMN_MAX = 40;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const dates = (outlet: OutletSummary) =>
  outlet.firstDate === outlet.lastDate ? outlet.firstDate : `${outlet.firstDate} – ${outlet.lastDate}`;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What `sources …` typed in the console asks for: a page (1-based when typed) or an outlet. */
export function sourcesCommand(info: SourcesInfo, rest: string): string {
  const typed = rest.trim();
  if (/^\d{1,6}$/.test(typed)) return sourcesText(info, Number(typed) - 1);
  return typed ? outletText(outletArticles(info, typed)) : sourcesText(info, 0);
}

export function sourcesText(info: SourcesInfo, requestedPage: number): string {
  const { outlets, page, pages } = outletsPage(info, requestedPage);
  const lines = [
    `${plural(info.articles.length, 'article')} from ${plural(info.outlets.length, 'outlet')}, ${info.passages} passages, ${plural(info.pins, 'local pin')} (loaded ${info.loadedAt.slice(0, 16).replace('T', ' ')} UTC).`,
  ];
  if (outlets.length === 0) return [...lines, 'No articles are loaded.'].join('\n');
  lines.push('Outlets, the newest reports first:');
  const names = outlets.map((o) => {
    const name = oneLine(o.publisher);
    return name.length > NAME_COLUMN_MAX ? `${name.slice(0, NAME_COLUMN_MAX - 1)}…` : name;
  });
  const width = Math.max(...names.map((n) => n.length));
  outlets.forEach((outlet, i) => {
    lines.push(
      `  ${names[i]?.padEnd(width)}  ${plural(outlet.articles, 'article').padEnd(12)}${dates(outlet)}`,
    );
  });
  const next = page < pages - 1 ? ` Type "sources ${page + 2}" for the next page.` : '';
  lines.push(`Page ${page + 1} of ${pages}.${next} "sources <outlet>" lists an outlet's articles.`);
  return lines.join('\n');
}

export function outletText(found: OutletArticles): string {
  if (!found.ok) return found.message;
  const { outlet, articles, more } = found;
  const lines = [
    `${oneLine(outlet.publisher)}: ${plural(outlet.articles, 'article')}, ${dates(outlet)}; the newest first:`,
  ];
  for (const article of articles) {
    lines.push(`  ${article.date}  ${oneLine(article.title)}${article.url ? `  ${article.url}` : ''}`);
  }
  if (more > 0) lines.push(`  (${plural(more, 'older article')} not shown)`);
  return lines.join('\n');
}
