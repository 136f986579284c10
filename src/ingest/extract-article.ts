import { isBoilerplateText, LINK_PARAGRAPH } from './boilerplate.ts';
import { datelineOf } from './dateline.ts';
import { checkNotGarbled, type DecodedPage } from './decode-page.ts';
import { IngestError } from './ingest-error.ts';
import { type DomDocument, type DomElement, parseDocument, readabilityLibrary } from './libraries.ts';
import { type PageMetadata, readPageMetadata } from './page-metadata.ts';

/**
 * The article in a page: its paragraphs verbatim (whitespace normalised, boilerplate paragraphs
 * dropped whole) and its metadata. Readability finds the body; the paragraphs are its `<p>`,
 * `<li>`, `<blockquote>` and `<pre>` blocks in order. Headings, captions and bylines are not
 * paragraphs. Pages that cannot make a corpus article are refused with the reason: no article
 * body (a section front, a search page), a paywall teaser, a live blog (many updates, each with
 * its own time, still changing).
 *
 * @module
 */
export interface ExtractedArticle {
  metadata: PageMetadata;
  paragraphs: string[];
  /** Paragraphs dropped as boilerplate, for the preview. */
  dropped: string[];
  /** The title Readability found (the page `<title>` or `<h1>`), when the metadata has none. */
  pageTitle?: string;
  origin: string;
  url: string | null;
}

const MIN_ARTICLE_WORDS = 80;
const LIVE_BLOG_TIMES = 4;
const TEASER_SHARE = 0.6;
const PAYWALL_TEXT =
  /subscribe to (continue|read|keep)|subscribers? only|for (our )?subscribers|to continue reading|already a subscriber|sign in to (continue|read)|(article|story|content) is (for|available to|reserved for) (premium )?(subscribers|members)/i;

/** Whitespace runs become one space; invisible formatting characters go. Nothing else changes. */
export const normaliseWhitespace = (text: string): string =>
  text
    .replace(/[\u00AD\u200B\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const words = (texts: string[]) => texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);

function blocksOf(content: string): { paragraphs: string[]; dropped: string[] } {
  const doc = parseDocument(`<!doctype html><html><body>${content}</body></html>`);
  for (const br of doc.querySelectorAll('br')) br.replaceWith(' ');
  const selector = 'p, li, blockquote, pre';
  const paragraphs: string[] = [];
  const dropped: string[] = [];
  for (const block of doc.querySelectorAll(selector)) {
    // A block holding other blocks (a <li> or <blockquote> of <p>s) yields them instead.
    if (block.querySelector(selector)) continue;
    const text = normaliseWhitespace(block.textContent ?? '');
    if (!text) continue;
    if (isBoilerplateText(text) || isLinkParagraph(block, text)) dropped.push(text);
    else paragraphs.push(text);
  }
  return { paragraphs, dropped };
}

function isLinkParagraph(block: DomElement, text: string): boolean {
  if (text.length > LINK_PARAGRAPH.maxLength) return false;
  const linked = [...block.querySelectorAll('a')].reduce(
    (n, a) => n + normaliseWhitespace(a.textContent ?? '').length,
    0,
  );
  return linked / text.length >= LINK_PARAGRAPH.minLinkShare;
}

function checkShape(doc: DomDocument, metadata: PageMetadata, paragraphs: string[], origin: string): void {
  const times = new Set(
    [...doc.querySelectorAll('article time[datetime], main time[datetime]')].map((t) =>
      t.getAttribute('datetime'),
    ),
  );
  if (metadata.type === 'live-blog' || times.size >= LIVE_BLOG_TIMES) {
    throw new IngestError(
      'live-blog',
      `${origin}: this is a live blog (${metadata.type === 'live-blog' ? 'JSON-LD LiveBlogPosting' : `${times.size} timed updates`}): its entries keep changing and each has its own time, so it cannot be one dated article. Add a report of the event instead, or save the entries you want as a .txt file and give the metadata as flags.`,
    );
  }
  const count = words(paragraphs);
  const pageText = doc.querySelector('body')?.textContent ?? '';
  const teaser =
    metadata.wordCount !== undefined
      ? count < metadata.wordCount * TEASER_SHARE
      : PAYWALL_TEXT.test(pageText);
  if ((metadata.paywalled && teaser) || (PAYWALL_TEXT.test(pageText) && count < MIN_ARTICLE_WORDS * 2)) {
    const of = metadata.wordCount ? ` of about ${metadata.wordCount}` : '';
    throw new IngestError(
      'paywall',
      `${origin}: only a paywall teaser is here (${paragraphs.length} paragraphs, ${count} words${of}). Open the article where you have access, save the whole page (.html) and add that file.`,
    );
  }
  if (count < MIN_ARTICLE_WORDS) {
    const kind = metadata.type === 'other' ? ' (the page calls itself a website, not an article)' : '';
    throw new IngestError(
      'not-article',
      `${origin}: no article found${kind}: ${paragraphs.length} paragraphs, ${count} words of body text (at least ${MIN_ARTICLE_WORDS} needed). Give the address of the article itself.`,
    );
  }
}

function fromText(page: DecodedPage): ExtractedArticle {
  const paragraphs = page.text
    .split(/\r?\n\s*\r?\n/)
    .map(normaliseWhitespace)
    .filter(Boolean);
  const dateline = datelineOf(paragraphs[0]);
  return {
    metadata: {
      type: 'unknown',
      paywalled: false,
      unusable: [],
      invalidJsonLd: 0,
      ...(dateline ? { dateline: { value: dateline, from: 'first paragraph' } } : {}),
    },
    paragraphs,
    dropped: [],
    origin: page.origin,
    url: page.url,
  };
}

export function extractArticle(page: DecodedPage): ExtractedArticle {
  const extracted = page.kind === 'text' ? fromText(page) : fromHtml(page);
  checkNotGarbled([extracted.metadata.title?.value ?? '', ...extracted.paragraphs].join('\n'), page.origin);
  if (extracted.paragraphs.length === 0) {
    throw new IngestError('not-article', `${page.origin}: no text found`);
  }
  return extracted;
}

function fromHtml(page: DecodedPage): ExtractedArticle {
  const doc = parseDocument(page.text);
  const metadata = readPageMetadata(doc);
  const { Readability } = readabilityLibrary();
  // Readability edits the document it reads, so it gets its own copy.
  const result = new Readability(parseDocument(page.text)).parse();
  const { paragraphs, dropped } = result?.content
    ? blocksOf(result.content)
    : { paragraphs: [], dropped: [] };
  checkShape(doc, metadata, paragraphs, page.origin);
  if (!metadata.dateline) {
    const dateline = datelineOf(paragraphs[0]);
    if (dateline) metadata.dateline = { value: dateline, from: 'first paragraph' };
  }
  const pageTitle = result?.title ? normaliseWhitespace(result.title) : undefined;
  return {
    metadata,
    paragraphs,
    dropped,
    ...(pageTitle ? { pageTitle } : {}),
    origin: page.origin,
    url: page.url,
  };
}
