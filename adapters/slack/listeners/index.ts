import type { App, BlockButtonAction, InstallationStore } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import type { Inflight } from '../inflight.ts';
import { HELPFUL_ACTION, SHARE_ACTION_ID, WRONG_ACTION } from '../render.ts';
import { CORRECTION_VIEW, NOTE_VIEW } from '../render-loop.ts';
import { SOURCES_ACTIONS } from '../render-sources.ts';
import { createFeedbackHandler } from './actions/feedback.ts';
import { createGapsPageHandler } from './actions/gaps-page.ts';
import { createReviewActionHandler } from './actions/review.ts';
import { createShareInChannelHandler } from './actions/share-in-channel.ts';
import { createSourcesPageHandler } from './actions/sources-page.ts';
import { createAskCommandHandler } from './commands/ask.ts';
import { createAppMentionHandler } from './events/app-mention.ts';
import { createDirectMessageHandler } from './events/direct-message.ts';
import { createUninstalledHandler } from './events/uninstalled.ts';
import { createPinAsFactHandler } from './shortcuts/pin-as-fact.ts';
import { createFeedbackNoteHandler } from './views/feedback-note.ts';
import { createReviewCorrectionHandler } from './views/review-correction.ts';

/** Ids shared with manifest.json: the slash command and the message shortcut's callback id. */
export const ASK_COMMAND = '/ask';
export const PIN_AS_FACT_CALLBACK_ID = 'pin_as_fact';

/**
 * The explicit list of listeners (no folder scanning), each tracked for graceful shutdown. With an
 * installation store (OAuth), uninstalling removes the workspace's installation.
 */
export function registerListeners(
  app: App,
  deps: SlackDeps,
  inflight: Inflight,
  installations?: InstallationStore,
): void {
  if (installations) {
    const uninstalled = createUninstalledHandler(installations, deps.logger);
    app.event('app_uninstalled', uninstalled);
    app.event('tokens_revoked', uninstalled);
  }
  app.event('app_mention', inflight.track(createAppMentionHandler(deps)));
  app.message(inflight.track(createDirectMessageHandler(deps)));
  app.command(ASK_COMMAND, inflight.track(createAskCommandHandler(deps)));
  app.shortcut(
    { callback_id: PIN_AS_FACT_CALLBACK_ID, type: 'message_action' },
    inflight.track(createPinAsFactHandler(deps)),
  );
  app.action<BlockButtonAction>(SHARE_ACTION_ID, inflight.track(createShareInChannelHandler(deps)));
  const feedback = inflight.track(createFeedbackHandler(deps));
  app.action<BlockButtonAction>(HELPFUL_ACTION, feedback);
  app.action<BlockButtonAction>(WRONG_ACTION, feedback);
  app.view(NOTE_VIEW, inflight.track(createFeedbackNoteHandler(deps)));
  app.action<BlockButtonAction>(/^gaps_(previous|next|days)$/, inflight.track(createGapsPageHandler(deps)));
  app.action<BlockButtonAction>(
    /^review_(pin|dismiss|previous|next)$/,
    inflight.track(createReviewActionHandler(deps)),
  );
  app.view(CORRECTION_VIEW, inflight.track(createReviewCorrectionHandler(deps)));
  app.action<BlockButtonAction>(SOURCES_ACTIONS, inflight.track(createSourcesPageHandler(deps)));
}
