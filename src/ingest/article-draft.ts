import type { ExtractedArticle } from './extract-article.ts';
import { IngestError } from './ingest-error.ts';
import { languageTag } from './page-metadata.ts';

/**
 * An article ready to preview and write: the front-matter fields, each from the page or from the
 * operator (a flag or an answer at the prompt), never made up. `missing` lists what neither gave;
 * the file is not written until it is empty. The one exception is the URL, which the corpus allows
 * to be unknown (`url: null`): for a fetched page it is the address it was served from.
 *
 * @module
 */
export const FIELDS = ['title', 'publisher', 'dateline', 'published', 'url', 'language'] as const;
export type Field = (typeof FIELDS)[number];

export interface ArticleDraft {
  id: string;
  values: Partial<Record<Field, string>>;
  /** Where each value came from: `JSON-LD headline`, `--publisher`, `prompt`. */
  origins: Partial<Record<Field, string>>;
  missing: Field[];
  paragraphs: string[];
  dropped: string[];
  /** Notes for the preview: values found but unusable, the Readability title not taken. */
  notes: string[];
  origin: string;
}

/** What the operator gave, by flag or at the prompt: a value, or "" for an unknown URL. */
export type GivenFields = Partial<Record<Field | 'id', string>>;

const ID = /^[a-z0-9][a-z0-9-]*$/;
const TITLE_STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'of',
  'in',
  'on',
  'for',
  'to',
  'with',
  'as',
  'at',
  'by',
  'its',
  'their',
]);

export const slug = (text: string, maxWords = Number.POSITIVE_INFINITY, dropStop = false): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !(dropStop && TITLE_STOP_WORDS.has(word)))
    .slice(0, maxWords)
    .join('-');

/** `<publisher>-<date>-<title words>`, like the shipped `ani-2026-01-27-india-eu-security-defence-partnership`. */
export function articleId(values: Partial<Record<Field, string>>): string | undefined {
  if (!values.publisher || !values.published || !values.title) return undefined;
  const publisher = slug(values.publisher).replace(/^the-/, '') || 'source';
  const title = slug(values.title, 7, true) || 'article';
  return `${publisher}-${values.published}-${title}`;
}

/** Checks one value as the corpus schema will; returns the value to store or throws naming the field. */
export function checkField(field: Field, raw: string, from: string): string {
  const value = raw.trim().replace(/\s+/g, ' ');
  const bad = (why: string) =>
    new IngestError('invalid-metadata', `${field} ${JSON.stringify(raw)} (${from}): ${why}`);
  switch (field) {
    case 'published':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
        throw bad('must be a date as YYYY-MM-DD');
      return value;
    case 'language': {
      const tag = languageTag(value);
      if (!tag) throw bad('must be a language code such as "en" or "en-IN"');
      return tag;
    }
    case 'url': {
      if (value === '') return '';
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        throw bad('must be an http(s) URL, or empty when unknown');
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw bad('must be an http(s) URL');
      return url.href;
    }
    default:
      if (!value) throw bad('must not be empty');
      return value;
  }
}

export function draftArticle(extracted: ExtractedArticle, given: GivenFields = {}): ArticleDraft {
  const values: Partial<Record<Field, string>> = {};
  const origins: Partial<Record<Field, string>> = {};
  const notes = [...extracted.metadata.unusable];
  for (const field of FIELDS) {
    const flag = given[field];
    if (flag !== undefined) {
      values[field] = checkField(field, flag, `--${field}`);
      origins[field] = 'given';
      continue;
    }
    const found = extracted.metadata[field];
    if (!found) continue;
    try {
      const value = field === 'url' && extracted.url ? new URL(found.value, extracted.url).href : found.value;
      values[field] = checkField(field, value, found.from);
      origins[field] = found.from;
    } catch (error) {
      notes.push((error as Error).message);
    }
  }
  if (values.url === undefined && extracted.url) {
    values.url = extracted.url;
    origins.url = 'fetched address';
  }
  if (!values.title && extracted.pageTitle)
    notes.push(`the page title reads "${extracted.pageTitle}" (not taken: give --title)`);
  const missing = FIELDS.filter((field) => values[field] === undefined);
  const id = given.id ?? articleId(values) ?? '';
  if (given.id !== undefined && !ID.test(given.id))
    throw new IngestError(
      'invalid-metadata',
      `--id ${JSON.stringify(given.id)}: must be lower-case letters, digits and hyphens`,
    );
  return {
    id,
    values,
    origins,
    missing,
    paragraphs: extracted.paragraphs,
    dropped: extracted.dropped,
    notes,
    origin: extracted.origin,
  };
}
