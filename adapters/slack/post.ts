import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './render.ts';

/** Every message the bot posts goes through here: no unfurling, no mention parsing, fallback text. */
export const quiet = { unfurl_links: false, unfurl_media: false, link_names: false } as const;

export interface Place {
  channel: string;
  /** Reply in this thread; undefined posts at the top level (direct messages). */
  threadTs?: string;
}

export async function post(client: webApi.WebClient, place: Place, message: SlackMessage): Promise<void> {
  await client.chat.postMessage({
    channel: place.channel,
    ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    ...quiet,
  });
}

/** Only `user` sees it; used for refusals and limits so the channel stays clean. */
export async function postPrivately(
  client: webApi.WebClient,
  place: Place,
  user: string,
  message: SlackMessage,
): Promise<void> {
  await client.chat.postEphemeral({
    channel: place.channel,
    user,
    ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
    text: message.text,
    blocks: message.blocks,
    link_names: false,
  });
}

/** The body for `respond()` (response_url) with the same guarantees. */
export function responseBody(message: SlackMessage, responseType: 'ephemeral' | 'in_channel') {
  return { response_type: responseType, text: message.text, blocks: message.blocks, ...quiet };
}
