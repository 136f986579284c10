import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { FAKE_APPLICATION_ID, FAKE_BOT_USER } from './discord-payloads.ts';

/**
 * The gateway half of the fake Discord: HELLO, IDENTIFY → READY (or close 4004 for a wrong
 * token), heartbeat ACKs, and `dispatch` for pushing events such as INTERACTION_CREATE to every
 * identified session. READY lists no guilds so discord.js is ready at once (no GUILD_CREATE wait).
 * Sharded sessions (IDENTIFY with `shard: [id, count]`, count > 1) get only the events of their
 * guilds, routed as Discord does: `(guild_id >> 22) % count`.
 */

export interface GatewayFrame {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

export interface FakeGateway {
  /** Every frame the client sent (IDENTIFY, heartbeats, …). */
  received: GatewayFrame[];
  /** Close codes the fake used, e.g. 4004 after a bad token. */
  closeCodes: number[];
  /** Sends a dispatch (op 0) to every identified session (for a guild's event, to its shard's). */
  dispatch(t: string, d: unknown): void;
  /** `[id, count]` of each identified session, in IDENTIFY order. */
  shards(): Array<[number, number]>;
  closeAll(): Promise<void>;
}

const AUTHENTICATION_FAILED = 4004;

export function attachFakeGateway(
  server: Server,
  options: { token: string; heartbeatIntervalMs?: number | undefined },
): FakeGateway {
  const wss = new WebSocketServer({ server });
  const received: GatewayFrame[] = [];
  const closeCodes: number[] = [];
  const sessions = new Map<WebSocket, [number, number]>();
  let seq = 0;
  const send = (socket: WebSocket, frame: GatewayFrame) => socket.send(JSON.stringify(frame));

  wss.on('connection', (socket) => {
    send(socket, { op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 45_000 } });
    socket.on('close', () => sessions.delete(socket));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as GatewayFrame;
      received.push(frame);
      if (frame.op === 1) send(socket, { op: 11 });
      if (frame.op !== 2) return;
      const identify = frame.d as { token?: string; shard?: [number, number] };
      if (identify.token !== options.token) {
        closeCodes.push(AUTHENTICATION_FAILED);
        socket.close(AUTHENTICATION_FAILED, 'Authentication failed.');
        return;
      }
      const shard = identify.shard ?? [0, 1];
      sessions.set(socket, shard);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      seq += 1;
      send(socket, {
        op: 0,
        t: 'READY',
        s: seq,
        d: {
          v: 10,
          user: FAKE_BOT_USER,
          guilds: [],
          session_id: `session-${seq}`,
          resume_gateway_url: `ws://127.0.0.1:${port}`,
          application: { id: FAKE_APPLICATION_ID, flags: 0 },
          shard,
        },
      });
    });
  });

  return {
    received,
    closeCodes,
    dispatch(t, d) {
      seq += 1;
      const guild = (d as { guild_id?: string } | null)?.guild_id;
      for (const [socket, [id, count]] of sessions) {
        if (guild && count > 1 && Number((BigInt(guild) >> 22n) % BigInt(count)) !== id) continue;
        send(socket, { op: 0, t, s: seq, d });
      }
    },
    shards: () => [...sessions.values()],
    async closeAll() {
      for (const socket of wss.clients) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
