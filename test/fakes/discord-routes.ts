import type { IncomingMessage } from 'node:http';
import { CHANNEL_ID, FAKE_APPLICATION_ID, FAKE_BOT_USER } from './discord-payloads.ts';

/**
 * The REST routes of the fake Discord (API v10): gateway discovery, the bot user, interaction
 * callbacks (a second acknowledgement gets Discord's 40060), webhook edits and follow-ups
 * answered with full message objects, and command registration (guild and global).
 */

export interface RecordedRequest {
  method: string;
  /** Decoded path without the query, e.g. `/api/v10/webhooks/…/messages/@original`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: IncomingMessage['headers'];
  at: number;
  /** The status the fake answered with. */
  status: number;
}

export type Route = (req: RecordedRequest) => { status: number; body?: unknown };

function sentMessage(body: Record<string, unknown>, channelId = CHANNEL_ID) {
  return {
    id: String(BigInt(Date.now()) << 22n),
    channel_id: channelId,
    author: FAKE_BOT_USER,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    flags: body.flags ?? 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    type: 0,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    webhook_id: FAKE_APPLICATION_ID,
  };
}

export function routesFor(
  gatewayUrl: () => string,
  gateway: { shards: number; maxConcurrency: number } = { shards: 1, maxConcurrency: 1 },
): Array<[string, RegExp, Route]> {
  const acknowledged = new Set<string>();
  const commandsWithIds = (body: unknown) =>
    (Array.isArray(body) ? body : []).map((command: Record<string, unknown>, index: number) => ({
      id: `80000000000000000${index}`,
      application_id: FAKE_APPLICATION_ID,
      version: '1',
      ...command,
    }));
  const routes: Array<[string, RegExp, Route]> = [
    [
      'GET',
      /^\/api\/v10\/gateway\/bot$/,
      () => ({
        status: 200,
        body: {
          url: gatewayUrl(),
          shards: gateway.shards,
          session_start_limit: {
            total: 1000,
            remaining: 1000,
            reset_after: 0,
            max_concurrency: gateway.maxConcurrency,
          },
        },
      }),
    ],
    ['GET', /^\/api\/v10\/users\/@me$/, () => ({ status: 200, body: FAKE_BOT_USER })],
    [
      'POST',
      /^\/api\/v10\/interactions\/(\d+)\/[^/]+\/callback$/,
      (req) => {
        const id = req.path.split('/')[4] ?? '';
        if (acknowledged.has(id)) {
          return {
            status: 400,
            body: { code: 40060, message: 'Interaction has already been acknowledged.' },
          };
        }
        acknowledged.add(id);
        return { status: 204 };
      },
    ],
    [
      'PATCH',
      /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/,
      (req) => ({ status: 200, body: sentMessage(req.body as Record<string, unknown>) }),
    ],
    [
      'POST',
      /^\/api\/v10\/webhooks\/\d+\/[^/]+$/,
      (req) => ({ status: 200, body: sentMessage(req.body as Record<string, unknown>) }),
    ],
    [
      'PUT',
      /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/,
      (req) => ({ status: 200, body: commandsWithIds(req.body) }),
    ],
  ];
  return routes;
}

// Interaction and webhook routes authenticate with the interaction token in the URL, not the bot token.
export const needsBotToken = (path: string) => !/^\/api\/v10\/(interactions|webhooks)\//.test(path);
