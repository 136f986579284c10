import { createHash } from 'node:crypto';
import type { Actor, AskContext, FeedbackRequest, LoopOutcome, Refused } from '../types.ts';
import { parseAnswerId } from './answer-id.ts';
import type { AnswerRecord, ModerationLog } from './moderation-log.ts';

/**
 * Votes under answers. Checks, in order: the button names an answer at all, of this community
 * (a press from elsewhere is refused without looking anything up), within the retention window,
 * still on record, and not voted on by this user before. Only then is anything written, so a
 * refused or repeated press records nothing. The user is kept as a one-way key of the user and
 * the answer, which is enough to refuse a second vote; the user id itself only with
 * GAPS_STORE_USER=true.
 *
 * @module
 */

export const NOTE_MAX_LENGTH = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface FeedbackOptions {
  log: ModerationLog;
  now: () => Date;
  retentionDays: number;
  storeUser: boolean;
}

const refuse = (reason: Refused['reason'], message: string): Refused => ({ ok: false, reason, message });

/** One vote per user per answer: the key stored instead of the user id. */
export function voterKey(answerId: string, user: Actor): string {
  return createHash('sha256')
    .update(`${answerId}\n${user.platform}:${user.userId}`)
    .digest('base64url')
    .slice(0, 22);
}

export function createFeedback(options: FeedbackOptions) {
  const { log, now, retentionDays, storeUser } = options;

  function userOf(context: AskContext): Actor {
    if (!context.user?.userId) throw new TypeError('FeedbackLoop: feedback needs context.user');
    return context.user;
  }

  function locate(answerId: string, context: AskContext): Refused | { answer: AnswerRecord; voter: string } {
    const user = userOf(context);
    const ref = parseAnswerId(answerId);
    if (!ref) return refuse('invalid', 'That button does not name an answer of mine.');
    if (ref.community !== context.community) {
      return refuse(
        'other-community',
        'That answer was given in another community; I take feedback on it only there.',
      );
    }
    if (now().getTime() - ref.at.getTime() > retentionDays * DAY_MS) {
      return refuse(
        'expired',
        `That answer is older than ${retentionDays} days, so I no longer take feedback on it.`,
      );
    }
    const answer = log.getAnswer(answerId);
    if (!answer || answer.community !== context.community) {
      return refuse(
        'not-found',
        'I no longer have a record of that answer, so I cannot take feedback on it.',
      );
    }
    const voter = voterKey(answerId, user);
    if (log.hasFeedback(answerId, voter)) {
      return refuse('duplicate', 'You already gave feedback on this answer; it counts once.');
    }
    return { answer, voter };
  }

  return {
    check(answerId: string, context: AskContext): LoopOutcome<{ message: string }> {
      const found = locate(answerId, context);
      return 'ok' in found ? found : { ok: true, message: 'You can give feedback on this answer.' };
    },

    give(request: FeedbackRequest, context: AskContext): LoopOutcome<{ message: string }> {
      const note = request.note?.trim() || null;
      if (request.verdict !== 'helpful' && request.verdict !== 'wrong') {
        return refuse('invalid', 'Feedback is either "helpful" or "wrong".');
      }
      if (note !== null && note.length > NOTE_MAX_LENGTH) {
        return refuse(
          'invalid',
          `A note can be at most ${NOTE_MAX_LENGTH} characters (this one has ${note.length}).`,
        );
      }
      const found = locate(request.answerId, context);
      if ('ok' in found) return found;
      const { answer, voter } = found;
      const at = now().toISOString();
      const user = userOf(context);
      const wrong = request.verdict === 'wrong';
      const added = log.addFeedback(
        {
          answerId: answer.id,
          community: answer.community,
          voter,
          verdict: request.verdict,
          note: wrong ? note : null,
          givenBy: storeUser ? user : null,
          at,
        },
        wrong
          ? {
              community: answer.community,
              answerId: answer.id,
              question: answer.question,
              answer: answer.answer,
              cited: answer.cited,
              note,
              flaggedBy: storeUser ? user : null,
              flaggedAt: at,
            }
          : undefined,
      );
      // Another process recorded this user's vote between the check and the write.
      if (!added) return refuse('duplicate', 'You already gave feedback on this answer; it counts once.');
      return {
        ok: true,
        message: wrong
          ? 'Thank you. I flagged this quote for the moderators to review.'
          : 'Thank you. I noted that this answer helped.',
      };
    },
  };
}
