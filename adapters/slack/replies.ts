import {
  type PinnedFact,
  type PinOutcome,
  rateLimited as rateLimitedWording,
  type SourcesInfo,
} from '../../src/index.ts';
import { cutAtSentence, escapeMrkdwn, fitEscaped, mrkdwnLink } from './mrkdwn.ts';
import { type Block, MAX_BLOCKS, SECTION_TEXT_MAX, type SlackMessage, section, TITLE_MAX } from './render.ts';

/**
 * Everything the bot says besides answers: notices, pin outcomes, lists. Same rules as answers:
 * escaped, verbatim, within limits, with fallback text.
 */
export const PIN_TEXT_SHOWN_MAX = 300;

/** A short message from plain text (escaped here). */
export function notice(text: string): SlackMessage {
  const fitted = fitEscaped(text, SECTION_TEXT_MAX);
  return { text: fitted, blocks: [section(fitted)] };
}

/** Packs already-escaped lines into sections within the block limit, counting what did not fit. */
function listMessage(heading: string, lines: string[]): SlackMessage {
  const blocks: Block[] = [];
  let current = heading;
  let shown = 0;
  for (const line of lines) {
    if (current.length + line.length + 1 <= SECTION_TEXT_MAX - 60) {
      current += `\n${line}`;
      shown++;
    } else if (blocks.length + 2 < MAX_BLOCKS) {
      blocks.push(section(current));
      current = line;
      shown++;
    } else break;
  }
  if (shown < lines.length) current += `\n_…and ${lines.length - shown} more not shown._`;
  blocks.push(section(current));
  return { text: heading, blocks };
}

export const APOLOGY =
  'Sorry, something went wrong on my side while handling that. Please try again in a moment.';

export const apology = (): SlackMessage => notice(APOLOGY);

export const rateLimited = (seconds: number): SlackMessage => notice(rateLimitedWording(seconds));

export const notModerator = (): SlackMessage =>
  notice(
    'Sorry, only moderators can change pinned facts here (workspace admins, owners and the people listed by the bot’s operator).',
  );

export function pinOutcome(outcome: PinOutcome): SlackMessage {
  if (!outcome.ok) return notice(outcome.message);
  const { pin } = outcome;
  const shown = escapeMrkdwn(cutAtSentence(pin.text, PIN_TEXT_SHOWN_MAX));
  const text = `${escapeMrkdwn(outcome.message)}\n>${shown.replace(/\n/g, '\n>')}`;
  return { text: escapeMrkdwn(outcome.message), blocks: [section(text)] };
}

export function pinLine(pin: PinnedFact): string {
  const by = escapeMrkdwn(cutAtSentence(pin.pinnedBy.displayName, 80));
  const source = pin.source ? ` · ${mrkdwnLink(pin.source, cutAtSentence(pin.source, TITLE_MAX))}` : '';
  const change = pin.sourceChange ? ` · :warning: ${escapeMrkdwn(pin.sourceChange.message)}` : '';
  return `*${escapeMrkdwn(pin.id)}* ${escapeMrkdwn(cutAtSentence(pin.text, PIN_TEXT_SHOWN_MAX))} _(pinned by ${by} on ${pin.pinnedAt.slice(0, 10)})_${source}${change}`;
}

export function pinsList(pins: PinnedFact[]): SlackMessage {
  if (pins.length === 0) return notice('No facts are pinned in this workspace yet.');
  return listMessage(`*Pinned facts (${pins.length})*`, pins.map(pinLine));
}

export function sourcesList(info: SourcesInfo): SlackMessage {
  const heading = `*My sources:* ${info.articles.length} articles, ${info.passages} passages, ${info.pins} pinned facts (loaded ${info.loadedAt.slice(0, 16).replace('T', ' ')} UTC)`;
  const lines = info.articles.map(
    (a) =>
      `• ${mrkdwnLink(a.url, cutAtSentence(a.title, TITLE_MAX))} — ${escapeMrkdwn(a.publisher)}, ${escapeMrkdwn(a.date)}`,
  );
  return listMessage(heading, lines);
}

const SLACK_USAGE = [
  'How to use me in Slack:',
  '• Mention me with a question: `@bot When was the partnership signed?` (I answer in a thread)',
  '• `/ask <question>` answers privately, with a button to share the answer in the channel',
  '• `@bot sources` lists my sources; `@bot pins` lists pinned facts',
  '• Under an answer, “Helpful” or “Wrong or outdated quote” tells the moderators how it did',
  '• Moderators: `@bot pin <fact> [source link]`, `@bot unpin <id>`, or the “Pin as fact” message shortcut; `@bot reload` re-reads the articles',
  '• Moderators: `@bot gaps [30]` lists questions I could not answer; `@bot review` the quotes flagged as wrong',
].join('\n');

export function helpMessage(coreHelp: string): SlackMessage {
  const text = `${fitEscaped(coreHelp, SECTION_TEXT_MAX - SLACK_USAGE.length - 2)}\n\n${escapeMrkdwn(SLACK_USAGE)}`;
  return { text: fitEscaped(coreHelp, SECTION_TEXT_MAX), blocks: [section(text)] };
}
