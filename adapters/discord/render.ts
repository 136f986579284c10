import type { APIEmbed, APIEmbedField } from 'discord.js';
import { type Answer, type Citation, SOURCES_DIFFER } from '../../src/index.ts';
import { escapeMarkdown, fitText } from './fit-text.ts';
import { type ButtonRow, feedbackRows } from './render-feedback.ts';

/**
 * Turns the core's `Answer` into a Discord message. Everything fits Discord's limits by
 * construction: each piece is shortened to its own limit and to what is left of the 6,000
 * character embed budget, at a sentence boundary and with a visible note. Quoted text is
 * escaped so it shows verbatim, and no message ever parses mentions.
 *
 * Links live only inside embeds, which Discord never unfurls, so answers need no
 * SuppressEmbeds flag (that flag would hide our own embed too); text-only notices set it.
 * Limits: https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */

export const EMBED_TITLE_LIMIT = 256;
export const EMBED_DESCRIPTION_LIMIT = 4096;
export const EMBED_FIELD_NAME_LIMIT = 256;
export const EMBED_FIELD_VALUE_LIMIT = 1024;
export const EMBED_FOOTER_LIMIT = 2048;
export const EMBED_FIELDS_LIMIT = 25;
export const EMBED_TOTAL_LIMIT = 6000;
export const EMBEDS_PER_MESSAGE_LIMIT = 10;
export const CONTENT_LIMIT = 2000;
export const CHOICE_NAME_LIMIT = 100;
export const AUTOCOMPLETE_CHOICES_LIMIT = 25;

// Our own budget choices inside Discord's limits.
const FOOTER_BUDGET = 300;
const SOURCES_BUDGET = 1500;
const MIN_FIELD_VALUE = 80;
const CLOSEST_EXCERPT_MAX = 600;

const COLOR_ANSWER = 0x2f6fde;
const COLOR_NOT_ANSWERED = 0x8a8f98;

/** Parses no @everyone, @here, role or user mentions, and does not ping the replied-to user. */
export const NO_MENTIONS: { parse: []; repliedUser: false } = { parse: [], repliedUser: false };

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components?: ButtonRow[];
  allowedMentions: typeof NO_MENTIONS;
  flags?: number;
}

export interface EmbedParts {
  title: string;
  description: string;
  /** Longest description allowed before the fields; defaults to Discord's limit. */
  descriptionMax?: number;
  fields: APIEmbedField[];
  footer: string;
  color: number;
  /** Footer note for fields that did not fit. */
  omittedNote(count: number): string;
}

/** Builds one embed whose every part, and whose total, is within Discord's limits. */
export function fitEmbed(parts: EmbedParts): APIEmbed {
  const title = fitText(parts.title, EMBED_TITLE_LIMIT).text;
  const descriptionMax = Math.min(
    parts.descriptionMax ?? EMBED_DESCRIPTION_LIMIT,
    EMBED_DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT - title.length - FOOTER_BUDGET,
  );
  const description = fitText(parts.description, descriptionMax, '… *(shortened)*').text;
  let left = EMBED_TOTAL_LIMIT - title.length - description.length - FOOTER_BUDGET;
  const fields: APIEmbedField[] = [];
  for (const field of parts.fields) {
    // Discord rejects a message with an empty field name or value.
    const name = fitText(field.name.trim() || '—', EMBED_FIELD_NAME_LIMIT).text;
    const room = Math.min(EMBED_FIELD_VALUE_LIMIT, left - name.length);
    if (fields.length === EMBED_FIELDS_LIMIT || room < MIN_FIELD_VALUE) break;
    const value = fitText(field.value.trim() || '—', room).text;
    fields.push({ name, value, inline: false });
    left -= name.length + value.length;
  }
  const omitted = parts.fields.length - fields.length;
  const footer = [parts.footer, omitted > 0 ? parts.omittedNote(omitted) : ''].filter(Boolean).join(' · ');
  const embed: APIEmbed = { title, color: parts.color, fields };
  if (description) embed.description = description;
  if (footer) embed.footer = { text: fitText(footer, Math.min(FOOTER_BUDGET, EMBED_FOOTER_LIMIT)).text };
  return embed;
}

/** A markdown link, only for http(s) URLs; Discord never unfurls links inside embeds. */
export function linkTo(label: string, url: string | null): string {
  if (!url || !/^https?:\/\/[^\s<>]+$/i.test(url)) return '';
  return `[${escapeMarkdown(label)}](${url.replaceAll('(', '%28').replaceAll(')', '%29')})`;
}

function provenance(citation: Citation): string {
  if (citation.kind === 'pin' && citation.pin) {
    const { pin } = citation;
    const lines = [
      `Pinned fact, pinned by ${escapeMarkdown(pin.pinnedBy.displayName)} on ${pin.pinnedAt.slice(0, 10)}`,
    ];
    if (pin.source && pin.source !== pin.message?.link)
      lines.push(`Source: ${linkTo(pin.source, pin.source) || escapeMarkdown(pin.source)}`);
    if (pin.sourceChange) lines.push(`⚠️ ${escapeMarkdown(pin.sourceChange.message)}`);
    if (pin.message) {
      lines.push(
        `From a message by ${escapeMarkdown(pin.message.author.displayName)}: ${linkTo('jump to message', pin.message.link)}`,
      );
    }
    return lines.join('\n');
  }
  const meta = [
    citation.publisher,
    citation.date,
    citation.paragraph ? `paragraph ${citation.paragraph}` : null,
    citation.speakers ? `quoting ${citation.speakers.join(' and ')}` : null,
    citation.alsoReportedBy
      ? `also reported by ${citation.alsoReportedBy.map((c) => `${c.publisher} (${c.date})`).join(', ')}`
      : null,
  ]
    .filter((part): part is string => Boolean(part))
    .map(escapeMarkdown)
    .join(' · ');
  const details = [meta, linkTo('Read the article', citation.url)].filter(Boolean).join('\n');
  return details || 'No publisher, date or link recorded for this source.';
}

const sourceTitle = (citation: Citation) =>
  escapeMarkdown(citation.kind === 'pin' ? `Pinned fact ${citation.id}` : citation.title);

// Keeps whole quoted sentences while they fit and says how many were left out.
function answerText(answer: Answer, max: number): string {
  if (answer.sentences.length === 0) return escapeMarkdown(answer.answer);
  const note = (left: number) =>
    left === 0
      ? ''
      : `\n\n*(Answer shortened to fit Discord: ${left} more quoted sentence${left === 1 ? '' : 's'}.)*`;
  let text = '';
  for (const [index, sentence] of answer.sentences.entries()) {
    const marker = ` [${sentence.citation}]`;
    const quoted = `${escapeMarkdown(sentence.text)}${marker}`;
    const next = text ? `${text} ${quoted}` : quoted;
    const rest = answer.sentences.length - index - 1;
    if (next.length + note(rest).length <= max) {
      text = next;
      continue;
    }
    if (text) return `${text}${note(rest + 1)}`;
    // Not even the first sentence fits: shorten it inside, keeping its marker.
    const room = max - note(rest).length - marker.length;
    return `${fitText(escapeMarkdown(sentence.text), room, '… *(shortened)*').text}${marker}${note(rest)}`;
  }
  return text;
}

function answeredEmbed(answer: Answer): APIEmbed {
  const descriptionMax = EMBED_TOTAL_LIMIT - EMBED_TITLE_LIMIT - FOOTER_BUDGET - SOURCES_BUDGET;
  return fitEmbed({
    title: escapeMarkdown(answer.question),
    description: answerText(answer, descriptionMax),
    descriptionMax,
    fields: answer.citations.map((c) => ({ name: `[${c.n}] ${sourceTitle(c)}`, value: provenance(c) })),
    footer: answer.sourcesDiffer ? SOURCES_DIFFER : 'Quoted word for word from the numbered sources.',
    color: COLOR_ANSWER,
    omittedNote: (n) => `${n} more sources not shown`,
  });
}

function notAnsweredEmbed(answer: Answer): APIEmbed {
  const closest = answer.closest.length > 0;
  const lines = [escapeMarkdown(answer.message ?? 'My sources do not answer that.')];
  if (closest) lines.push('The closest passages are below. They do **not answer** the question.');
  return fitEmbed({
    title: answer.kind === 'help' ? 'How to ask me' : escapeMarkdown(answer.question),
    description: lines.join('\n\n'),
    fields: answer.closest.map((c) => ({
      name: `Closest passage, not answering: [${c.n}] ${sourceTitle(c)}`,
      value: `> ${fitText(escapeMarkdown(c.text.replace(/\s+/g, ' ')), CLOSEST_EXCERPT_MAX).text}\n${provenance(c)}`,
    })),
    footer: closest ? 'Closest passages only; none of them answers the question.' : '',
    color: COLOR_NOT_ANSWERED,
    omittedNote: (n) => `${n} more passages not shown`,
  });
}

/** The reply to `/ask`: one embed (and the feedback buttons under an answer), no mentions parsed. */
export function renderAnswer(answer: Answer): DiscordMessage {
  const embed = answer.kind === 'answered' ? answeredEmbed(answer) : notAnsweredEmbed(answer);
  return { embeds: [embed], components: feedbackRows(answer), allowedMentions: NO_MENTIONS };
}
