import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * `GET /healthz` on HEALTH_PORT, for process managers and container orchestrators watching a bot
 * that has no HTTP server of its own (Discord, Slack in Socket Mode). 200 with each platform's
 * state while every platform is connected, 503 while any is not (reconnecting, stopping), so a
 * supervisor can restart a bot that lost its connection for good. Slack in HTTP mode already
 * answers `GET /healthz` on PORT.
 */
export interface HealthCheck {
  name: string;
  /** Connected and taking events. */
  healthy(): boolean;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(port: number, checks: readonly HealthCheck[]): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://health').pathname;
    if (req.method !== 'GET' || path !== '/healthz') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'not found; try GET /healthz' }));
      return;
    }
    const platforms = Object.fromEntries(checks.map((check) => [check.name, check.healthy()]));
    const ok = Object.values(platforms).every(Boolean);
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok, platforms }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `Health: cannot listen on HEALTH_PORT=${port} (${error.code ?? error.message}); choose a free port.`,
          { cause: error },
        ),
      ),
    );
    server.listen(port, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
