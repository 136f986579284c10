import { readFileSync } from 'node:fs';
import type { AppOptions } from '@slack/bolt';
import { isSlackOAuth, type Logger, type SharedState, type SlackConfig } from '../../src/index.ts';
import { createInstallationStore } from './installation-store.ts';

/**
 * How the app authenticates: with one workspace's bot token (SLACK_BOT_TOKEN), or, when
 * SLACK_CLIENT_ID is set, through Bolt's OAuth flow: `GET /slack/install` sends an admin to Slack's
 * consent page ("Add to Slack"), `GET /slack/oauth_redirect` exchanges the code with
 * `oauth.v2.access` and stores the installation; every request then uses its workspace's token.
 * The bot scopes come from manifest.json, so the consent page asks for exactly what the app declares.
 */
const manifest = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as {
  oauth_config: { scopes: { bot: string[] } };
};
export const BOT_SCOPES: readonly string[] = manifest.oauth_config.scopes.bot;
export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export function appAuthOptions(config: SlackConfig, state: SharedState, logger: Logger): Partial<AppOptions> {
  if (!isSlackOAuth(config) || config.SLACK_CLIENT_ID === undefined) return { token: config.SLACK_BOT_TOKEN };
  return {
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    stateSecret: config.SLACK_STATE_SECRET,
    scopes: [...BOT_SCOPES],
    installationStore: createInstallationStore(state.installations, logger),
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // The install page redirects straight to Slack's consent page instead of showing a button.
      directInstall: true,
      // oauth.v2.access and the auth.test after it go to the same Web API as everything else.
      clientOptions: { slackApiUrl: config.SLACK_API_URL },
    },
  };
}
