import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { DEFAULT_FETCH_LIMITS, type FetchLimits, fetchPage, type RawPage } from './fetch-page.ts';
import { IngestError } from './ingest-error.ts';

/**
 * What `npm run add` was given: an http(s) URL (fetched), or a saved page (`.html`, `.htm`,
 * `.xhtml`) or plain text (`.txt`) on disk, read under the same size limit.
 *
 * @module
 */
const FILE_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.txt': 'text/plain',
};

export const isUrl = (input: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

export async function readSource(
  input: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<RawPage> {
  if (isUrl(input)) return fetchPage(input, limits);
  const path = resolve(input);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new IngestError('usage', `${input}: not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    const hint = /^[\w-]+(\.[\w-]+)+\//.test(input)
      ? ' (for a web page, give the whole URL with https://)'
      : '';
    throw new IngestError('usage', `${input}: no such file${hint}`);
  }
  const contentType = FILE_TYPES[extname(path).toLowerCase()];
  if (!contentType) {
    throw new IngestError(
      'not-html',
      `${input}: give a saved page (.html, .htm, .xhtml) or the article text (.txt); ${extname(path) || 'no extension'} is neither`,
    );
  }
  if (size > limits.maxBytes) {
    throw new IngestError(
      'too-large',
      `${input}: the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${(limits.maxBytes / 1024 / 1024).toFixed(1)} MB limit (--max-bytes)`,
    );
  }
  return { bytes: readFileSync(path), contentType, url: null, origin: input };
}
