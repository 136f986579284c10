import { QUOTED_WORDS } from './question-words.ts';

/**
 * Questions scoped in time relative to today ("what did Kallas say yesterday?", "any news this
 * week?") are answered only from articles published in that window ("today" is left out: in
 * "where is it spoken today" it means nowadays), resolved against the
 * articles' publication dates; when none is, the bot says so and names the newest date it has,
 * rather than quoting an older report as if it were recent. "Before the summit" and "after the
 * signing" are resolved the same way, against the date of the event: the earliest publication
 * date of an article whose title or opening reports it (`eventWindowOf`, `Units.firstReported`).
 *
 * @module
 */
export interface TimeWindow {
  /** ISO dates, inclusive. */
  from: string;
  to: string;
  /** The words of the question that set the window ("yesterday", "last week"). */
  words: readonly string[];
  label: string;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const PATTERNS: ReadonlyArray<{ pattern: RegExp; days: (match: RegExpExecArray) => [number, number] }> = [
  { pattern: /\byesterday\b/i, days: () => [1, 1] },
  { pattern: /\bthis week\b/i, days: () => [6, 0] },
  { pattern: /\blast week\b/i, days: () => [13, 7] },
  { pattern: /\bthis month\b/i, days: () => [30, 0] },
  { pattern: /\blast month\b/i, days: () => [60, 31] },
  { pattern: /\b(\d{1,3}) days ago\b/i, days: (m) => [Number(m[1]), Number(m[1])] },
  { pattern: /\b(?:in the |over the )?(?:last|past) (\d{1,3}) days\b/i, days: (m) => [Number(m[1]), 0] },
];

/** The window a question names relative to `today`, or undefined when it names none. */
export function timeWindowOf(question: string, today: Date): TimeWindow | undefined {
  // "kallas says 'yesterday' in her thank-you": a word in quotation marks is mentioned, not used.
  const used = question.replace(QUOTED_WORDS, (quoted) => ' '.repeat(quoted.length));
  for (const { pattern, days } of PATTERNS) {
    const match = pattern.exec(used);
    if (!match) continue;
    const [back, forward] = days(match);
    const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    const from = iso(now - back * DAY);
    const to = iso(now - forward * DAY);
    return {
      from,
      to,
      words: match[0].toLowerCase().split(/\s+/),
      label:
        from === to ? `${match[0].toLowerCase()} (${from})` : `${match[0].toLowerCase()} (${from} to ${to})`,
    };
  }
  return undefined;
}

export const inWindow = (date: string | null, window: TimeWindow) =>
  date !== null && date >= window.from && date <= window.to;

/** The event a question dates itself against: "before the summit", "after the signing", "since the parade". */
export interface EventReference {
  relation: 'before' | 'after';
  /** The event's words as typed ("summit", "republic day parade"). */
  words: readonly string[];
}

const EVENT = /\b(before|after|since|until|ahead of|prior to|following) the ((?:[\p{L}-]+ ){0,2}[\p{L}-]+)/iu;

export function eventOf(question: string): EventReference | undefined {
  const match = EVENT.exec(question);
  if (!match?.[1] || !match[2]) return undefined;
  const relation = /^(before|until|ahead of|prior to)$/i.test(match[1]) ? 'before' : 'after';
  const words = match[2]
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !/^(?:and|of|in|on|at|with|to|for|by|the|a|an)$/.test(w));
  return words.length > 0 ? { relation, words } : undefined;
}

/**
 * The window before or after an event, dated by `first`: the publication date of the earliest
 * article that reports it in its title or opening (`Units.firstReported`).
 */
export function eventWindowOf(event: EventReference, first: string): TimeWindow {
  const day = Date.parse(`${first}T00:00:00Z`);
  const label = `${event.relation} the ${event.words.join(' ')} (${first})`;
  return event.relation === 'before'
    ? { from: '0000-01-01', to: iso(day - DAY), words: event.words, label }
    : { from: first, to: '9999-12-31', words: event.words, label };
}
