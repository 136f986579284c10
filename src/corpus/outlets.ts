import type { OutletArticles, OutletSummary, SourceArticle, SourcesInfo, SourcesPage } from '../types.ts';

/**
 * What `/sources` shows, worked out once per loaded corpus so every platform lists the same
 * thing: the articles newest first, and per outlet (publisher) how many articles and the first and
 * last publication dates, the outlet with the latest report first. Outlets are told apart by name,
 * ignoring case and spacing, so "Lotus Wire" and "lotus  wire" are one outlet (shown as its newest
 * article spells it). Paging and finding one outlet are here too, so a page holds the same outlets
 * on Discord, Slack and the console.
 */

/** Outlets on one page of `/sources` (fits Discord's 25 embed fields and Slack's 50 blocks). */
export const OUTLETS_PER_PAGE = 10;
/** Articles of one outlet shown by `/sources outlet:` (the newest). */
export const OUTLET_ARTICLES_SHOWN = 10;

const nameKey = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
// One collator for every comparison: `localeCompare` with options builds one per call (100× slower).
// Made on the first comparison, not at load: building it reads ICU's collation data, about 7 ms
// of a one-shot `npm run ask` on a corpus whose articles never tie on date (bench/cold-start.ts).
let collator: Intl.Collator | undefined;
const byName = (a: string, b: string) => {
  collator ??= new Intl.Collator('en', { sensitivity: 'base' });
  return collator.compare(a, b);
};
// ISO dates (YYYY-MM-DD) order as plain strings.
const byDateDescending = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** Newest publication first; ties by outlet, then title, then id, so the order never wobbles. */
export function newestFirst(articles: readonly SourceArticle[]): SourceArticle[] {
  return [...articles].sort(
    (a, b) =>
      byDateDescending(a.date, b.date) ||
      byName(a.publisher, b.publisher) ||
      byName(a.title, b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** One summary per outlet, newest last date first, ties by name; named as its newest article spells it. */
export function summariseOutlets(articles: readonly SourceArticle[]): OutletSummary[] {
  const outlets = new Map<string, OutletSummary>();
  for (const article of articles) {
    const key = nameKey(article.publisher);
    const outlet = outlets.get(key);
    if (!outlet) {
      outlets.set(key, {
        publisher: article.publisher.trim(),
        articles: 1,
        firstDate: article.date,
        lastDate: article.date,
      });
      continue;
    }
    outlet.articles++;
    if (article.date < outlet.firstDate) outlet.firstDate = article.date;
    if (article.date > outlet.lastDate) {
      outlet.lastDate = article.date;
      outlet.publisher = article.publisher.trim();
    }
  }
  return [...outlets.values()].sort(
    (a, b) => byDateDescending(a.lastDate, b.lastDate) || byName(a.publisher, b.publisher),
  );
}

/** Page `page` (0-based, clamped to the pages there are) of the outlets. */
export function outletsPage(info: SourcesInfo, page: number, perPage = OUTLETS_PER_PAGE): SourcesPage {
  const pages = Math.max(1, Math.ceil(info.outlets.length / perPage));
  const shown = Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
  return {
    outlets: info.outlets.slice(shown * perPage, (shown + 1) * perPage),
    page: shown,
    pages,
    perPage,
  };
}

const quoted = (text: string) => `“${text.replace(/\s+/g, ' ').trim().slice(0, 80)}”`;

/**
 * One outlet's newest articles, found by its name: the exact name (any case), else the one outlet
 * whose name contains what was typed. None or several is a value with a message saying which.
 */
export function outletArticles(
  info: SourcesInfo,
  name: string,
  limit = OUTLET_ARTICLES_SHOWN,
): OutletArticles {
  const typed = nameKey(name);
  if (!typed) return { ok: false, message: 'Name an outlet, for example one from my list of sources.' };
  const exact = info.outlets.find((o) => nameKey(o.publisher) === typed);
  const matches = exact ? [exact] : info.outlets.filter((o) => nameKey(o.publisher).includes(typed));
  const [outlet] = matches;
  if (!outlet) return { ok: false, message: `No outlet in my sources is called ${quoted(name)}.` };
  if (matches.length > 1) {
    const names = matches.slice(0, 5).map((o) => o.publisher);
    const more = matches.length > names.length ? ` and ${matches.length - names.length} more` : '';
    return {
      ok: false,
      message: `${quoted(name)} matches ${matches.length} outlets: ${names.join(', ')}${more}. Please name one.`,
    };
  }
  const key = nameKey(outlet.publisher);
  const all = info.articles.filter((a) => nameKey(a.publisher) === key);
  return { ok: true, outlet, articles: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}
