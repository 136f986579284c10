import { decodePage } from './decode-page.ts';
import { type ExtractedArticle, extractArticle } from './extract-article.ts';
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from './fetch-page.ts';
import { readSource } from './read-source.ts';

export interface ReadArticleOptions {
  limits?: Partial<FetchLimits>;
  /** Decode with this encoding instead of the declared one (`--charset`). */
  charset?: string;
}

/**
 * `npm run add`'s first step: fetch or read the page, decode it strictly, extract the article.
 * Throws an `IngestError` saying why when any step fails; nothing is written by this step.
 */
export async function readArticle(
  input: string,
  options: ReadArticleOptions = {},
): Promise<ExtractedArticle> {
  const raw = await readSource(input, { ...DEFAULT_FETCH_LIMITS, ...options.limits });
  return extractArticle(decodePage(raw, options.charset));
}
