import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type HealthServer, startHealthServer } from '../../adapters/health.ts';

/** `GET /healthz` on HEALTH_PORT: 200 while every platform is connected, 503 while one is not. */
describe('health endpoint', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers 200 with each platform while all are connected, 503 while one is not', async () => {
    let slackUp = true;
    server = await startHealthServer(0, [
      { name: 'discord', healthy: () => true },
      { name: 'slack', healthy: () => slackUp },
    ]);
    const url = `http://127.0.0.1:${server.port}/healthz`;
    const up = await fetch(url);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ ok: true, platforms: { discord: true, slack: true } });
    slackUp = false;
    const down = await fetch(url);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, platforms: { discord: true, slack: false } });
  });

  it('answers 404 to anything but GET /healthz', async () => {
    server = await startHealthServer(0, []);
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`, { method: 'POST' })).status).toBe(404);
  });

  it('names HEALTH_PORT when the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      await expect(startHealthServer(port, [])).rejects.toThrow(
        `Health: cannot listen on HEALTH_PORT=${port} (EADDRINUSE); choose a free port.`,
      );
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});
