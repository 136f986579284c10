import type { SlackMessage } from '../../../adapters/slack/render.ts';
import {
  BUTTON_VALUE_MAX,
  CONTEXT_ELEMENTS_MAX,
  FALLBACK_TEXT_MAX,
  MAX_BLOCKS,
  SECTION_TEXT_MAX,
  TEXT_OBJECT_MAX,
} from '../../../adapters/slack/render.ts';

/**
 * Reads a Slack message the way Slack would: what a person sees, which limits it breaks and
 * whether it could notify anyone. Shared by the render contract and the end-to-end tests.
 */
type TextObject = { type: string; text: string; verbatim?: boolean };
type AnyBlock = {
  type: string;
  text?: TextObject;
  elements?: Array<TextObject | { type: string; text?: TextObject; value?: string }>;
};

function textObjects(message: SlackMessage | { text?: string; blocks?: unknown[] }): TextObject[] {
  const out: TextObject[] = [];
  for (const block of (message.blocks ?? []) as AnyBlock[]) {
    if (block.text) out.push(block.text);
    for (const element of block.elements ?? []) {
      if ('text' in element && typeof element.text === 'string') out.push(element as TextObject);
      else if ('text' in element && element.text && typeof element.text === 'object') out.push(element.text);
    }
  }
  return out;
}

/** Decodes mrkdwn the way Slack displays it: links become `label (url)`, entities are undone. */
export function decodeShown(text: string): string {
  return text
    .replace(/<([^|<>]+)\|([^<>]*)>/g, '$2 ($1)')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function visibleText(message: SlackMessage | { text?: string; blocks?: unknown[] }): string {
  return [message.text ?? '', ...textObjects(message).map((t) => t.text)].map(decodeShown).join('\n');
}

export function limitViolations(message: SlackMessage): string[] {
  const problems: string[] = [];
  const blocks = message.blocks as AnyBlock[];
  if (blocks.length > MAX_BLOCKS) problems.push(`${blocks.length} blocks`);
  if (!message.text) problems.push('no fallback text');
  if (message.text.length > FALLBACK_TEXT_MAX) problems.push(`fallback text of ${message.text.length}`);
  for (const block of blocks) {
    if (block.type === 'section' && (block.text?.text.length ?? 0) > SECTION_TEXT_MAX)
      problems.push('long section');
    if (block.type === 'context' && (block.elements?.length ?? 0) > CONTEXT_ELEMENTS_MAX)
      problems.push('context elements');
    for (const element of block.elements ?? []) {
      if ('value' in element && (element.value?.length ?? 0) > BUTTON_VALUE_MAX)
        problems.push('button value');
      const actionId = (element as { action_id?: string }).action_id ?? '';
      if (actionId.length > 255) problems.push('action_id');
      if (
        element.type === 'button' &&
        typeof element.text === 'object' &&
        (element.text?.text.length ?? 0) > 75
      )
        problems.push('button text');
    }
  }
  for (const text of textObjects(message))
    if (text.text.length > TEXT_OBJECT_MAX) problems.push('long text object');
  return problems;
}

/** Raw `<!…>`, `<@…>` anywhere, or `@here`-style words in mrkdwn Slack may auto-parse, could notify. */
export function mayPing(message: SlackMessage | { text?: string; blocks?: unknown[] }): boolean {
  const raw = [message.text ?? '', ...textObjects(message).map((t) => t.text)];
  if (raw.some((text) => /<[!@]/.test(text))) return true;
  return textObjects(message).some(
    (t) => t.type === 'mrkdwn' && t.verbatim !== true && /@(here|channel|everyone)\b/.test(t.text),
  );
}

/** Every button of a message: its text and what a press sends back (action id and value). */
export function buttons(message: SlackMessage): Array<{ label: string; payload: string }> {
  return (message.blocks as AnyBlock[])
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? [])
    .filter((element) => element.type === 'button')
    .map((element) => {
      const button = element as { action_id?: string; value?: string; text?: TextObject };
      return { label: button.text?.text ?? '', payload: `${button.action_id ?? ''} ${button.value ?? ''}` };
    });
}
