import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { getGlobalDispatcher, MockAgent, setGlobalDispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWebApiFetch } from '../../../adapters/slack/web-api-fetch.ts';
import { FAKE_BOT_USER } from '../../fakes/slack.ts';
import { eventRequest, mention } from '../../fakes/slack-requests.ts';
import { MEMBER, startHarness } from './harness.ts';

/** A call as the Web API client makes it (WebClient.makeRequest). */
const clientCall = (body = 'channel=C1&text=hello') => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer xoxb-fake' },
  body,
  redirect: 'error' as const,
});

describe('createWebApiFetch', () => {
  let server: Server;
  let base: string;
  const seen: Array<{ url?: string; headers: IncomingMessage['headers']; body: string }> = [];
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/api/chat.postMessage': (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-oauth-scopes': 'chat:write' });
      res.end(JSON.stringify({ ok: true, ts: '1.2' }));
    },
    '/api/limited': (res) => {
      res.writeHead(429, { 'retry-after': '3', 'content-type': 'application/json' });
      res.end('{"ok":false,"error":"ratelimited"}');
    },
    '/api/moved': (res) => {
      res.writeHead(302, { location: 'http://elsewhere.invalid/' });
      res.end();
    },
    '/api/gzip': (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync('{"ok":true}'));
    },
  };
  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      seen.push({ url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() });
      (routes[req.url ?? ''] ?? routes['/api/chat.postMessage'])?.(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts the body with its headers and answers like fetch', async () => {
    const fetch = createWebApiFetch();
    const response = await fetch(`${base}chat.postMessage`, clientCall());
    expect(seen.at(-1)).toMatchObject({
      url: '/api/chat.postMessage',
      body: 'channel=C1&text=hello',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'Bearer xoxb-fake',
        'content-length': '21',
      },
    });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${base}chat.postMessage`);
    expect(response.headers.get('x-oauth-scopes')).toBe('chat:write');
    expect(await response.json()).toEqual({ ok: true, ts: '1.2' });
  });

  it('hands back a 429 with its Retry-After for the client to wait on', async () => {
    const fetch = createWebApiFetch();
    const response = await fetch(`${base}limited`, clientCall());
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.text()).toBe('{"ok":false,"error":"ratelimited"}');
  });

  it('decodes a compressed body', async () => {
    const fetch = createWebApiFetch();
    const response = await fetch(`${base}gzip`, clientCall());
    expect(await response.json()).toEqual({ ok: true });
  });

  it('fails like fetch on a redirect and on a refused connection, so the client retries', async () => {
    const fetch = createWebApiFetch();
    await expect(fetch(`${base}moved`, clientCall())).rejects.toThrow(
      expect.objectContaining({ name: 'TypeError', message: expect.stringMatching(/^fetch failed/) }),
    );
    await expect(fetch('http://127.0.0.1:1/api/chat.postMessage', clientCall())).rejects.toThrow(
      expect.objectContaining({ name: 'TypeError', message: expect.stringMatching(/^fetch failed/) }),
    );
  });

  it('names the cause and the URL in the error, which the client logs on each retry', async () => {
    const fetch = createWebApiFetch();
    await expect(fetch('http://127.0.0.1:1/api/chat.postMessage', clientCall())).rejects.toThrow(
      /^fetch failed \(.*ECONNREFUSED.*; POST http:\/\/127\.0\.0\.1:1\/api\/chat\.postMessage\)$/,
    );
  });

  it("goes through undici's global dispatcher, where an operator's proxy is set", async () => {
    const previous = getGlobalDispatcher();
    const mock = new MockAgent();
    mock.disableNetConnect();
    mock
      .get('https://slack.example')
      .intercept({ path: '/api/chat.postMessage', method: 'POST' })
      .reply(200, { ok: true, via: 'dispatcher' });
    setGlobalDispatcher(mock);
    try {
      const fetch = createWebApiFetch();
      const response = await fetch('https://slack.example/api/chat.postMessage', clientCall());
      expect(await response.json()).toEqual({ ok: true, via: 'dispatcher' });
    } finally {
      setGlobalDispatcher(previous);
      await mock.close();
    }
  });

  it('leaves other calls to the global fetch: response_url, uploads, calls with a timeout', async () => {
    const fallback = vi.fn(async () => new Response('from fallback'));
    const fetch = createWebApiFetch(fallback);
    const before = seen.length;
    await fetch(`${base}x`, { method: 'POST', body: '{"text":"hi"}' });
    await fetch(`${base}x`, { ...clientCall(), body: new FormData() });
    await fetch(`${base}x`, { ...clientCall(), signal: AbortSignal.timeout(1000) });
    await fetch(new URL(`${base}x`), clientCall());
    expect(fallback).toHaveBeenCalledTimes(4);
    expect(seen.length).toBe(before);
  });
});

describe('Slack adapter posting', () => {
  it('posts answers through the Web API fetch, not the global fetch', async () => {
    const global = vi.spyOn(globalThis, 'fetch');
    const h = await startHarness();
    try {
      await h.send(eventRequest(mention(MEMBER, `<@${FAKE_BOT_USER}> When was the partnership signed?`)));
      await h.fake.waitFor(() => h.fake.callsTo('chat.postMessage').length === 1);
      const viaGlobal = global.mock.calls
        .map(([input]) => String(input))
        .filter((url) => url.includes('/api/'));
      expect(viaGlobal).toEqual([]);
    } finally {
      global.mockRestore();
      await h.close();
    }
  });
});
