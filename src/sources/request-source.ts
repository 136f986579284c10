import type { AskContext, SourceRequestOutcome } from '../types.ts';
import { openSourceQueue, type SourceQueue } from './source-queue.ts';

/**
 * `/source add url:` from chat: a moderator proposes a page; the operator decides
 * (`npm run add -- --pending`), since what the bot quotes is the operator's responsibility. Off
 * unless ALLOW_CHAT_SOURCES=true. The page is not fetched here: nothing from chat reaches the
 * network until the operator has looked at the address. A URL already in the corpus or already
 * waiting is refused with what it duplicates.
 *
 * @module
 */
export interface SourceRequestsOptions {
  enabled: boolean;
  dataDir: string | undefined;
  /** The article already holding this URL, if any. */
  articleWithUrl: (url: string) => { id: string; title: string } | undefined;
  now: () => Date;
}

const MAX_URL_LENGTH = 2000;

export function createSourceRequests(options: SourceRequestsOptions) {
  let queue: SourceQueue | undefined;
  const refuse = (
    reason: Extract<SourceRequestOutcome, { ok: false }>['reason'],
    message: string,
    existingId?: string,
  ): SourceRequestOutcome =>
    existingId === undefined ? { ok: false, reason, message } : { ok: false, reason, message, existingId };

  return {
    request(rawUrl: string, context: AskContext): SourceRequestOutcome {
      if (!options.enabled)
        return refuse(
          'disabled',
          'Adding sources from chat is turned off on this bot; ask its operator to add the page.',
        );
      if (context.isModerator !== true)
        return refuse('not-moderator', 'Sorry, only moderators can propose sources.');
      const text = rawUrl.trim();
      let url: URL | undefined;
      try {
        url = new URL(text);
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || text.length > MAX_URL_LENGTH)
        return refuse('invalid', 'Give the address of the article as an http(s) link.');
      const known = options.articleWithUrl(url.href);
      if (known)
        return refuse('duplicate', `That page is already one of my sources: “${known.title}”.`, known.id);
      queue ??= openSourceQueue(options.dataDir);
      const actor = context.user ?? { platform: 'local' as const, userId: 'local', displayName: 'console' };
      const { request, created } = queue.add({
        url: url.href,
        community: context.community,
        actor,
        at: options.now().toISOString(),
      });
      if (!created)
        return refuse(
          'duplicate',
          `That page is already waiting for the operator as ${request.id}.`,
          request.id,
        );
      return {
        ok: true,
        request,
        message: `Queued ${request.id} for the operator's approval: ${request.url}. I will quote it once they add it.`,
      };
    },
    close(): void {
      queue?.close();
      queue = undefined;
    },
  };
}
