import type { AllMiddlewareArgs, InstallationStore, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../../../src/index.ts';

type Args = (SlackEventMiddlewareArgs<'app_uninstalled'> | SlackEventMiddlewareArgs<'tokens_revoked'>) &
  AllMiddlewareArgs;

/**
 * `app_uninstalled`, or `tokens_revoked` for the bot token: the workspace's installation is
 * deleted, so no request of theirs is authorised any more. Their pins are kept (with their
 * history) for the moderators' export; reinstalling brings them back into answers. Bolt skips
 * authorisation for these two events, since the token is already gone.
 */
export function createUninstalledHandler(store: InstallationStore, logger: Logger) {
  return async ({ event, body }: Args): Promise<void> => {
    if (event.type === 'tokens_revoked' && (event.tokens.bot ?? []).length === 0) return;
    const raw = body as {
      team_id?: string;
      enterprise_id?: string;
      authorizations?: Array<{ is_enterprise_install?: boolean }>;
    };
    const query = {
      teamId: raw.team_id,
      enterpriseId: raw.enterprise_id,
      isEnterpriseInstall: raw.authorizations?.[0]?.is_enterprise_install === true,
    };
    try {
      await store.deleteInstallation?.(query);
    } catch (error) {
      logger.error('slack: could not remove an installation', { error, event: event.type, ...query });
    }
  };
}
