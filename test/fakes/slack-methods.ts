export const FAKE_TEAM = 'T0FAKE';
export const FAKE_BOT_USER = 'UBOTFAKE';
export const FAKE_BOT_ID = 'BBOTFAKE';

export interface FakeUser {
  name?: string;
  displayName?: string;
  isAdmin?: boolean;
  isOwner?: boolean;
}

/** What the fake Slack answers to each Web API method it knows (the `ok: true` part is added by the caller). */
export type MethodResult = (body: Record<string, unknown>) => Record<string, unknown>;

export function createMethodResults(
  users: Map<string, FakeUser>,
  socketUrl: () => string,
): Record<string, MethodResult> {
  let ts = 1_700_000_000;
  return {
    // Slack's connectivity check: no token needed, echoes its arguments.
    'api.test': (body) => ({ args: body }),
    'auth.test': () => ({
      url: 'https://fake.slack.test/',
      team: 'Fake',
      user: 'bot',
      team_id: FAKE_TEAM,
      user_id: FAKE_BOT_USER,
      bot_id: FAKE_BOT_ID,
    }),
    'chat.postMessage': (body) => ({
      channel: body.channel,
      ts: `${++ts}.000100`,
      message: { text: body.text },
    }),
    'chat.postEphemeral': () => ({ message_ts: `${++ts}.000200` }),
    'chat.getPermalink': (body) => ({
      channel: body.channel,
      permalink: `https://fake.slack.test/archives/${String(body.channel)}/p${String(body.message_ts).replace('.', '')}`,
    }),
    'users.info': (body) => {
      const id = String(body.user);
      const user = users.get(id) ?? {};
      return {
        user: {
          id,
          name: user.name ?? id.toLowerCase(),
          real_name: user.displayName ?? id,
          profile: { display_name: user.displayName ?? '', real_name: user.displayName ?? id },
          is_admin: user.isAdmin ?? false,
          is_owner: user.isOwner ?? false,
          is_primary_owner: false,
        },
      };
    },
    'views.open': (body) => ({
      view: { id: `V${++ts}`, team_id: FAKE_TEAM, ...(body.view as Record<string, unknown>) },
    }),
    'apps.connections.open': () => ({ url: socketUrl() }),
    // OAuth: a code `code-<TEAM>` installs the app in workspace TEAM with bot token xoxb-installed-<TEAM>.
    'oauth.v2.access': (body) => {
      const team = String(body.code).replace(/^code-/, '');
      return {
        access_token: `xoxb-installed-${team}`,
        token_type: 'bot',
        scope: 'app_mentions:read,chat:write,commands,im:history,users:read',
        bot_user_id: `UBOT${team}`,
        app_id: 'AFAKE',
        team: { id: team, name: `Workspace ${team}` },
        enterprise: null,
        is_enterprise_install: false,
        authed_user: { id: 'UINSTALLER' },
      };
    },
    response_url: () => ({}),
  };
}
