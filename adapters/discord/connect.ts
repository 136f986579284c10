import { type Client, type CloseEvent, Events, GatewayCloseCodes } from 'discord.js';

/**
 * Logs in and waits until the client is ready, turning Discord's ways of refusing us into one
 * clear error. A rejected token shows up either as HTTP 401 on `GET /gateway/bot` (discord.js
 * throws `TokenInvalid`) or as gateway close 4004; both are final, so we stop instead of retrying.
 */

export class DiscordLoginError extends Error {
  override name = 'DiscordLoginError';
}

const FATAL_CLOSE: Partial<Record<number, string>> = {
  [GatewayCloseCodes.AuthenticationFailed]:
    'Discord: DISCORD_TOKEN was rejected by the gateway (close code 4004, authentication failed). Copy the bot token again from the Developer Portal (Bot → Reset Token) into DISCORD_TOKEN.',
  [GatewayCloseCodes.DisallowedIntents]:
    'Discord: the gateway refused the requested intents (close code 4014). This bot needs only the Guilds intent.',
  [GatewayCloseCodes.InvalidIntents]: 'Discord: the gateway says the intents are invalid (close code 4013).',
  [GatewayCloseCodes.InvalidAPIVersion]: 'Discord: the gateway refused API version 10 (close code 4012).',
};

const TOKEN_REJECTED_BY_REST =
  'Discord: DISCORD_TOKEN was rejected (HTTP 401 Unauthorized from GET /gateway/bot). Copy the bot token again from the Developer Portal (Bot → Reset Token) into DISCORD_TOKEN.';

/** The message for a close code after which discord.js will not reconnect, or null. */
export const fatalCloseMessage = (code: number): string | null => FATAL_CLOSE[code] ?? null;

function explain(error: unknown, closeCode: number | null): DiscordLoginError {
  if (closeCode !== null && FATAL_CLOSE[closeCode]) return new DiscordLoginError(FATAL_CLOSE[closeCode]);
  const { code, status } = (error ?? {}) as { code?: unknown; status?: unknown };
  if (code === 'TokenInvalid' || status === 401) return new DiscordLoginError(TOKEN_REJECTED_BY_REST);
  const detail = error instanceof Error ? error.message : String(error);
  return new DiscordLoginError(
    `Discord: could not connect (${detail}). Check DISCORD_API_URL and the network.`,
  );
}

/** The same explanation for a failed REST call made before any login (the shard count). */
export const explainLoginError = (error: unknown): DiscordLoginError => explain(error, null);

export async function connect(client: Client, token: string): Promise<void> {
  let closeCode: number | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.on(Events.ShardDisconnect, (event: CloseEvent) => {
      closeCode = event.code;
      if (FATAL_CLOSE[event.code]) reject(new Error(`gateway closed with ${event.code}`));
    });
  });
  // login() can fail before `ready` settles; the rejection is handled by the catch below.
  ready.catch(() => {});
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw explain(error, closeCode);
  }
}
