import { brotliDecompressSync, unzipSync } from 'node:zlib';
import { type Dispatcher, request } from 'undici';

/**
 * The `fetch` that Bolt's Web API client posts with. Node's global fetch cost the bot more CPU per
 * answer than finding the answer: WHATWG streams on both ends and, per call, a Response held by a
 * WeakRef and a FinalizationRegistry, which V8's young-generation GC keeps alive, so every response
 * was promoted and left to the slower old-generation GC. The Web API client's own calls (POST, a
 * form-encoded string body, `redirect: 'error'`, no abort signal) go through undici's `request`
 * instead (the library under Node's fetch, without the streams): same keep-alive connection pool,
 * and a proxy set as undici's global dispatcher applies as before. Anything else (file uploads,
 * `respond()` to a response_url, calls with a timeout) still uses the global fetch. Errors keep
 * fetch's shape (a `TypeError` whose message starts "fetch failed"), so the client's retries work
 * as before; the message adds the cause and the URL, which the client logs on every retry, so an
 * unreachable SLACK_API_URL shows in the log as itself.
 */
function failed(url: URL, cause: unknown): TypeError {
  const inner = (cause as { cause?: unknown } | undefined)?.cause ?? cause;
  const reason = inner instanceof Error ? inner.message : String(inner);
  return new TypeError(`fetch failed (${reason}; POST ${url.origin}${url.pathname})`, { cause });
}

function httpUrl(input: unknown): URL | null {
  if (typeof input !== 'string') return null;
  try {
    const url = new URL(input);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function createWebApiFetch(fallback: typeof fetch = globalThis.fetch): typeof fetch {
  async function post(url: URL, init: RequestInit, body: string): Promise<Response> {
    let res: Dispatcher.ResponseData;
    let raw: Buffer;
    try {
      res = await request(url, {
        method: 'POST',
        headers: Object.fromEntries(new Headers(init.headers)),
        body,
      });
      raw = Buffer.from(await res.body.arrayBuffer());
    } catch (error) {
      throw failed(url, error);
    }
    // `redirect: 'error'`, as the client asks.
    if (res.statusCode >= 300 && res.statusCode < 400) {
      throw failed(url, new Error(`redirected (${res.statusCode}) to ${res.headers.location}`));
    }
    try {
      return toResponse(url.href, res, raw);
    } catch (error) {
      throw failed(url, error);
    }
  }

  return (input, init) => {
    const body = init?.body;
    if (init?.method !== 'POST' || init.redirect !== 'error' || init.signal || typeof body !== 'string')
      return fallback(input, init);
    const url = httpUrl(input);
    return url ? post(url, init, body) : fallback(input, init);
  };
}

function toResponse(url: string, res: Dispatcher.ResponseData, raw: Buffer): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, one);
  }
  // Like fetch: the body comes back decoded, and content-encoding tells how it was sent.
  const encoding = headers.get('content-encoding');
  const data =
    encoding === 'br'
      ? brotliDecompressSync(raw)
      : encoding && encoding !== 'identity'
        ? unzipSync(raw)
        : raw;
  const status = res.statusCode;
  const response = new Response(status === 204 || status === 304 ? null : data, { status, headers });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
