/**
 * Slack text in and out. Slack escapes `&`, `<` and `>` in what it sends us and wraps mentions,
 * channels and links in `<…>`; we decode that into plain text for the core. Going out, every piece
 * of user or corpus text is escaped again, so `<!channel>`, `<!here>` or `<@U…>` typed by anyone
 * can never become a live mention (https://docs.slack.dev/messaging/formatting-message-text).
 */

/** Escapes the three characters Slack's mrkdwn treats as control characters, and nothing else. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Reverses `escapeMrkdwn` (also used by tests to read what a user would see). */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const special: Record<string, string> = { channel: '@channel', here: '@here', everyone: '@everyone' };

/** Turns one `<…>` token of incoming Slack text into readable plain text. */
function decodeToken(inner: string): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('@')) return label ? `@${label}` : target;
  if (target.startsWith('#')) return label ? `#${label}` : target;
  if (target.startsWith('!')) {
    const name = target.slice(1).split('^')[0] ?? '';
    return special[name] ?? label ?? `@${name}`;
  }
  const url = unescapeMrkdwn(target);
  if (!label || url.replace(/^(https?:\/\/|mailto:)/, '') === unescapeMrkdwn(label)) return url;
  return `${unescapeMrkdwn(label)} (${url})`;
}

/** Incoming Slack message text → plain text (mentions become `@name`, links their URL). */
export function decodeSlackText(text: string): string {
  return text.replace(/<([^<>]*)>|&lt;|&gt;|&amp;/g, (whole, inner?: string) =>
    inner === undefined ? unescapeMrkdwn(whole) : decodeToken(inner),
  );
}

/** The URL inside an incoming link token `<https://…|label>`, or null when the token is no link. */
export function linkTarget(token: string): string | null {
  const match = /^<(https?:\/\/[^|>]+)(\|[^>]*)?>$/.exec(token);
  return match?.[1] ? unescapeMrkdwn(match[1]) : null;
}

const LINK_URL_MAX = 500;

/** A link in outgoing mrkdwn; only sane http(s) URLs become links, anything else stays visible text. */
export function mrkdwnLink(url: string | null, label: string): string {
  if (!url || url.length > LINK_URL_MAX || !/^https?:\/\/\S+$/.test(url)) return escapeMrkdwn(label);
  const safeUrl = escapeMrkdwn(url.replace(/\|/g, '%7C'));
  return `<${safeUrl}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

/**
 * Shortens plain text to at most `max` characters, preferring a sentence end, then a word end,
 * and marks the cut with `…`. Returns the text unchanged when it fits.
 */
export function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - 2));
  const sentenceEnds = [...room.matchAll(/[.!?]["'”’)\]]?(?=\s)/g)];
  const lastSentence = sentenceEnds.at(-1);
  if (lastSentence?.index !== undefined && lastSentence.index > max / 3) {
    return `${room.slice(0, lastSentence.index + lastSentence[0].length)} …`;
  }
  const lastSpace = room.lastIndexOf(' ');
  return `${lastSpace > max / 3 ? room.slice(0, lastSpace) : room}…`;
}

/** Escapes plain text and keeps the escaped result within `max` characters (cut at a sentence). */
export function fitEscaped(text: string, max: number): string {
  let budget = max;
  for (;;) {
    const escaped = escapeMrkdwn(cutAtSentence(text, budget));
    if (escaped.length <= max) return escaped;
    budget -= Math.max(1, Math.ceil((escaped.length - max) / 4));
  }
}
