import http from 'node:http';
import https from 'node:https';
import { brotliDecompressSync, unzipSync } from 'node:zlib';

/**
 * The `fetch` that Bolt's Web API client posts with. Node's global fetch cost the bot more CPU per
 * answer than finding the answer: WHATWG streams on both ends and, per call, a Response held by a
 * WeakRef and a FinalizationRegistry, which V8's young-generation GC keeps alive, so every response
 * was promoted and left to the slower old-generation GC. The Web API client's own calls (POST, a
 * form-encoded string body, `redirect: 'error'`, no abort signal) go through `node:http(s)` on
 * keep-alive agents instead; anything else (file uploads, `respond()` to a response_url, calls
 * with a timeout) still uses the global fetch. Errors keep fetch's shape (`TypeError('fetch
 * failed')`), so the client's retries work as before. A proxy set through undici's global
 * dispatcher does not apply to these calls.
 */
export interface WebApiFetch {
  fetch: typeof fetch;
  /** Closes the idle keep-alive connections. */
  close(): void;
}

const failed = (cause: unknown) => new TypeError('fetch failed', { cause });

function httpUrl(input: unknown): URL | null {
  if (typeof input !== 'string') return null;
  try {
    const url = new URL(input);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function createWebApiFetch(fallback: typeof fetch = globalThis.fetch): WebApiFetch {
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  function post(url: URL, init: RequestInit, body: string): Promise<Response> {
    const headers = Object.fromEntries(new Headers(init.headers));
    headers['content-length'] = String(Buffer.byteLength(body));
    const [client, agent] = url.protocol === 'https:' ? [https, agents.https] : [http, agents.http];
    return new Promise((resolve, reject) => {
      const request = client.request(url, { method: 'POST', headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => reject(failed(error)));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          // `redirect: 'error'`, as the client asks.
          if (status >= 300 && status < 400) {
            reject(failed(new Error(`redirected (${status}) to ${res.headers.location}`)));
            return;
          }
          try {
            resolve(toResponse(url.href, res, Buffer.concat(chunks)));
          } catch (error) {
            reject(failed(error));
          }
        });
      });
      request.on('error', (error) => reject(failed(error)));
      request.end(body);
    });
  }

  return {
    fetch: (input, init) => {
      const body = init?.body;
      if (init?.method !== 'POST' || init.redirect !== 'error' || init.signal || typeof body !== 'string')
        return fallback(input, init);
      const url = httpUrl(input);
      return url ? post(url, init, body) : fallback(input, init);
    },
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function toResponse(url: string, res: http.IncomingMessage, raw: Buffer): Response {
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
  const status = res.statusCode ?? 0;
  const response = new Response(status === 204 || status === 304 ? null : data, {
    status,
    statusText: res.statusMessage ?? '',
    headers,
  });
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
