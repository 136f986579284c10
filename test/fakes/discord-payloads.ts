/**
 * INTERACTION_CREATE payloads shaped like Discord's own (API v10), for the fake gateway to
 * dispatch. `member.permissions` is what discord.js reads as `interaction.memberPermissions`,
 * so permission branches are tested by changing that string.
 */

export const FAKE_APPLICATION_ID = '900000000000000001';
export const FAKE_BOT_USER = { id: FAKE_APPLICATION_ID, username: 'factbot', discriminator: '0', bot: true };
export const GUILD_ID = '100000000000000001';
export const CHANNEL_ID = '300000000000000001';

/** View channel, send messages, use application commands: an ordinary member. */
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 31n));
/** An ordinary member plus Manage Messages (1 << 13). */
export const MODERATOR_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | (1n << 13n));

export interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
}

export const alice: FakeUser = { id: '200000000000000001', username: 'alice', global_name: 'Alice' };
export const mo: FakeUser = { id: '200000000000000002', username: 'mo', global_name: 'Mo the Moderator' };

let counter = 0n;
const nextId = () => {
  counter += 1n;
  return String((BigInt(Date.now() - 1420070400000) << 22n) + counter);
};

export interface Invoker {
  user?: FakeUser;
  permissions?: string;
  roles?: string[];
  guildId?: string;
}

type Option = { name: string; type: number; value: string | number | boolean; focused?: boolean };

function base(type: number, invoker: Invoker) {
  const id = nextId();
  const guildId = invoker.guildId ?? GUILD_ID;
  const user = { discriminator: '0', avatar: null, global_name: null, ...(invoker.user ?? alice) };
  return {
    id,
    application_id: FAKE_APPLICATION_ID,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    guild_id: guildId,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: guildId, name: 'general' },
    member: {
      user,
      roles: invoker.roles ?? [],
      joined_at: '2025-01-01T00:00:00.000Z',
      permissions: invoker.permissions ?? MEMBER_PERMISSIONS,
      nick: null,
      avatar: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      premium_since: null,
      communication_disabled_until: null,
    },
    app_permissions: MEMBER_PERMISSIONS,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

export const string = (name: string, value: string, focused = false): Option =>
  focused ? { name, type: 3, value, focused } : { name, type: 3, value };
export const boolean = (name: string, value: boolean): Option => ({ name, type: 5, value });

export function chatInput(name: string, options: Option[] = [], invoker: Invoker = {}) {
  return { ...base(2, invoker), data: { id: nextId(), name, type: 1, options } };
}

/** A slash command used in a DM with the bot: `user` instead of `member`, no guild. */
export function directMessageChatInput(name: string, options: Option[] = [], user: FakeUser = alice) {
  const { guild_id: _guild, member: _member, ...rest } = chatInput(name, options);
  const channel = { id: '300000000000000099', type: 1, recipients: [] };
  return {
    ...rest,
    channel_id: channel.id,
    channel,
    user: { discriminator: '0', avatar: null, global_name: null, ...user },
    authorizing_integration_owners: { '1': user.id },
    context: 1,
  };
}

export function autocomplete(name: string, options: Option[], invoker: Invoker = {}) {
  return { ...base(4, invoker), data: { id: nextId(), name, type: 1, options } };
}

export function messageObject(content: string, author: FakeUser, overrides: Record<string, unknown> = {}) {
  return {
    id: nextId(),
    channel_id: CHANNEL_ID,
    author: { discriminator: '0', avatar: null, global_name: null, ...author },
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...overrides,
  };
}

export function messageContextMenu(
  name: string,
  target: ReturnType<typeof messageObject>,
  invoker: Invoker = {},
) {
  return {
    ...base(2, invoker),
    data: {
      id: nextId(),
      name,
      type: 3,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
    },
  };
}

/** A click on a button (component type 2) of a message the bot sent earlier. */
export function buttonClick(customId: string, message: Record<string, unknown>, invoker: Invoker = {}) {
  return {
    ...base(3, invoker),
    data: { custom_id: customId, component_type: 2 },
    message: { ...messageObject('', FAKE_BOT_USER), ...message, author: FAKE_BOT_USER },
  };
}

/**
 * A submitted modal (interaction type 5) as Discord sends it for a form built of a text display
 * and labelled text inputs: the display comes back as `{type: 10, id}`, each input inside its
 * label (type 18) with the value typed.
 */
export function modalSubmit(customId: string, values: Record<string, string>, invoker: Invoker = {}) {
  let id = 0;
  return {
    ...base(5, invoker),
    data: {
      custom_id: customId,
      components: [
        { type: 10, id: ++id },
        ...Object.entries(values).map(([inputId, value]) => ({
          type: 18,
          id: ++id,
          component: { type: 4, id: ++id, custom_id: inputId, value },
        })),
      ],
    },
  };
}
