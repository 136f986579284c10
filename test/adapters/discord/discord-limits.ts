import type { APIEmbed } from 'discord.js';

/**
 * Discord's message limits, written out independently of the renderer's constants so a wrong
 * constant in `render.ts` cannot hide a real violation.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
interface Row {
  components: readonly object[];
}

export function discordLimitViolations(message: {
  content?: string | null;
  embeds?: APIEmbed[];
  components?: Row[];
}): string[] {
  const problems: string[] = [];
  const rows = message.components ?? [];
  if (rows.length > 5) problems.push(`${rows.length} action rows > 5`);
  for (const [i, row] of rows.entries()) {
    if (row.components.length > 5) problems.push(`row ${i} has ${row.components.length} buttons > 5`);
    for (const button of row.components as Array<{ custom_id?: string; label?: string }>) {
      if ((button.custom_id?.length ?? 0) > 100)
        problems.push(`custom_id of ${button.custom_id?.length} > 100`);
      if ((button.label?.length ?? 0) > 80) problems.push(`button label of ${button.label?.length} > 80`);
    }
  }
  const embeds = message.embeds ?? [];
  if ((message.content ?? '').length > 2000) problems.push(`content is ${message.content?.length} > 2000`);
  if (embeds.length > 10) problems.push(`${embeds.length} embeds > 10`);
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    const check = (what: string, text: string | undefined, max: number) => {
      const length = text?.length ?? 0;
      total += length;
      if (length > max) problems.push(`embed ${i} ${what} is ${length} > ${max}`);
    };
    check('title', embed.title, 256);
    check('description', embed.description, 4096);
    check('footer', embed.footer?.text, 2048);
    check('author', embed.author?.name, 256);
    const fields = embed.fields ?? [];
    if (fields.length > 25) problems.push(`embed ${i} has ${fields.length} fields > 25`);
    for (const [j, field] of fields.entries()) {
      check(`field ${j} name`, field.name, 256);
      check(`field ${j} value`, field.value, 1024);
      if (!field.name || !field.value) problems.push(`embed ${i} field ${j} is empty (Discord rejects it)`);
    }
  }
  if (total > 6000) problems.push(`embeds total ${total} > 6000`);
  return problems;
}

/** Everything a reader sees in a message: bold markers dropped, markdown escapes decoded. */
export function visibleText(message: { content?: string | null; embeds?: APIEmbed[] }): string {
  const parts = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts
    .join('\n')
    .replace(/(?<!\\)\*\*/g, '')
    .replace(/\\(.)/g, '$1');
}
