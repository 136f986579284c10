import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * The Socket Mode half of the fake Slack: `apps.connections.open` hands out `ws://…/socket`, the
 * server greets with `hello` like Slack, pushes envelopes and collects the app's acks.
 */
export interface SocketEnvelope {
  type: 'events_api' | 'slash_commands' | 'interactive';
  payload: unknown;
  retryAttempt?: number;
}

export interface FakeSocketMode {
  /** The URL `apps.connections.open` returns. */
  url: string;
  setBase(httpBase: string): void;
  /** Resolves once a client has connected and been sent `hello`. */
  connected(timeoutMs?: number): Promise<void>;
  /** Sends an envelope; returns its id. */
  push(envelope: SocketEnvelope): string;
  /** Resolves with the ack's payload for an envelope id. */
  ack(envelopeId: string, timeoutMs?: number): Promise<unknown>;
  /** Drops the client's connection (as a network failure would); the server keeps listening. */
  drop(): void;
  close(): Promise<void>;
}

export function attachSocketMode(server: Server): FakeSocketMode {
  const wss = new WebSocketServer({ server, path: '/socket' });
  const acks = new Map<string, unknown>();
  let client: WebSocket | undefined;
  let counter = 0;
  const fake: FakeSocketMode = {
    url: '',
    setBase(httpBase) {
      fake.url = `${httpBase.replace(/^http/, 'ws')}/socket`;
    },
    async connected(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!client) {
        if (Date.now() > deadline) throw new Error('fake Slack: no Socket Mode client connected');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    push({ type, payload, retryAttempt = 0 }) {
      if (!client) throw new Error('fake Slack: no Socket Mode client to push to');
      const envelopeId = `env-${++counter}`;
      client.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: retryAttempt,
          retry_reason: retryAttempt > 0 ? 'timeout' : '',
        }),
      );
      return envelopeId;
    },
    async ack(envelopeId, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (!acks.has(envelopeId)) {
        if (Date.now() > deadline)
          throw new Error(`fake Slack: envelope ${envelopeId} was never acknowledged`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return acks.get(envelopeId);
    },
    drop() {
      for (const socket of wss.clients) socket.terminate();
    },
    async close() {
      for (const socket of wss.clients) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
  wss.on('connection', (socket) => {
    client = socket;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id) acks.set(message.envelope_id, message.payload ?? null);
    });
    socket.on('close', () => {
      if (client === socket) client = undefined;
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'AFAKE' },
        debug_info: { host: 'fake' },
      }),
    );
  });
  return fake;
}
