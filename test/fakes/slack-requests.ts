import { createHmac } from 'node:crypto';
import { FAKE_TEAM } from './slack.ts';

/**
 * Requests as Slack sends them to an HTTP-mode app: JSON events, form-encoded slash commands and
 * interactivity payloads, signed with the signing secret (`v0=` HMAC-SHA256 of `v0:ts:body`).
 * Variants forge the signature, age the timestamp or add Slack's retry headers.
 */
export interface SignOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  badSignature?: boolean;
  retryNum?: number;
  retryReason?: string;
}

export interface SlackRequest {
  body: string;
  contentType: string;
}

export async function signedPost(
  url: string,
  request: SlackRequest,
  options: SignOptions,
): Promise<Response> {
  const ts = options.timestamp ?? Math.floor(Date.now() / 1000);
  const mac = createHmac('sha256', options.secret).update(`v0:${ts}:${request.body}`).digest('hex');
  const signature = `v0=${options.badSignature ? mac.replace(/^./, (c) => (c === '0' ? '1' : '0')) : mac}`;
  const headers: Record<string, string> = {
    'content-type': request.contentType,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': signature,
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body: request.body });
}

let counter = 0;
const nextTs = () => `${1_700_100_000 + ++counter}.${String(counter).padStart(6, '0')}`;

/** An Events API callback; `event` gets a fresh `ts` unless given one. */
export function eventRequest(
  event: Record<string, unknown>,
  options: { eventId?: string; team?: string } = {},
): SlackRequest {
  const body = {
    token: 'legacy-verification-token',
    team_id: options.team ?? FAKE_TEAM,
    api_app_id: 'AFAKE',
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${++counter}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { ts: nextTs(), event_ts: nextTs(), ...event },
  };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

export const mention = (user: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user,
  text,
  channel: 'C0GENERAL',
  ...extra,
});

export const directMessage = (user: string, text: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  channel_type: 'im',
  user,
  text,
  channel: 'D0DIRECT',
  client_msg_id: `cm-${++counter}`,
  ...extra,
});

/** A slash command as Slack posts it (form-encoded). */
export function commandRequest(fields: {
  command?: string;
  text: string;
  user: string;
  responseUrl: string;
}): SlackRequest {
  const form = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: FAKE_TEAM,
    team_domain: 'fake',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: fields.user,
    user_name: fields.user.toLowerCase(),
    command: fields.command ?? '/ask',
    text: fields.text,
    api_app_id: 'AFAKE',
    response_url: fields.responseUrl,
    trigger_id: `trig-${++counter}`,
  });
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** An interactivity payload (button click, shortcut) as Slack posts it: JSON in a `payload` field. */
export function interactionRequest(payload: Record<string, unknown>): SlackRequest {
  return {
    body: new URLSearchParams({
      payload: JSON.stringify({ trigger_id: `trig-${++counter}`, ...payload }),
    }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

export function shareClick(user: string, question: string, responseUrl: string): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: FAKE_TEAM, domain: 'fake' },
    user: { id: user, name: user.toLowerCase(), team_id: FAKE_TEAM },
    api_app_id: 'AFAKE',
    container: { type: 'message', is_ephemeral: true, channel_id: 'C0GENERAL' },
    channel: { id: 'C0GENERAL', name: 'general' },
    response_url: responseUrl,
    actions: [
      { type: 'button', action_id: 'share_in_channel', block_id: 'b1', value: question, action_ts: nextTs() },
    ],
  };
}

export function pinShortcut(
  user: string,
  message: { text: string; user?: string; ts?: string },
  responseUrl: string,
) {
  const ts = message.ts ?? nextTs();
  return {
    type: 'message_action',
    callback_id: 'pin_as_fact',
    team: { id: FAKE_TEAM, domain: 'fake' },
    user: { id: user, name: user.toLowerCase(), team_id: FAKE_TEAM },
    channel: { id: 'C0GENERAL', name: 'general' },
    message_ts: ts,
    message: { type: 'message', ts, text: message.text, ...(message.user ? { user: message.user } : {}) },
    response_url: responseUrl,
    action_ts: nextTs(),
  };
}

/** A click on a button of a message the bot posted (any action id; `value` as rendered). */
export function buttonClick(
  user: string,
  action: { actionId: string; value: string },
  responseUrl: string,
  options: { team?: string; ephemeral?: boolean } = {},
): Record<string, unknown> {
  const team = options.team ?? FAKE_TEAM;
  return {
    type: 'block_actions',
    team: { id: team, domain: 'fake' },
    user: { id: user, name: user.toLowerCase(), team_id: team },
    api_app_id: 'AFAKE',
    container: { type: 'message', is_ephemeral: options.ephemeral ?? false, channel_id: 'C0GENERAL' },
    channel: { id: 'C0GENERAL', name: 'general' },
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        action_id: action.actionId,
        block_id: 'b1',
        value: action.value,
        action_ts: nextTs(),
      },
    ],
  };
}

/** A modal sent by the user: `values` maps each input block id (and action id) to what was typed. */
export function viewSubmission(
  user: string,
  view: { callbackId: string; privateMetadata: string; values: Record<string, string | null> },
  options: { team?: string } = {},
): Record<string, unknown> {
  const team = options.team ?? FAKE_TEAM;
  const values = Object.fromEntries(
    Object.entries(view.values).map(([id, value]) => [id, { [id]: { type: 'plain_text_input', value } }]),
  );
  return {
    type: 'view_submission',
    team: { id: team, domain: 'fake' },
    user: { id: user, name: user.toLowerCase(), team_id: team },
    api_app_id: 'AFAKE',
    view: {
      id: `V${++counter}`,
      team_id: team,
      type: 'modal',
      callback_id: view.callbackId,
      private_metadata: view.privateMetadata,
      state: { values },
      hash: `h${counter}`,
    },
    response_urls: [],
  };
}
