/**
 * Wraps console text at word boundaries to the terminal's width. Continuation lines are indented:
 * under a numbered source (`[1] …`) to its text, under an indented line to the same depth, and
 * by two spaces under plain text, so a wrapped answer still reads as one paragraph. A word longer
 * than the line (a URL) is kept whole rather than split.
 */
const HANGING = /^(\s*)(\[\d+\] )?/;

function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const [, lead = '', marker = ''] = HANGING.exec(line) ?? [];
  const indent = ' '.repeat(marker ? lead.length + marker.length : lead.length || 2);
  const words = line.slice(lead.length + marker.length).split(/ +/);
  const lines: string[] = [];
  let current = lead + marker;
  let fresh = true;
  for (const word of words) {
    if (!fresh && current.length + 1 + word.length > width) {
      lines.push(current);
      current = indent + word;
    } else current = fresh ? current + word : `${current} ${word}`;
    fresh = false;
  }
  lines.push(current);
  return lines;
}

export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, width))
    .join('\n');
}

/** The width to wrap console output at, or null when it is not a terminal (a pipe, a file). */
export function terminalWidth(output: { isTTY?: boolean; columns?: number }): number | null {
  if (output.isTTY !== true) return null;
  return Math.max(40, output.columns ?? 80);
}
