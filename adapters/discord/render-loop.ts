import {
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord.js';
import { type GapReport, MAX_PIN_LENGTH, type ReviewItem, type ReviewQueue } from '../../src/index.ts';
import { escapeMarkdown, fitText } from './fit-text.ts';
import { type DiscordMessage, fitEmbed, NO_MENTIONS } from './render.ts';
import type { ButtonRow } from './render-feedback.ts';

/**
 * What moderators see: `/gaps` pages (top groups of declined questions) and `/review` pages
 * (open "wrong or outdated quote" flags, each with "Pin a correction" and "Dismiss"), and the
 * correction form, which shows the flagged question and quote as context above the pin fields.
 */

const COLOR_LOOP = 0xb7791f;
const QUESTION_SHOWN_MAX = 300;
const QUOTE_SHOWN_MAX = 500;
const NOTE_SHOWN_MAX = 300;
export const FACT_INPUT = 'fact';
export const SOURCE_INPUT = 'source';
const SOURCE_MAX_LENGTH = 500;

const day = (iso: string) => iso.slice(0, 10);
const shown = (text: string, max: number) => fitText(escapeMarkdown(text.replace(/\s+/g, ' ')), max).text;

type Style = ButtonStyle.Primary | ButtonStyle.Secondary;
const button = (customId: string, label: string, style: Style, disabled = false) => ({
  type: ComponentType.Button as const,
  custom_id: customId,
  label,
  style,
  disabled,
});

function pager(id: (page: number) => string, page: number, pages: number): ButtonRow['components'] {
  return [
    button(id(page - 1), 'Previous', ButtonStyle.Secondary, page === 0),
    button(id(page + 1), 'Next', ButtonStyle.Secondary, page >= pages - 1),
  ];
}

export const gapsPageId = (days: number, page: number) => `gaps:${days}:${page}`;

/** One page of `/gaps`, with Previous/Next and a switch between the last 7 and 30 days. */
export function renderGaps(report: GapReport): DiscordMessage {
  const description =
    report.groupCount === 0
      ? `No declined questions in the last ${report.days} days.`
      : `${report.questionCount} declined questions in ${report.groupCount} groups; each group shares the words my sources don't mention.`;
  const embed = fitEmbed({
    title: `Unanswered questions, last ${report.days} days`,
    description,
    fields: report.groups.map((group, index) => ({
      name: `${report.page * report.perPage + index + 1}. ${group.count}× · missing: ${
        group.missing.length > 0
          ? shown(group.missing.join(', '), 150)
          : `(none named) ${shown(group.terms.join(' '), 100)}`
      }`,
      value: `> e.g. “${shown(group.example, QUESTION_SHOWN_MAX)}”\nLast asked ${day(group.lastAskedAt)}`,
    })),
    footer: report.groupCount === 0 ? '' : `Page ${report.page + 1} of ${report.pages}`,
    color: COLOR_LOOP,
    omittedNote: (n) => `${n} more groups on this page not shown`,
  });
  const other = report.days === 7 ? 30 : 7;
  const components: ButtonRow[] = [
    {
      type: ComponentType.ActionRow,
      components: [
        ...pager((page) => gapsPageId(report.days, page), report.page, report.pages),
        button(gapsPageId(other, 0), `Last ${other} days`, ButtonStyle.Primary),
      ],
    },
  ];
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

export const reviewId = (action: 'pin' | 'dismiss' | 'page' | 'correct', arg: string | number) =>
  `review:${action}:${arg}`;

function itemDetails(item: ReviewItem): string {
  const lines = [
    `**Question:** ${shown(item.question, QUESTION_SHOWN_MAX)}`,
    `**Quoted:** ${shown(item.answer, QUOTE_SHOWN_MAX)}`,
    `**Passages:** ${shown(item.passageIds.join(', '), 200)}`,
  ];
  if (item.note) lines.push(`**Note:** ${shown(item.note, NOTE_SHOWN_MAX)}`);
  return lines.join('\n');
}

/** One page of `/review`: each open item with its two actions, oldest first; `notice` on top. */
export function renderReview(queue: ReviewQueue, notice = ''): DiscordMessage {
  const embed = fitEmbed({
    title: 'Review queue: quotes flagged as wrong or outdated',
    description:
      queue.total === 0
        ? 'Nothing to review: no open flags.'
        : `${queue.total} open items, oldest first. Pin a correction (answers will prefer it) or dismiss the flag.`,
    fields: queue.items.map((item) => ({
      name: `${item.id} · flagged ${day(item.flaggedAt)}`,
      value: itemDetails(item),
    })),
    footer: queue.total === 0 ? '' : `Page ${queue.page + 1} of ${queue.pages}`,
    color: COLOR_LOOP,
    omittedNote: (n) => `${n} more items on this page not shown`,
  });
  const components: ButtonRow[] = queue.items.map((item) => ({
    type: ComponentType.ActionRow,
    components: [
      button(reviewId('pin', item.id), `Pin a correction (${item.id})`, ButtonStyle.Primary),
      button(reviewId('dismiss', item.id), `Dismiss ${item.id}`, ButtonStyle.Secondary),
    ],
  }));
  if (queue.pages > 1) {
    components.push({
      type: ComponentType.ActionRow,
      components: pager((page) => reviewId('page', page), queue.page, queue.pages),
    });
  }
  const content = notice ? fitText(escapeMarkdown(notice), 2000).text : '';
  return { content, embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

/** The pin form for a correction, with the flagged question and quote shown as context. */
export function correctionModal(item: ReviewItem): APIModalInteractionResponseCallbackData {
  return {
    custom_id: reviewId('correct', item.id),
    title: fitText(`Pin a correction for ${item.id}`, 45).text,
    components: [
      { type: ComponentType.TextDisplay, content: itemDetails(item) },
      {
        type: ComponentType.Label,
        label: 'Correct fact',
        description: 'Pinned for this server; answers will prefer it.',
        component: {
          type: ComponentType.TextInput,
          custom_id: FACT_INPUT,
          style: TextInputStyle.Paragraph,
          required: true,
          max_length: MAX_PIN_LENGTH,
        },
      },
      {
        type: ComponentType.Label,
        label: 'Source (optional)',
        description: 'A link, or a passage id such as ani-2026-01-27-…#p4',
        component: {
          type: ComponentType.TextInput,
          custom_id: SOURCE_INPUT,
          style: TextInputStyle.Short,
          required: false,
          max_length: SOURCE_MAX_LENGTH,
        },
      },
    ],
  };
}
