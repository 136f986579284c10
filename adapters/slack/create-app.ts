import { App, type AppOptions, type LogLevel, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Logger, SlackConfig } from '../../src/index.ts';
import { createBoltLogger } from './bolt-logger.ts';
import { createWebApiFetch } from './web-api-fetch.ts';

/**
 * The Bolt app: Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP with SLACK_SIGNING_SECRET
 * and `GET /healthz` on PORT. In Socket Mode the receiver is built here (with the options Bolt
 * would give it) so its connection state can be watched for the health endpoint.
 */
export interface SlackApp {
  app: App;
  /** Taking events: the Socket Mode connection is up (HTTP mode: always, while running). */
  connected(): boolean;
}

export function createSlackApp(
  config: SlackConfig,
  logger: Logger,
  retryConfig: webApi.RetryOptions = webApi.retryPolicies.fiveRetriesInFiveMinutes,
  /** One bot token, or Bolt's OAuth settings (app-auth.ts). */
  auth: Partial<AppOptions> = { token: config.SLACK_BOT_TOKEN },
): SlackApp {
  const boltLogger = createBoltLogger(logger, config.LOG_LEVEL, config.SLACK_API_URL);
  const clientOptions = { slackApiUrl: config.SLACK_API_URL, fetch: createWebApiFetch(), retryConfig };
  const common = { ...auth, deferInitialization: true, convoStore: false as const };
  if (config.SLACK_APP_TOKEN === undefined) {
    const app = new App({
      ...common,
      signingSecret: config.SLACK_SIGNING_SECRET,
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ ok: true, mode: 'http' }));
          },
        },
      ],
      logger: boltLogger,
      clientOptions,
    });
    return { app, connected: () => true };
  }
  const receiver = new SocketModeReceiver({
    appToken: config.SLACK_APP_TOKEN,
    logger: boltLogger,
    logLevel: config.LOG_LEVEL as LogLevel,
    installerOptions: { clientOptions },
  });
  let connected = false;
  receiver.client.on('connected', () => {
    connected = true;
  });
  // 'close' is the socket itself closing; the client says 'reconnecting' only after its retry delay.
  for (const state of ['close', 'connecting', 'reconnecting', 'disconnecting', 'disconnected']) {
    receiver.client.on(state, () => {
      connected = false;
    });
  }
  const app = new App({ ...common, receiver, logger: boltLogger, clientOptions });
  return { app, connected: () => connected };
}
