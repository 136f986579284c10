import type { types } from '@slack/bolt';
import type { GapReport, ReviewItem, ReviewQueue } from '../../src/index.ts';
import { MAX_PIN_LENGTH, NOTE_MAX_LENGTH } from '../../src/index.ts';
import { cutAtSentence, fitEscaped } from './mrkdwn.ts';
import { type Block, mrkdwn, type SlackMessage, section } from './render.ts';

/**
 * The feedback loop in Block Kit (the buttons under answers are in render.ts): the note form behind
 * "Wrong or outdated quote", `@bot gaps` and `@bot review` pages, and the correction form that
 * shows the flagged question and quote above the pin fields. Limits:
 * https://docs.slack.dev/reference/block-kit/blocks, https://docs.slack.dev/surfaces/modals
 */

export const NOTE_VIEW = 'feedback_note';
export const CORRECTION_VIEW = 'review_correct';
export const FACT_BLOCK = 'fact';
export const SOURCE_BLOCK = 'source';
export const NOTE_BLOCK = 'note';
/** Modal titles and button texts hold at most 24 and 75 characters. */
export const MODAL_TITLE_MAX = 24;
export const APOLOGY =
  'Sorry, something went wrong on my side while handling that. Please try again in a moment.';
const SOURCE_MAX_LENGTH = 500;

type Button = types.Button;
const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });
const button = (actionId: string, text: string, value: string, style?: 'primary'): Button => ({
  type: 'button',
  action_id: actionId,
  text: plain(text),
  value,
  ...(style ? { style } : {}),
});
const day = (iso: string) => iso.slice(0, 10);
/** User text on one line, escaped, at most `max` characters once escaped. */
const shown = (text: string, max: number) => fitEscaped(text.replace(/\s+/g, ' '), max);

const modal = (title: string, blocks: Block[], extra: Partial<types.ModalView> = {}): types.ModalView => ({
  type: 'modal',
  title: plain(cutAtSentence(title, MODAL_TITLE_MAX)),
  close: plain('Close'),
  blocks,
  ...extra,
});

/** A modal that only says something: what a form turns into once it was sent. */
export const resultView = (title: string, text: string): types.ModalView =>
  modal(title, [section(fitEscaped(text, 3000))]);

export function noteView(answerId: string): types.ModalView {
  return modal(
    'Wrong or outdated quote',
    [
      section('A moderator will look at the quote. Saying what is wrong or outdated helps them fix it.'),
      {
        type: 'input',
        block_id: NOTE_BLOCK,
        optional: true,
        label: plain('What is wrong? (optional)'),
        element: {
          type: 'plain_text_input',
          action_id: NOTE_BLOCK,
          multiline: true,
          max_length: NOTE_MAX_LENGTH,
        },
      },
    ],
    { callback_id: NOTE_VIEW, private_metadata: answerId, submit: plain('Send'), close: plain('Cancel') },
  );
}

function itemText(item: ReviewItem): string {
  const lines = [
    `*${item.id}* · flagged ${day(item.flaggedAt)}`,
    `*Question:* ${shown(item.question, 300)}`,
    `*Quoted:* ${shown(item.answer, 600)}`,
    `*Passages:* ${shown(item.passageIds.join(', '), 300)}`,
  ];
  if (item.note) lines.push(`*Note:* ${shown(item.note, 300)}`);
  return lines.join('\n');
}

export function correctionView(item: ReviewItem): types.ModalView {
  return modal(
    'Pin a correction',
    [
      section(itemText(item)),
      {
        type: 'input',
        block_id: FACT_BLOCK,
        label: plain('Correct fact (pinned for this workspace)'),
        element: {
          type: 'plain_text_input',
          action_id: FACT_BLOCK,
          multiline: true,
          max_length: MAX_PIN_LENGTH,
        },
      },
      {
        type: 'input',
        block_id: SOURCE_BLOCK,
        optional: true,
        label: plain('Source: a link or a passage id (optional)'),
        element: { type: 'plain_text_input', action_id: SOURCE_BLOCK, max_length: SOURCE_MAX_LENGTH },
      },
    ],
    { callback_id: CORRECTION_VIEW, private_metadata: item.id, submit: plain('Pin'), close: plain('Cancel') },
  );
}

export function gapsMessage(report: GapReport): SlackMessage {
  const heading = `*Unanswered questions, last ${report.days} days*`;
  if (report.groupCount === 0) {
    const text = `${heading}\nNo declined questions in the last ${report.days} days.`;
    return { text, blocks: [section(text), { type: 'actions', elements: [daysButton(report.days)] }] };
  }
  const lines = report.groups.map((group, index) => {
    const missing =
      group.missing.length > 0
        ? shown(group.missing.join(', '), 200)
        : `(none named) ${shown(group.terms.join(' '), 150)}`;
    return `${report.page * report.perPage + index + 1}. *${group.count}×* · missing: ${missing}\n>e.g. “${shown(group.example, 300)}” (last asked ${day(group.lastAskedAt)})`;
  });
  const summary = `${report.questionCount} declined questions in ${report.groupCount} groups · page ${report.page + 1} of ${report.pages}`;
  const nav: Button[] = [];
  if (report.page > 0) nav.push(button('gaps_previous', 'Previous', `${report.days}:${report.page - 1}`));
  if (report.page < report.pages - 1)
    nav.push(button('gaps_next', 'Next', `${report.days}:${report.page + 1}`));
  return {
    text: `${heading} (${summary})`,
    blocks: [
      section(heading),
      ...lines.map(section),
      { type: 'context', elements: [mrkdwn(summary)] },
      { type: 'actions', elements: [...nav, daysButton(report.days)] },
    ],
  };
}

function daysButton(days: number): Button {
  const other = days === 7 ? 30 : 7;
  return button('gaps_days', `Last ${other} days`, `${other}:0`);
}

export function reviewMessage(queue: ReviewQueue, notice = ''): SlackMessage {
  const heading = '*Review queue: quotes flagged as wrong or outdated*';
  const top = notice ? `${fitEscaped(notice, 500)}\n${heading}` : heading;
  if (queue.total === 0) {
    const text = `${top}\nNothing to review: no open flags.`;
    return { text, blocks: [section(text)] };
  }
  const blocks: Block[] = [section(`${top}\n${queue.total} open items, oldest first.`)];
  for (const item of queue.items) {
    blocks.push(section(itemText(item)), {
      type: 'actions',
      elements: [
        button('review_pin', `Pin a correction (${item.id})`, item.id, 'primary'),
        button('review_dismiss', `Dismiss ${item.id}`, `${item.id}:${queue.page}`),
      ],
    });
  }
  const nav: Button[] = [];
  if (queue.page > 0) nav.push(button('review_previous', 'Previous', String(queue.page - 1)));
  if (queue.page < queue.pages - 1) nav.push(button('review_next', 'Next', String(queue.page + 1)));
  blocks.push({ type: 'context', elements: [mrkdwn(`Page ${queue.page + 1} of ${queue.pages}`)] });
  if (nav.length > 0) blocks.push({ type: 'actions', elements: nav });
  return { text: `${top} (${queue.total} open items)`, blocks };
}
