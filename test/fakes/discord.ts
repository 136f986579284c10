import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachFakeGateway, type FakeGateway } from './discord-gateway.ts';
import { needsBotToken, type RecordedRequest, routesFor } from './discord-routes.ts';

export type { RecordedRequest } from './discord-routes.ts';

/**
 * A small local Discord for end-to-end tests: the REST routes our adapter uses plus a real
 * gateway handshake, on one 127.0.0.1 port. Real discord.js talks to it through `rest.api`
 * (REST) and the URL this fake returns from `GET /gateway/bot` (gateway). Every request is
 * recorded so tests assert on what Discord would receive.
 */

export interface FakeDiscordOptions {
  /** The only token REST and the gateway accept. */
  token: string;
  /** When false, REST accepts any token so the gateway's 4004 path can be tested. */
  checkTokenOnRest?: boolean;
  heartbeatIntervalMs?: number;
  /** The shard count `GET /gateway/bot` recommends (default 1), and its identify concurrency. */
  shards?: number;
  maxConcurrency?: number;
}

export interface FakeDiscord extends FakeGateway {
  apiUrl: string;
  requests: RecordedRequest[];
  /** Answers the next `count` requests matching `method` and `path` with 429 and `Retry-After`. */
  rateLimitNext(match: { method: string; path: RegExp }, count: number, retryAfterSeconds: number): void;
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedRequest>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const limits: Array<{ method: string; path: RegExp; remaining: number; retryAfter: number }> = [];
  const waiters = new Set<() => void>();
  let port = 0;
  const routes = routesFor(() => `ws://127.0.0.1:${port}`, {
    shards: options.shards ?? 1,
    maxConcurrency: options.maxConcurrency ?? 1,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body: await readBody(req),
      headers: req.headers,
      at: Date.now(),
      status: 0,
    };
    let answer: { status: number; body?: unknown; headers?: Record<string, string> };
    const limit = limits.find(
      (l) => l.remaining > 0 && l.method === recorded.method && l.path.test(recorded.path),
    );
    const route = routes.find(([method, path]) => method === recorded.method && path.test(recorded.path));
    if (limit) {
      limit.remaining -= 1;
      answer = {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: limit.retryAfter, global: false },
        headers: { 'retry-after': String(limit.retryAfter), 'x-ratelimit-scope': 'user' },
      };
    } else if (
      needsBotToken(recorded.path) &&
      options.checkTokenOnRest !== false &&
      req.headers.authorization !== `Bot ${options.token}`
    ) {
      answer = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    } else if (route) {
      answer = route[2](recorded);
    } else {
      answer = {
        status: 404,
        body: { message: `Fake Discord: no route for ${recorded.method} ${recorded.path}`, code: 0 },
      };
    }
    recorded.status = answer.status;
    requests.push(recorded);
    for (const wake of waiters) wake();
    if (answer.body === undefined) {
      res.writeHead(answer.status, answer.headers).end();
      return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  const gateway = attachFakeGateway(server, {
    token: options.token,
    heartbeatIntervalMs: options.heartbeatIntervalMs,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;

  return {
    ...gateway,
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    rateLimitNext(match, count, retryAfter) {
      limits.push({ ...match, remaining: count, retryAfter });
    },
    waitForRequest(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = requests.find(predicate);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Fake Discord: no matching request within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async close() {
      await gateway.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
