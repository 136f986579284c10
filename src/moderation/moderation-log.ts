import type { Actor, FeedbackVerdict, ReviewStatus } from '../types.ts';

/**
 * The storage port of the feedback loop, beside `PinStore` in the same database: declined
 * questions (gaps), the answers feedback can name, the votes, and the review queue. The SQLite and
 * in-memory logs implement it (one contract suite runs against both); the loop service owns
 * permissions, validation and retention, the log only stores and answers plain queries. Times are
 * ISO 8601 strings in UTC (`Date.toISOString()`), so they compare as text in any SQL database.
 *
 * @module
 */

export interface GapRecord {
  community: string;
  question: string;
  /** Words of the question no source mentions, as typed. */
  missing: string[];
  /** `gapKey` of the question: what groups it with similar ones. */
  groupKey: string;
  /** Only when GAPS_STORE_USER=true. */
  askedBy: Actor | null;
  at: string;
}

export interface GapGroupRow {
  groupKey: string;
  count: number;
  lastAt: string;
  /** The group's most recent question. */
  example: GapRecord;
}

/** An answer that can take feedback: what was asked and what the user was shown. */
export interface AnswerRecord {
  id: string;
  community: string;
  question: string;
  answer: string;
  cited: string[];
  at: string;
}

export interface FeedbackRecord {
  answerId: string;
  community: string;
  /** A one-way key of the user and the answer: enforces one vote per user per answer. */
  voter: string;
  verdict: FeedbackVerdict;
  note: string | null;
  /** Only when GAPS_STORE_USER=true. */
  givenBy: Actor | null;
  at: string;
}

export interface NewReview {
  community: string;
  answerId: string;
  question: string;
  answer: string;
  cited: string[];
  note: string | null;
  flaggedBy: Actor | null;
  flaggedAt: string;
}

export interface ReviewRecord extends NewReview {
  /** Positive, never reused. */
  num: number;
  status: ReviewStatus;
  resolvedBy: Actor | null;
  resolvedAt: string | null;
  pinId: string | null;
}

export interface Resolution {
  status: Exclude<ReviewStatus, 'open'>;
  actor: Actor;
  at: string;
  pinId: string | null;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface ModerationLog {
  addGap(gap: GapRecord): void;
  /** Groups of a community's gaps at or after `since`: most questions first, then most recent. */
  gapGroups(
    community: string,
    since: string,
    page: Page,
  ): { total: number; questions: number; groups: GapGroupRow[] };
  addAnswer(answer: AnswerRecord): void;
  getAnswer(id: string): AnswerRecord | undefined;
  /**
   * Records a vote and, for a "wrong" vote, its review item, atomically. Returns false, recording
   * nothing, when this voter already voted on this answer.
   */
  addFeedback(feedback: FeedbackRecord, review?: NewReview): boolean;
  hasFeedback(answerId: string, voter: string): boolean;
  /** A community's votes at or after `since`, oldest first. */
  feedbackSince(community: string, since: string): FeedbackRecord[];
  /** A community's review items, oldest first; only those with `status` when given. */
  reviews(
    community: string,
    options: { status?: ReviewStatus; since?: string } & Page,
  ): { total: number; items: ReviewRecord[] };
  getReview(num: number): ReviewRecord | undefined;
  /** Resolves an open item; undefined, changing nothing, when it is not open (any more). */
  resolveReview(num: number, resolution: Resolution): ReviewRecord | undefined;
  /** Every community with anything recorded. */
  communities(): string[];
  /** Deletes everything recorded before `before`; returns how many records went. */
  prune(before: string): number;
  close(): void;
}
