import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitFor } from '../support/wait-for.ts';
import { createMethodResults, type FakeUser } from './slack-methods.ts';
import { attachSocketMode, type FakeSocketMode } from './slack-socket.ts';

export { FAKE_BOT_ID, FAKE_BOT_USER, FAKE_TEAM, type FakeUser } from './slack-methods.ts';

/**
 * A small Slack on 127.0.0.1 for end-to-end tests of the real Bolt app: the Web API methods the
 * adapter calls, a response_url sink and (see slack-socket.ts) a Socket Mode WebSocket. Every call
 * is recorded with its parsed body; failures (429 with Retry-After, Slack error codes, HTTP errors)
 * can be queued per method. It accepts any token, so tests use obviously fake ones.
 */
export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `response_url`. */
  method: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** What the fake answered. */
  status: number;
  error: string | null;
  at: number;
}

export type Injection =
  | { status: 429; retryAfter: number }
  | { error: string }
  | { status: number }
  | { delayMs: number };

const parseValue = (value: string): unknown => {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
};

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json'))
    return JSON.parse(raw) as Record<string, unknown>;
  return Object.fromEntries([...new URLSearchParams(raw)].map(([key, value]) => [key, parseValue(value)]));
}

export interface FakeSlack {
  /** Base for `SLACK_API_URL`, ending in `/api/`. */
  apiUrl: string;
  /** A fresh response_url pointing at the sink. */
  responseUrl(id?: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Resolves with the calls once `predicate` holds; rejects after `timeoutMs` with what was seen. */
  waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs?: number): Promise<RecordedCall[]>;
  /** Queues a failure for the next call(s) of a method. */
  inject(method: string, injection: Injection, times?: number): void;
  users: Map<string, FakeUser>;
  socket: FakeSocketMode;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const injections = new Map<string, Injection[]>();
  const users = new Map<string, FakeUser>();
  let base = '';

  const results = createMethodResults(users, () => socket.url);

  async function answer(
    res: ServerResponse,
    method: string,
    body: Record<string, unknown>,
    req: IncomingMessage,
  ) {
    let injection = injections.get(method)?.shift();
    if (injection && 'delayMs' in injection) {
      await new Promise((resolve) => setTimeout(resolve, (injection as { delayMs: number }).delayMs));
      injection = undefined;
    }
    const record = (status: number, error: string | null) =>
      calls.push({ method, body, authorization: req.headers.authorization, status, error, at: Date.now() });
    if (injection && 'retryAfter' in injection) {
      record(429, 'ratelimited');
      res.writeHead(429, { 'retry-after': String(injection.retryAfter), 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    if (injection && 'status' in injection) {
      record(injection.status, `http_${injection.status}`);
      res.writeHead(injection.status);
      res.end('fake failure');
      return;
    }
    const error =
      injection && 'error' in injection ? injection.error : results[method] ? null : 'unknown_method';
    record(200, error);
    const reply = error ? { ok: false, error } : { ok: true, ...results[method]?.(body) };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply));
  }

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    readBody(req)
      .then((body) => {
        if (path.startsWith('/api/')) return answer(res, path.slice('/api/'.length), body, req);
        if (path.startsWith('/response/'))
          return answer(res, 'response_url', { ...body, responseId: path.slice(10) }, req);
        res.writeHead(404);
        res.end();
      })
      .catch(() => {
        res.writeHead(400);
        res.end();
      });
  });
  const socket = attachSocketMode(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  socket.setBase(base);

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id = 'r1') => `${base}/response/${id}`,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    waitFor: (predicate, timeoutMs = 8000) =>
      waitFor(() => predicate(calls) && calls, {
        timeoutMs,
        describe: () => `fake Slack calls were ${JSON.stringify(calls.map((c) => [c.method, c.error]))}`,
      }),
    inject(method, injection, times = 1) {
      const queue = injections.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(injection);
      injections.set(method, queue);
    },
    users,
    socket,
    async close() {
      await socket.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
