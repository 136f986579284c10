/**
 * The article a page describes in JSON-LD (schema.org), the most reliable metadata a news page
 * carries: `<script type="application/ld+json">` blocks, each an object, an array, or a `@graph`.
 * News types are preferred over the generic `Article`; a `publisher` given as `{ "@id": … }` is
 * looked up in the same graph. Blocks that are not valid JSON are skipped (and reported).
 *
 * @module
 */
export type JsonObject = Record<string, unknown>;

const NEWS_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
];
const ARTICLE_TYPES = ['Article', 'BlogPosting', 'Report', 'ScholarlyArticle', 'TechArticle'];

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const typesOf = (node: JsonObject): string[] => {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
};

function flatten(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, into);
  } else if (isObject(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) flatten(value['@graph'], into);
  }
}

export interface JsonLd {
  /** The article node, if the page has one. */
  article: JsonObject | undefined;
  /** Every node, for `@id` references. */
  byId: Map<string, JsonObject>;
  /** How many blocks could not be parsed. */
  invalidBlocks: number;
}

export function readJsonLd(blocks: string[]): JsonLd {
  const nodes: JsonObject[] = [];
  let invalidBlocks = 0;
  for (const block of blocks) {
    try {
      flatten(JSON.parse(block), nodes);
    } catch {
      invalidBlocks++;
    }
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article =
    nodes.find((node) => typesOf(node).some((t) => NEWS_TYPES.includes(t))) ??
    nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.includes(t)));
  return { article, byId, invalidBlocks };
}

/** A string property, or the `name` / `@id` of an object property (resolving `@id` references). */
export function textOf(value: unknown, byId: Map<string, JsonObject>, key = 'name'): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return textOf(value[0], byId, key);
  if (!isObject(value)) return undefined;
  const own = value[key];
  if (typeof own === 'string' && own.trim()) return own.trim();
  const ref = typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined;
  if (ref && ref !== value) return textOf(ref, byId, key);
  return undefined;
}

/** `isAccessibleForFree: false` on the article or on one of its parts (Google's paywall markup). */
export function isPaywalled(article: JsonObject | undefined): boolean {
  if (!article) return false;
  const no = (value: unknown) =>
    value === false || (typeof value === 'string' && value.toLowerCase() === 'false');
  if (no(article.isAccessibleForFree)) return true;
  const parts = Array.isArray(article.hasPart) ? article.hasPart : [article.hasPart];
  return parts.some((part) => isObject(part) && no(part.isAccessibleForFree));
}
