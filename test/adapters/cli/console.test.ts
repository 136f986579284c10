import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { CONSOLE_COMMANDS, runConsole } from '../../../adapters/cli/console.ts';
import { toText } from '../../../adapters/cli/format.ts';
import { createTestBot } from '../../support/test-bot.ts';

/** The interactive console, fed lines as a person would type them. */
const bot = createTestBot();
afterAll(() => bot.close());

async function session(lines: string[], terminal: { columns?: number } | null = null): Promise<string> {
  let out = '';
  const output = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        out += String(chunk);
        done();
      },
    }),
    terminal ? { isTTY: true, columns: terminal.columns } : {},
  );
  await runConsole(bot, Readable.from([`${lines.join('\n')}\n`]), output);
  return out;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('runConsole', () => {
  it('lists sources, pins, help and exit in its help', async () => {
    const out = await session(['help']);
    expect(out).toContain(bot.helpText());
    expect(out).toContain(CONSOLE_COMMANDS);
    for (const word of ['"sources"', '"pins"', '"help"', '"exit"']) expect(CONSOLE_COMMANDS).toContain(word);
  });

  it('lists the outlets it quotes for "sources"', async () => {
    const out = await session(['sources']);
    const [article] = bot.sources('local').articles;
    expect(out).toMatch(/1 article from 1 outlet, 12 passages, 0 local pins \(loaded .* UTC\)\./);
    expect(out).toMatch(new RegExp(`\\n  ${article?.publisher} {2}1 article {3}${article?.date}\\n`));
  });

  it('lists this console’s pins for "pins"', async () => {
    expect(await session(['pins'])).toContain('No pins yet. Add one with: npm run pin -- "fact"');
    const pinned = await bot.pin(
      { text: 'The console pin is here.' },
      { community: 'local', isModerator: true },
    );
    expect(pinned.ok).toBe(true);
    expect(await session(['pins'])).toMatch(
      /P\d+ {2}The console pin is here\.\n {4}pinned by .+ on \d{4}-\d{2}-\d{2}/,
    );
    if (pinned.ok) await bot.unpin(pinned.pin.id, { community: 'local', isModerator: true });
  });

  it('stops at "exit", answering nothing after it', async () => {
    const out = await session(['When was the partnership signed?', 'exit', 'Who is Kaja Kallas?']);
    expect(out.match(/Sources:/g)).toHaveLength(1);
  });

  it('answers "thanks!" briefly, not with the whole help text', async () => {
    const out = await session(['thanks!']);
    expect(out).toContain("You're welcome!");
    expect(out).not.toContain(bot.helpText());
  });

  it('wraps at word boundaries to the terminal width and indents continuation lines', async () => {
    const question = 'What did NATO say about it?';
    const out = await session([question], { columns: 60 });
    const reply = out.slice(out.indexOf("My sources don't"), out.lastIndexOf('\n\n'));
    const lines = reply.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(6);
    for (const line of lines) expect(line.length <= 60 || !line.trim().includes(' ')).toBe(true);
    // Nothing was cut inside a word: the wrapped text is the plain text with only line breaks added.
    expect(squash(reply)).toBe(squash(toText(bot.ask(question, { community: 'local' }))));
    const sourceLine = lines.findIndex((line) => line.startsWith('[1] '));
    expect(lines[sourceLine + 1]).toMatch(/^ {4}\S/);
  });

  it('does not wrap when the output is not a terminal', async () => {
    const out = await session(['What did NATO say about it?']);
    expect(out.split('\n').some((line) => line.length > 150)).toBe(true);
  });
});
