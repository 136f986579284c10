import {
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  RESTEvents,
  Status,
} from 'discord.js';
import {
  type Bot,
  createLogger,
  createMemorySharedState,
  createSharedRateLimiter,
  type DiscordConfig,
  type Logger,
  type SharedState,
} from '../../src/index.ts';
import { commandsFor, components } from './commands/index.ts';
import { connect, fatalCloseMessage } from './connect.ts';
import { createInteractionHandler } from './handle-interaction.ts';
import { NO_MENTIONS } from './render.ts';
import { renderNotice } from './render-lists.ts';

/**
 * The Discord adapter: a gateway client with the Guilds intent only (slash commands and the
 * message command bring everything we read), every interaction routed to `bot` and rendered.
 */

export { DiscordLoginError } from './connect.ts';

const SHUTDOWN_GRACE_MS = 5000;
const RESTARTING = 'I am restarting. Please ask again in a minute.';

export interface DiscordAdapter {
  client: Client;
  name: 'discord';
  /** Connected: every gateway shard ready, and not stopping (the health endpoint's answer). */
  healthy(): boolean;
  /** Stops taking interactions, lets the ones in flight finish (up to 5 s), then disconnects. */
  stop(): Promise<void>;
}

export async function startDiscord(
  config: DiscordConfig,
  bot: Bot,
  options: {
    logger?: Logger;
    onFatal?: (message: string) => void;
    /** Where question limits are kept: shared by every shard on PostgreSQL (openStorage). */
    state?: SharedState;
  } = {},
): Promise<DiscordAdapter> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: { api: config.DISCORD_API_URL },
  });
  const handle = createInteractionHandler({
    bot,
    logger,
    askLimiter: createSharedRateLimiter(options.state ?? createMemorySharedState(), {
      limit: config.RATE_LIMIT_QUESTIONS,
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
      logger,
    }),
    moderatorRoleIds: config.DISCORD_MODERATOR_ROLE_IDS,
    commands: commandsFor(config),
    components,
  });

  let stopping = false;
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    const work =
      stopping && interaction.isRepliable()
        ? interaction
            .reply({
              ...renderNotice(RESTARTING),
              flags: MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds,
            })
            .then(
              () => undefined,
              () => undefined,
            )
        : handle(interaction);
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  client.on(Events.Warn, (message) => logger.warn(`discord: ${message}`));
  client.on(Events.Error, (error) => logger.error('discord: client error', { error }));
  client.on(Events.ShardDisconnect, (event) => {
    const fatal = fatalCloseMessage(event.code);
    // discord.js does not reconnect after these codes; a process that cannot answer should say so.
    if (!fatal) return;
    logger.error(fatal, { closeCode: event.code });
    options.onFatal?.(fatal);
  });
  // A surprise 429 surfaces only as a response (discord.js waits Retry-After and retries by
  // itself); `rateLimited` covers the waits it schedules ahead of time.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429) return;
    logger.warn('discord: rate limited, waiting before retrying', {
      route: request.route,
      method: request.method,
      retryAfterSeconds: Number(response.headers.get('retry-after')),
    });
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn('discord: rate limited, waiting before retrying', {
      route: info.route,
      method: info.method,
      retryAfterSeconds: info.retryAfter / 1000,
    }),
  );

  await connect(client, config.DISCORD_TOKEN);
  logger.info('discord: connected', { user: client.user?.tag, applicationId: client.application?.id });

  return {
    client,
    name: 'discord',
    healthy: () =>
      !stopping &&
      client.isReady() &&
      [...client.ws.shards.values()].every((shard) => shard.status === Status.Ready),
    async stop() {
      if (stopping) return;
      stopping = true;
      const grace = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref());
      await Promise.race([Promise.allSettled([...inFlight]), grace]);
      await client.destroy();
      logger.info('discord: disconnected');
    },
  };
}
