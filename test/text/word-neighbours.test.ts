import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEIGHBOURS_PER_WORD, wordNeighbours } from '../../src/text/word-neighbours.ts';

const SHIPPED = new URL('../../resources/verb-neighbours.tsv', import.meta.url).pathname;

describe('wordNeighbours', () => {
  it("reads a verb's neighbours, nearest first, and nothing for a word the table lacks", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'neighbours-')), 'n.tsv');
    // In code-unit order, as the script writes it: "ink" before "ink-stained" before "inked".
    const lines = [
      'attended\tattending met invited',
      'ink\tpaint',
      'ink-stained\tsmudged',
      'inked\tsigned initialled',
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const table = wordNeighbours(file);
    expect(table.of('inked')).toEqual(['signed', 'initialled']);
    expect(table.of('attended')).toEqual(['attending', 'met', 'invited']);
    expect(table.of('ink')).toEqual(['paint']);
    expect(table.of('ink-stained')).toEqual(['smudged']);
    for (const absent of ['signd', 'aaa', 'zzz', 'in', '']) expect(table.of(absent)).toEqual([]);
    // The last line without its newline is read too.
    writeFileSync(file, lines.join('\n'));
    expect(wordNeighbours(file).of('inked')).toEqual(['signed', 'initialled']);
  });

  it('reads its file on first use, not when made', () => {
    const table = wordNeighbours('/no/such/file.tsv');
    expect(() => table.of('inked')).toThrow(/ENOENT/);
  });

  it('ships a table of English verbs with ten neighbours each, where "inked" is near "signed"', () => {
    const table = wordNeighbours(SHIPPED);
    expect(table.of('inked')).toContain('signed');
    expect(table.of('attended')).toContain('met');
    expect(table.of('adopted')).toHaveLength(NEIGHBOURS_PER_WORD);
    // Verbs only: a noun that is no verb has no entry.
    expect(table.of('partnership')).toEqual([]);
  });
});
