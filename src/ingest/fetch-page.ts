import { IngestError } from './ingest-error.ts';

/**
 * Fetches one page for `npm run add` with Node's own fetch (undici), bounded every way a page can
 * misbehave: a timeout over the whole exchange (headers and body), a byte limit enforced while
 * reading (a Content-Length over it is refused before reading), at most a few redirects (followed
 * by hand so each hop is counted and must stay http(s)), and a content type that can hold an
 * article. Each failure is an `IngestError` that names the URL and the reason.
 *
 * @module
 */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
};

/** Bytes of a page and what is known about them. */
export interface RawPage {
  bytes: Uint8Array;
  /** The Content-Type header (or the type a file's extension implies); null when unknown. */
  contentType: string | null;
  /** The URL the page was finally served from; null for a file. */
  url: string | null;
  /** The URL or path the operator gave, for messages. */
  origin: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPTED_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
const USER_AGENT = 'india-eu-defence-bot (npm run add; one page at an operator request)';

export const mimeEssence = (contentType: string | null): string | null =>
  contentType?.split(';')[0]?.trim().toLowerCase() || null;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function checkProtocol(url: URL, origin: string): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(
      'usage',
      `${origin}: only http and https pages can be fetched (got ${url.protocol})`,
    );
  }
}

function networkError(error: unknown, url: string, limits: FetchLimits): IngestError {
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new IngestError('timeout', `${url}: no complete answer within ${limits.timeoutMs / 1000} s`, {
      cause: error,
    });
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const reason = cause?.code
    ? `${cause.message ?? cause.code} (${cause.code})`
    : (cause?.message ?? String(error));
  return new IngestError('network', `${url}: cannot fetch the page: ${reason}`, { cause: error });
}

async function readBody(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new IngestError(
      'too-large',
      `${url}: the page is ${megabytes(declared)}, over the ${megabytes(maxBytes)} limit (--max-bytes)`,
    );
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        await response.body.cancel().catch(() => {});
        throw new IngestError(
          'too-large',
          `${url}: the page is over the ${megabytes(maxBytes)} limit (--max-bytes); stopped reading`,
        );
      }
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks, total);
}

export async function fetchPage(
  address: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<RawPage> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new IngestError('usage', `${address}: not a URL, and no such file`);
  }
  checkProtocol(url, address);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const hops: string[] = [url.href];
  try {
    for (;;) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8',
        },
      });
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location)
          throw new IngestError('redirects', `${url.href}: HTTP ${response.status} with no Location`);
        if (hops.length > limits.maxRedirects) {
          throw new IngestError(
            'redirects',
            `${address}: more than ${limits.maxRedirects} redirects (${hops.join(' → ')} → …)`,
          );
        }
        url = new URL(location, url);
        checkProtocol(url, address);
        hops.push(url.href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new IngestError(
          'http-status',
          `${url.href}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        );
      }
      const contentType = response.headers.get('content-type');
      const type = mimeEssence(contentType);
      if (type !== null && !ACCEPTED_TYPES.has(type)) {
        await response.body?.cancel();
        throw new IngestError(
          'not-html',
          `${url.href}: the page is ${type}, not HTML or plain text; save the article text as a .txt file instead`,
        );
      }
      const bytes = await readBody(response, url.href, limits.maxBytes);
      return { bytes, contentType, url: url.href, origin: address };
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw networkError(error, url.href, limits);
  }
}
