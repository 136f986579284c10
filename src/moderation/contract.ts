import type { Actor, AskContext, PinnedFact } from '../types.ts';

/**
 * The contract of the feedback loop between the core and the adapters: what the bot could not
 * answer (gaps), what users said about answers (feedback) and what moderators did about it
 * (reviews). Like the rest of the contract, expected outcomes are values, never exceptions.
 */

export type FeedbackVerdict = 'helpful' | 'wrong';

/** A press of "Helpful" or "Wrong or outdated quote" under an answer. */
export interface FeedbackRequest {
  /** `Answer.id` of the answer the button was under. */
  answerId: string;
  verdict: FeedbackVerdict;
  /** The user's optional note with a "wrong" flag (at most 500 characters). */
  note?: string | null;
}

/**
 * Why the loop refused something: not a moderator, an answer or review item unknown here (or of
 * another community), an answer older than the retention window, feedback already given, a
 * review item already resolved, or input that is not valid.
 */
export type LoopRefusal =
  | 'not-moderator'
  | 'not-found'
  | 'other-community'
  | 'expired'
  | 'duplicate'
  | 'resolved'
  | 'invalid';

export type Refused = { ok: false; reason: LoopRefusal; message: string };

export type LoopOutcome<T> = ({ ok: true } & T) | Refused;

/** Declined questions that share the same missing words (or, when none is named, the same terms). */
export interface GapGroup {
  /** The analyser's stems the group is keyed by. */
  terms: string[];
  /** Declined questions in the window. */
  count: number;
  /** The most recent question of the group, as asked. */
  example: string;
  /** Words of the example that no source mentions, as typed; may be empty. */
  missing: string[];
  lastAskedAt: string;
}

/** One page of the top gap groups of a community over the last `days`. */
export interface GapReport {
  community: string;
  days: number;
  since: string;
  /** 0-based page shown, how many pages there are (at least 1) and groups per page. */
  page: number;
  pages: number;
  perPage: number;
  /** Groups and declined questions in the window, over all pages. */
  groupCount: number;
  questionCount: number;
  groups: GapGroup[];
}

export type ReviewStatus = 'open' | 'pinned' | 'dismissed';

/** A "wrong or outdated quote" flag, waiting for a moderator or resolved by one. */
export interface ReviewItem {
  /** `R<n>`. */
  id: string;
  community: string;
  answerId: string;
  question: string;
  /** The answer as the user saw it: the quoted sentences with their `[n]` markers. */
  answer: string;
  /** Ids of the passages (or pins) the answer quoted. */
  passageIds: string[];
  note: string | null;
  flaggedAt: string;
  /** Only when GAPS_STORE_USER=true. */
  flaggedBy: Actor | null;
  status: ReviewStatus;
  resolvedBy: Actor | null;
  resolvedAt: string | null;
  /** The correction pinned when `status` is `pinned`. */
  pinId: string | null;
}

/** The open review items of a community, oldest first, one page. */
export interface ReviewQueue {
  community: string;
  page: number;
  pages: number;
  total: number;
  items: ReviewItem[];
}

/** What a moderator does with a review item. */
export type ReviewResolution =
  | { action: 'dismiss' }
  | { action: 'pin'; text: string; source?: string | null };

/** Everything the loop holds for one community, for `npm run gaps -- --json`. */
export interface LoopExport {
  community: string;
  days: number;
  since: string;
  gaps: { questionCount: number; groups: GapGroup[] };
  /** Per answer that got feedback in the window: its question (null once its record is gone) and the votes. */
  feedback: Array<{
    answerId: string;
    question: string | null;
    answeredAt: string | null;
    helpful: number;
    wrong: number;
  }>;
  /** Every review item flagged in the window, open or resolved, oldest first. */
  reviews: ReviewItem[];
}

/** What the bot's loop methods return; the pin is present when a correction was pinned. */
export type ReviewOutcome = LoopOutcome<{ item: ReviewItem; message: string; pin?: PinnedFact }>;

/**
 * The loop as adapters use it (`bot.loop`). Gaps and reviews are for moderators (a refusal value
 * otherwise); feedback is for anyone with a user id, once per answer.
 */
export interface FeedbackLoop {
  /** Records a vote on an answer (a "wrong" vote also opens a review item). */
  feedback(request: FeedbackRequest, context: AskContext): LoopOutcome<{ message: string }>;
  /** Whether `feedback` would take a vote on this answer from this user, recording nothing. */
  checkFeedback(answerId: string, context: AskContext): LoopOutcome<{ message: string }>;
  /** The top gap groups of the last `days` (default 7), one page (default the first). */
  gaps(context: AskContext, options?: { days?: number; page?: number }): LoopOutcome<{ report: GapReport }>;
  /** Open review items, oldest first, one page. */
  reviewQueue(context: AskContext, options?: { page?: number }): LoopOutcome<{ queue: ReviewQueue }>;
  /** An open review item; a resolved one is refused, saying who resolved it and how. */
  reviewItem(id: string, context: AskContext): LoopOutcome<{ item: ReviewItem }>;
  /** Dismisses an open item, or pins a correction and closes the item with the pin's id. */
  resolveReview(id: string, resolution: ReviewResolution, context: AskContext): ReviewOutcome;
  /** Everything recorded for a community over the last `days` (default: the retention window). */
  exportCommunity(community: string, options?: { days?: number }): LoopExport;
  /** Communities with anything recorded. */
  communities(): string[];
  /** How many days records are kept (GAPS_RETENTION_DAYS). */
  readonly retentionDays: number;
}
