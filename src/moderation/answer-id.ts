import { randomBytes } from 'node:crypto';

/**
 * Answer ids name the answer, its community and its time, so a feedback button carrying only the
 * id is enough to refuse a press from another community or on an answer past the retention window
 * before anything is looked up: `<ms since epoch, base 36>.<10 hex digits>.<community>`, at most
 * 63 characters (a Discord custom_id holds 100, a Slack button value 2,000). A community id longer
 * than 40 characters (no platform has one) gets no answer id, so its answers carry no buttons.
 *
 * @module
 */

export const MAX_COMMUNITY_IN_ID = 40;

export interface AnswerRef {
  community: string;
  at: Date;
}

const ID = /^([0-9a-z]{1,11})\.([0-9a-f]{10})\.(.{1,40})$/s;

/** A fresh id for an answer given now in `community`, or undefined when the community cannot fit. */
export function newAnswerId(community: string, at: Date): string | undefined {
  if (community.length === 0 || community.length > MAX_COMMUNITY_IN_ID) return undefined;
  return `${at.getTime().toString(36)}.${randomHex()}.${community}`;
}

// Random bytes drawn a pool at a time: one system call per 400 answers, not one per answer.
let pool = Buffer.alloc(0);
let used = 0;
function randomHex(): string {
  if (used + 5 > pool.length) {
    pool = randomBytes(2000);
    used = 0;
  }
  used += 5;
  return pool.toString('hex', used - 5, used);
}

/** The community and time an answer id names, or undefined when the text is not an answer id. */
export function parseAnswerId(id: string): AnswerRef | undefined {
  const match = ID.exec(id);
  if (!match?.[1] || !match[3]) return undefined;
  const ms = Number.parseInt(match[1], 36);
  if (!Number.isSafeInteger(ms)) return undefined;
  return { community: match[3], at: new Date(ms) };
}
