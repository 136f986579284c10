import { decodeSlackText, linkTarget } from './mrkdwn.ts';

/**
 * What a mention (or a direct message) asks for. Commands are the first word after the bot's
 * mention; anything else is a question. `pin` takes an optional trailing source: a link or a
 * corpus passage id such as `ani-2026-01-27-india-eu#p3`. `gaps [days]` and `review` are for
 * moderators (the unanswered questions and the flagged quotes).
 */
export type TextCommand =
  | { kind: 'ask'; question: string }
  | { kind: 'pin'; text: string; source: string | null }
  | { kind: 'unpin'; id: string }
  | { kind: 'pins' }
  | { kind: 'sources' }
  | { kind: 'help' }
  | { kind: 'gaps'; days: number }
  | { kind: 'review' }
  | { kind: 'reload' }
  | { kind: 'source-add'; url: string }
  | { kind: 'usage'; message: string };

const PASSAGE_ID = /^[a-z0-9][a-z0-9.-]*#p\d+$/i;

/** Removes mentions of the bot itself, wherever they are in the message. */
function withoutBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.replace(/^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>/, '');
  return text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ');
}

function parsePin(rest: string): TextCommand {
  const tokens = rest.trim().split(/\s+/).filter(Boolean);
  const last = tokens.at(-1);
  let source: string | null = null;
  if (last && tokens.length > 1) {
    source = linkTarget(last) ?? (PASSAGE_ID.test(last) ? last : null);
    if (source) tokens.pop();
  }
  const text = decodeSlackText(tokens.join(' ')).trim();
  if (!text) return { kind: 'usage', message: 'To pin a fact: `pin <fact> [source link]`.' };
  return { kind: 'pin', text, source };
}

/** Parses raw Slack message text (still escaped, with `<…>` tokens) into a command. */
export function parseTextCommand(rawText: string, botUserId?: string): TextCommand {
  const text = withoutBotMention(rawText, botUserId).trim();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(text);
  const word = match?.[1]?.toLowerCase().replace(/[.!?:]+$/, '') ?? '';
  const rest = match?.[2] ?? '';
  if (word === 'pin') return parsePin(rest);
  if (word === 'unpin') {
    const id = rest.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
    return id
      ? { kind: 'unpin', id }
      : { kind: 'usage', message: 'To remove a pin: `unpin <id>`, e.g. `unpin P3`.' };
  }
  if (
    !rest.trim() &&
    (word === 'pins' || word === 'sources' || word === 'help' || word === 'review' || word === 'reload')
  ) {
    return { kind: word };
  }
  // `gaps`, `gaps 30`, `gaps 30 days`; "gaps in the partnership?" stays a question.
  const days = /^(\d{1,3})(?:\s*days?)?$/i.exec(rest.trim());
  if (word === 'gaps' && (!rest.trim() || days)) return { kind: 'gaps', days: Number(days?.[1] ?? 7) };
  if (word === 'source' && /^add\b/i.test(rest.trim())) {
    const link = rest.trim().split(/\s+/)[1];
    const url = link ? (linkTarget(link) ?? decodeSlackText(link)) : '';
    return url
      ? { kind: 'source-add', url }
      : { kind: 'usage', message: 'To propose an article: `source add <link>`.' };
  }
  return { kind: 'ask', question: decodeSlackText(text).trim() };
}
