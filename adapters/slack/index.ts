import type { AddressInfo } from 'node:net';
import { type App, ErrorCode, type webApi } from '@slack/bolt';
import {
  type Bot,
  createLogger,
  createMemorySharedState,
  createSharedRateLimiter,
  type Logger,
  type SharedState,
  type SlackConfig,
} from '../../src/index.ts';
import { appAuthOptions } from './app-auth.ts';
import { createSlackApp } from './create-app.ts';
import { createDedupeMiddleware } from './dedupe.ts';
import type { SlackDeps } from './deps.ts';
import { createInflight } from './inflight.ts';
import { registerListeners } from './listeners/index.ts';
import { checkReachable } from './reachable.ts';
import { describeStartError, SlackStartError } from './start-error.ts';
import { createUserDirectory } from './users.ts';

/**
 * The Slack adapter: Socket Mode when SLACK_APP_TOKEN is set (no public URL needed), otherwise
 * HTTP on PORT, verifying every request with SLACK_SIGNING_SECRET and serving `GET /healthz`.
 * Before listening, one request checks that SLACK_API_URL answers and `auth.test` checks the
 * token, so an unreachable API or a bad token stops the start-up with a clear error. With
 * SLACK_CLIENT_ID, workspaces install the app through OAuth instead of one token (app-auth.ts).
 */
export interface SlackOptions {
  logger?: Logger;
  /** HTTP mode only; defaults to PORT. 0 picks a free port (tests). */
  port?: number;
  /** Web API retry policy; the default gives up after about five minutes. */
  retryConfig?: webApi.RetryOptions;
  /** How long `stop()` waits for answers still being posted. */
  drainTimeoutMs?: number;
  /**
   * Event claims, the users.info cache, rate limits and installations; the storage's state
   * (`openStorage`), shared by replicas on PostgreSQL. Defaults to this process's memory.
   */
  state?: SharedState;
}

export interface RunningSlack {
  app: App;
  name: 'slack';
  /** Taking events: running, and in Socket Mode connected (the health endpoint's answer). */
  healthy(): boolean;
  /** The HTTP port in HTTP mode; undefined in Socket Mode. */
  port?: number;
  stop(): Promise<void>;
}

export async function startSlack(
  config: SlackConfig,
  bot: Bot,
  options: SlackOptions = {},
): Promise<RunningSlack> {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const socketMode = config.SLACK_APP_TOKEN !== undefined;
  if (!socketMode && !config.SLACK_SIGNING_SECRET) {
    throw new SlackStartError(
      'Slack: HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  const state = options.state ?? createMemorySharedState();
  const auth = appAuthOptions(config, state, logger);
  const { app, connected } = createSlackApp(config, logger, options.retryConfig, auth);

  const deps: SlackDeps = {
    bot,
    logger,
    limiter: createSharedRateLimiter(state, {
      limit: config.RATE_LIMIT_QUESTIONS,
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
      logger,
    }),
    users: createUserDirectory({ moderatorIds: config.SLACK_MODERATOR_IDS, logger, state }),
  };
  const inflight = createInflight();
  // Tracked from the claim on: Bolt acknowledges an event before any middleware runs, so an event
  // still waiting for its claim (a database round trip) is already owed an answer at shutdown.
  app.use(inflight.track(createDedupeMiddleware(state, logger)));
  registerListeners(app, deps, inflight, auth.installationStore);
  app.error(async (error) => {
    // With OAuth, a workspace that uninstalled (or never installed) the app is declined by Bolt.
    if (error.code === ErrorCode.AuthorizationError) {
      logger.warn(
        'slack: declined a request that could not be authorised (see error: no installation, or the database is away)',
        {
          error: error.message,
        },
      );
      return;
    }
    logger.error('slack: unhandled error in a listener', { error });
  });

  await checkReachable(config.SLACK_API_URL);
  try {
    await app.init();
  } catch (error) {
    throw describeStartError(error, 'SLACK_BOT_TOKEN');
  }

  let port: number | undefined;
  if (socketMode) {
    try {
      await app.start();
    } catch (error) {
      throw describeStartError(error, 'SLACK_APP_TOKEN');
    }
    logger.info('slack: connected in Socket Mode');
  } else {
    const server = await app.start(options.port ?? config.PORT);
    port = (server.address() as AddressInfo).port;
    logger.info('slack: listening for HTTP requests', { port });
  }

  let stopped = false;
  return {
    app,
    name: 'slack',
    healthy: () => !stopped && connected(),
    ...(port === undefined ? {} : { port }),
    async stop() {
      stopped = true;
      await app.stop();
      const drained = await inflight.drain(options.drainTimeoutMs ?? 10_000);
      if (!drained) logger.warn('slack: stopped with answers still in flight');
    },
  };
}
