import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationRecords, Logger } from '../../src/index.ts';

/**
 * Bolt's installation store over the core's installation records (PostgreSQL with DATABASE_URL,
 * else pins.db): one record per workspace, or per organisation for an org-wide install, holding
 * what Bolt gives us after `oauth.v2.access` (the bot token among it). Uninstalling removes the
 * record; the workspace's pins stay, for its moderators to export.
 */
export function installationKey(query: {
  isEnterpriseInstall?: boolean;
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
}): string {
  if (query.isEnterpriseInstall && query.enterpriseId) return `slack:enterprise:${query.enterpriseId}`;
  if (query.teamId) return `slack:team:${query.teamId}`;
  throw new Error('Slack: an installation query names neither a workspace nor an organisation');
}

export function createInstallationStore(records: InstallationRecords, logger: Logger): InstallationStore {
  return {
    async storeInstallation(installation) {
      const key = installationKey({
        isEnterpriseInstall: installation.isEnterpriseInstall,
        enterpriseId: installation.enterprise?.id,
        teamId: installation.team?.id,
      });
      await records.save(key, installation);
      logger.info('slack: app installed', {
        key,
        team: installation.team?.id,
        enterprise: installation.enterprise?.id,
      });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const key = installationKey(query);
      const found = (await records.fetch(key)) as Installation | undefined;
      // Bolt expects a throw for "not installed": it then declines the request.
      if (!found) throw new Error(`Slack: no installation for ${key}`);
      return found;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      const key = installationKey(query);
      const removed = await records.delete(key);
      logger.info('slack: app uninstalled; installation removed, pins kept', { key, removed });
    },
  };
}
