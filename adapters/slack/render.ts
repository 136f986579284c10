import type { types } from '@slack/bolt';
import { type Answer, type Citation, SOURCES_DIFFER } from '../../src/index.ts';
import { cutAtSentence, escapeMrkdwn, fitEscaped, mrkdwnLink } from './mrkdwn.ts';

/**
 * Answer → Block Kit. Every text is escaped (see mrkdwn.ts) and marked `verbatim` so Slack does not
 * auto-parse `@here` or channel names; every block fits Slack's limits by construction, cutting at
 * a sentence and saying so (https://docs.slack.dev/reference/block-kit/blocks).
 */
export const SECTION_TEXT_MAX = 3000;
export const MAX_BLOCKS = 50;
export const CONTEXT_ELEMENTS_MAX = 10;
export const TEXT_OBJECT_MAX = 3000;
export const BUTTON_VALUE_MAX = 2000;
/** Slack truncates `text` at 40,000 characters; a notification needs far less. */
export const FALLBACK_TEXT_MAX = 3000;
/** Our own readability limits, not Slack's. */
export const TITLE_MAX = 160;
export const PASSAGE_EXCERPT_MAX = 600;
export const CLOSEST_SHOWN_MAX = 3;
export const NAME_MAX = 80;

export const SHARE_ACTION_ID = 'share_in_channel';
export const HELPFUL_ACTION = 'feedback_helpful';
export const WRONG_ACTION = 'feedback_wrong';
export const ACTION_ID_MAX = 255;

export type Block = types.KnownBlock;
export interface SlackMessage {
  /** Fallback for notifications and screen readers; escaped mrkdwn like the blocks. */
  text: string;
  blocks: Block[];
}

export const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
export const section = (text: string): types.SectionBlock => ({ type: 'section', text: mrkdwn(text) });

const day = (iso: string | null): string | null => (iso ? iso.slice(0, 10) : null);
const name = (displayName: string): string => escapeMrkdwn(cutAtSentence(displayName, NAME_MAX));
const minute = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** One numbered source line: title, publisher, date, paragraph and link; pins with who and when. */
export function sourceLine(citation: Citation): string {
  const marker = `*[${citation.n}]*`;
  if (citation.kind === 'pin' && citation.pin) {
    const { pinnedBy, pinnedAt, source, message, sourceChange } = citation.pin;
    const parts = [
      `${marker} 📌 ${escapeMrkdwn(cutAtSentence(citation.title, TITLE_MAX))}, pinned by ${name(pinnedBy.displayName)} on ${minute(pinnedAt)}`,
    ];
    if (source) parts.push(`source: ${mrkdwnLink(source, cutAtSentence(source, TITLE_MAX))}`);
    if (sourceChange) parts.push(`:warning: ${escapeMrkdwn(sourceChange.message)}`);
    if (message)
      parts.push(`from ${mrkdwnLink(message.link, 'a message')} by ${name(message.author.displayName)}`);
    return parts.join(' · ');
  }
  const details = [
    citation.publisher,
    day(citation.date),
    citation.paragraph ? `paragraph ${citation.paragraph}` : null,
    citation.speakers ? `quoting ${citation.speakers.join(' and ')}` : null,
    citation.alsoReportedBy
      ? `also reported by ${citation.alsoReportedBy.map((c) => `${c.publisher} (${day(c.date)})`).join(', ')}`
      : null,
  ]
    .filter((part): part is string => Boolean(part))
    .map(escapeMrkdwn);
  return `${marker} ${mrkdwnLink(citation.url, cutAtSentence(citation.title, TITLE_MAX))} — ${details.join(', ')}`;
}

/** Packs lines into context blocks (one mrkdwn element each) within `maxBlocks`; notes what was left out. */
function contextBlocks(heading: string, lines: string[], maxBlocks: number): types.ContextBlock[] {
  const blocks: types.ContextBlock[] = [];
  let current = heading;
  let shown = 0;
  for (const line of lines) {
    const next = `${current}\n${line}`;
    if (next.length <= TEXT_OBJECT_MAX - 40) {
      current = next;
      shown++;
      continue;
    }
    if (blocks.length + 1 >= maxBlocks) break;
    blocks.push({ type: 'context', elements: [mrkdwn(current)] });
    current = line;
    shown++;
  }
  if (shown < lines.length) current += `\n_…and ${lines.length - shown} more sources not shown._`;
  blocks.push({ type: 'context', elements: [mrkdwn(current)] });
  return blocks;
}

/** The answer text, whole sentences first; a cut is marked. */
function answerText(answer: Answer): string {
  const note = '\n_(answer shortened to fit Slack)_';
  const sentences = answer.sentences.length
    ? answer.sentences.map((s) => `${s.text} [${s.citation}]`)
    : [answer.answer];
  let text = '';
  for (const sentence of sentences) {
    const escaped = escapeMrkdwn(sentence);
    const joined = text ? `${text} ${escaped}` : escaped;
    if (joined.length <= SECTION_TEXT_MAX - note.length) {
      text = joined;
      continue;
    }
    if (!text) text = fitEscaped(sentence, SECTION_TEXT_MAX - note.length);
    return text + note;
  }
  return text;
}

function closestBlocks(closest: Citation[]): Block[] {
  const blocks: Block[] = [section('_Closest passages, *not answering* your question, shown for context:_')];
  for (const citation of closest.slice(0, CLOSEST_SHOWN_MAX)) {
    blocks.push(section(`> ${fitEscaped(citation.text, PASSAGE_EXCERPT_MAX).replace(/\n/g, '\n> ')}`));
    blocks.push({ type: 'context', elements: [mrkdwn(sourceLine(citation))] });
  }
  return blocks;
}

const feedbackButton = (actionId: string, text: string, answerId: string): types.Button => ({
  type: 'button',
  action_id: actionId,
  text: { type: 'plain_text', text, emoji: true },
  value: answerId,
});

/** "Helpful" and "Wrong or outdated quote" under an answered question that has an id. */
export function feedbackButtons(answer: Answer): types.Button[] {
  if (answer.kind !== 'answered' || !answer.id || answer.id.length > BUTTON_VALUE_MAX) return [];
  return [
    feedbackButton(HELPFUL_ACTION, '👍 Helpful', answer.id),
    feedbackButton(WRONG_ACTION, '⚠️ Wrong or outdated quote', answer.id),
  ];
}

export interface RenderOptions {
  /** Adds a "Share in channel" button that re-asks this question publicly. */
  shareQuestion?: string;
  /** A line shown above the answer, plain text (escaped here), e.g. who asked what. */
  preface?: string;
}

/** Renders what the bot says to a question as a Slack message. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const blocks: Block[] = [];
  const tail: Block[] = [];
  if (options.preface)
    blocks.push({ type: 'context', elements: [mrkdwn(fitEscaped(options.preface, TEXT_OBJECT_MAX))] });
  const share = options.shareQuestion;
  const buttons: types.Button[] = [];
  if (
    share &&
    share.length <= BUTTON_VALUE_MAX &&
    (answer.kind === 'answered' || answer.kind === 'not-covered')
  ) {
    buttons.push({
      type: 'button',
      action_id: SHARE_ACTION_ID,
      text: { type: 'plain_text', text: 'Share in channel' },
      value: share,
    });
  }
  buttons.push(...feedbackButtons(answer));
  if (buttons.length > 0) tail.push({ type: 'actions', elements: buttons });
  let fallback: string;
  if (answer.answered) {
    if (answer.sourcesDiffer)
      blocks.push({ type: 'context', elements: [mrkdwn(`:warning: ${SOURCES_DIFFER}`)] });
    blocks.push(section(answerText(answer)));
    const budget = MAX_BLOCKS - blocks.length - tail.length;
    blocks.push(...contextBlocks('*Sources*', answer.citations.map(sourceLine), budget));
    fallback = fitEscaped(answer.answer, FALLBACK_TEXT_MAX);
  } else {
    const message = answer.message ?? 'I have nothing to say to that.';
    blocks.push(section(fitEscaped(message, SECTION_TEXT_MAX)));
    if (answer.closest.length > 0) blocks.push(...closestBlocks(answer.closest));
    fallback = fitEscaped(message, FALLBACK_TEXT_MAX);
  }
  return { text: fallback, blocks: [...blocks, ...tail] };
}
