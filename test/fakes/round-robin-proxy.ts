import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP load balancer on 127.0.0.1: each request goes to the next backend in turn, as a
 * round-robin load balancer in front of Slack HTTP-mode replicas would. It records which backend
 * took each request.
 */
export interface RoundRobinProxy {
  url: string;
  /** Backend index per request, in arrival order, with the path. */
  routed: Array<{ backend: number; path: string }>;
  close(): Promise<void>;
}

export async function startRoundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  const routed: RoundRobinProxy['routed'] = [];
  let next = 0;
  const server: Server = createServer((req, res) => {
    const backend = next;
    next = (next + 1) % backends.length;
    routed.push({ backend, path: req.url ?? '' });
    const target = new URL(req.url ?? '/', backends[backend]);
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${error.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
