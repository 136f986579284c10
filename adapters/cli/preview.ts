import { join } from 'node:path';
import { type ArticleDraft, FIELDS } from '../../src/index.ts';

/** What `npm run add` shows before writing: fields with their origin, the opening paragraphs, counts. */
const SHOWN_PARAGRAPHS = 3;
const PARAGRAPH_CHARS = 300;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function formatPreview(draft: ArticleDraft, corpusDir: string): string {
  const words = draft.paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0);
  const lines = [`Article from ${draft.origin}`, `  file       ${join(corpusDir, `${draft.id}.md`)}`];
  for (const field of FIELDS) {
    const value = draft.values[field];
    const shown = field === 'url' && value === '' ? '(unknown: written as null)' : (value ?? '(missing)');
    const from = draft.origins[field] ? `   [${draft.origins[field]}]` : '';
    lines.push(`  ${field.padEnd(10)} ${shown}${from}`);
  }
  lines.push(`  ${draft.paragraphs.length} paragraphs, ${words} words. First paragraphs:`);
  for (const paragraph of draft.paragraphs.slice(0, SHOWN_PARAGRAPHS))
    lines.push(`    ¶ ${cut(paragraph, PARAGRAPH_CHARS)}`);
  if (draft.dropped.length > 0) {
    lines.push(`  Dropped as boilerplate (${draft.dropped.length}):`);
    for (const text of draft.dropped) lines.push(`    − ${cut(text, 100)}`);
  }
  for (const note of draft.notes) lines.push(`  Note: ${note}`);
  return lines.join('\n');
}
