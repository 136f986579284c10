import { describe, expect, it } from 'vitest';
import { terminalWidth, wrapText } from '../../../adapters/cli/wrap.ts';

describe('wrapText', () => {
  it('breaks between words and indents continuation lines by two spaces', () => {
    expect(wrapText('one two three four five six', 13)).toBe('one two three\n  four five\n  six');
  });

  it('hangs a numbered source’s continuation under its text, and keeps an indented line’s depth', () => {
    expect(wrapText('[12] alpha beta gamma delta', 16)).toBe('[12] alpha beta\n     gamma delta');
    expect(wrapText('    alpha beta gamma', 15)).toBe('    alpha beta\n    gamma');
  });

  it('keeps a word longer than the line whole', () => {
    const url = 'https://example.org/a/very/long/path/that/does/not/fit';
    expect(wrapText(`see ${url} now`, 20)).toBe(`see\n  ${url}\n  now`);
  });

  it('leaves short lines and blank lines as they are', () => {
    expect(wrapText('short\n\nlines', 20)).toBe('short\n\nlines');
  });
});

describe('terminalWidth', () => {
  it('is the terminal’s width (at least 40), or null for a pipe', () => {
    expect(terminalWidth({ isTTY: true, columns: 100 })).toBe(100);
    expect(terminalWidth({ isTTY: true, columns: 20 })).toBe(40);
    expect(terminalWidth({ isTTY: true })).toBe(80);
    expect(terminalWidth({})).toBeNull();
  });
});
