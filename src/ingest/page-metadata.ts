import { isPaywalled, readJsonLd, textOf, typesOf } from './json-ld.ts';
import type { DomDocument } from './libraries.ts';

/**
 * What a page says about itself, each value with where it was found so the preview can show it:
 * JSON-LD first (the publisher's structured statement), then OpenGraph and `article:*` meta, then
 * the canonical link, `<html lang>` and `<time>`. Values are taken as the page writes them; a value
 * in a form the corpus cannot hold (a date that is not ISO) is reported, not converted by guess.
 *
 * @module
 */
export interface Found {
  value: string;
  /** Where it came from, e.g. `JSON-LD headline`, `og:site_name`. */
  from: string;
}

export type PageType = 'article' | 'live-blog' | 'other' | 'unknown';

export interface PageMetadata {
  title?: Found;
  publisher?: Found;
  dateline?: Found;
  published?: Found;
  url?: Found;
  language?: Found;
  type: PageType;
  paywalled: boolean;
  /** JSON-LD wordCount of the full article, when given. */
  wordCount?: number;
  /** Values found in a form the corpus cannot take, e.g. `published: "Feb 12" (<time>)`. */
  unusable: string[];
  invalidJsonLd: number;
}

const meta = (doc: DomDocument, key: string): string | undefined =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() ||
  undefined;

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/;

/** A language tag as the corpus writes it: `en`, `en-IN`. */
export function languageTag(raw: string): string | undefined {
  const match = /^([a-z]{2})(?:[-_]([a-z]{2}))?$/i.exec(raw.trim());
  if (!match?.[1]) return undefined;
  return match[2] ? `${match[1].toLowerCase()}-${match[2].toUpperCase()}` : match[1].toLowerCase();
}

/** One `<time datetime>` that says when the article was published, if the page is unambiguous. */
function timeElement(doc: DomDocument): Found | undefined {
  const marked = doc.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime]');
  if (marked) return { value: marked.getAttribute('datetime') ?? '', from: '<time itemprop=datePublished>' };
  const inArticle = [...doc.querySelectorAll('article time[datetime]')];
  const dates = new Set(
    inArticle.map((t) => ISO_DATE.exec(t.getAttribute('datetime') ?? '')?.[1]).filter(Boolean),
  );
  const first = inArticle[0];
  if (dates.size === 1 && first)
    return { value: first.getAttribute('datetime') ?? '', from: '<time> in <article>' };
  return undefined;
}

export function readPageMetadata(doc: DomDocument): PageMetadata {
  const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => s.textContent ?? '',
  );
  const { article, byId, invalidBlocks } = readJsonLd(scripts);
  const unusable: string[] = [];
  const first = (...candidates: Array<[string | undefined, string]>): Found | undefined => {
    for (const [value, from] of candidates)
      if (value?.trim()) return { value: value.trim().replace(/\s+/g, ' '), from };
    return undefined;
  };
  const ld = (key: string, sub = 'name') => (article ? textOf(article[key], byId, sub) : undefined);

  const published = first(
    [ld('datePublished'), 'JSON-LD datePublished'],
    [meta(doc, 'article:published_time'), 'article:published_time'],
    ...(() => {
      const time = timeElement(doc);
      return time ? [[time.value, time.from] as [string, string]] : [];
    })(),
  );
  let publishedDate: Found | undefined;
  if (published) {
    const date = ISO_DATE.exec(published.value)?.[1];
    if (date) publishedDate = { value: date, from: published.from };
    else unusable.push(`published: "${published.value}" (${published.from}) is not an ISO date`);
  }

  const rawLanguage = first(
    [ld('inLanguage'), 'JSON-LD inLanguage'],
    [doc.documentElement.getAttribute('lang') ?? undefined, '<html lang>'],
    [meta(doc, 'og:locale'), 'og:locale'],
  );
  const tag = rawLanguage && languageTag(rawLanguage.value);
  if (rawLanguage && !tag)
    unusable.push(`language: "${rawLanguage.value}" (${rawLanguage.from}) is not a language code`);

  const ogType = meta(doc, 'og:type')?.toLowerCase();
  const types = article ? typesOf(article) : [];
  const type: PageType = types.includes('LiveBlogPosting')
    ? 'live-blog'
    : article || ogType === 'article'
      ? 'article'
      : ogType
        ? 'other'
        : 'unknown';
  const wordCount = Number(article?.wordCount);

  return {
    title: first([ld('headline'), 'JSON-LD headline'], [meta(doc, 'og:title'), 'og:title']),
    publisher: first([ld('publisher'), 'JSON-LD publisher'], [meta(doc, 'og:site_name'), 'og:site_name']),
    dateline: first([ld('dateline'), 'JSON-LD dateline']),
    published: publishedDate,
    url: first(
      [ld('url', '@id') ?? ld('mainEntityOfPage', '@id'), 'JSON-LD url'],
      [doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined, '<link rel=canonical>'],
      [meta(doc, 'og:url'), 'og:url'],
    ),
    ...(tag && rawLanguage ? { language: { value: tag, from: rawLanguage.from } } : {}),
    type,
    paywalled: isPaywalled(article),
    ...(Number.isFinite(wordCount) && wordCount > 0 ? { wordCount } : {}),
    unusable,
    invalidJsonLd: invalidBlocks,
  };
}
