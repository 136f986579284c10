import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { communityOf, type SlackDeps } from '../../deps.ts';
import { NOTE_BLOCK, resultView } from '../../render-loop.ts';
import { APOLOGY } from '../../replies.ts';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The note form behind "Wrong or outdated quote" was sent: record the flag (the answer id is the
 * view's private_metadata) and turn the form into the outcome, which only the sender sees.
 */
export function createFeedbackNoteHandler(deps: SlackDeps) {
  return async ({ ack, body, view }: Args): Promise<void> => {
    const community = communityOf(body);
    try {
      const note = view.state.values[NOTE_BLOCK]?.[NOTE_BLOCK]?.value ?? null;
      const outcome = deps.bot.loop.feedback(
        { answerId: view.private_metadata, verdict: 'wrong', note },
        {
          community,
          user: { platform: 'slack', userId: body.user.id, displayName: body.user.name || body.user.id },
        },
      );
      await ack({
        response_action: 'update',
        view: resultView(outcome.ok ? 'Thank you' : 'Not recorded', outcome.message),
      });
    } catch (error) {
      deps.logger.error('slack: recording a flag failed', { error, community });
      await ack({ response_action: 'update', view: resultView('Sorry', APOLOGY) });
    }
  };
}
