import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REDIRECT_PATH } from '../../../adapters/slack/app-auth.ts';
import { ASK_COMMAND, PIN_AS_FACT_CALLBACK_ID } from '../../../adapters/slack/listeners/index.ts';

const manifest = JSON.parse(
  readFileSync(new URL('../../../adapters/slack/manifest.json', import.meta.url), 'utf8'),
);

describe('Slack app manifest', () => {
  it('declares the command and the shortcut the listeners are registered for', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([
      ASK_COMMAND,
    ]);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({ type: 'message', callback_id: PIN_AS_FACT_CALLBACK_ID, name: 'Pin as fact' }),
    ]);
  });

  it('subscribes to mentions and direct messages with the scopes they need', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_mention',
      'message.im',
      'app_uninstalled',
      'tokens_revoked',
    ]);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['app_mentions:read', 'chat:write', 'commands', 'im:history', 'users:read']),
    );
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('declares the OAuth redirect path the installer serves', () => {
    expect(manifest.oauth_config.redirect_urls).toEqual([`https://YOUR-HOST${REDIRECT_PATH}`]);
  });
});
