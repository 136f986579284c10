import { createInterface } from 'node:readline/promises';
import type { Bot } from '../../src/index.ts';
import { pinLines, toText } from './format.ts';
import { sourcesCommand } from './sources-text.ts';
import { terminalWidth, wrapText } from './wrap.ts';

/**
 * The interactive console `npm start` opens when no platform is configured: type a question,
 * read the answer with its sources. Questions run against community `local`, like `npm run pin`.
 * Besides questions it knows `sources` (see sources-text.ts), `pins`, `reload`, `help` and `exit`;
 * output is wrapped at word boundaries to the terminal's width.
 */
const LOCAL = { community: 'local', isModerator: true } as const;

export const CONSOLE_COMMANDS =
  'Console commands: "sources" lists the outlets I quote, newest first ("sources 2" the next page, "sources <outlet>" one outlet\'s articles), "pins" this console\'s pinned facts (add one with: npm run pin -- "fact"), "reload" re-reads the articles, "help" shows this text, "exit" or Ctrl-D quits.';

export async function runConsole(
  bot: Bot,
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number } = process.stdout,
): Promise<void> {
  const lines = createInterface({ input, output, terminal: input.isTTY === true });
  const print = (text: string) => {
    const width = terminalWidth(output);
    output.write(`${width ? wrapText(text, width) : text}\n\n`);
  };
  const info = bot.sources(LOCAL.community);
  print(
    `India–EU defence partnership bot: ${info.articles.length} article(s), ${info.passages} passages, ${info.pins} local pin(s).\n` +
      'Ask a question, or type "help"; "reload" re-reads the articles. "exit" or Ctrl-D quits. (No DISCORD_TOKEN or SLACK_BOT_TOKEN set: running locally.)',
  );
  lines.setPrompt('> ');
  lines.prompt();
  for await (const line of lines) {
    const command = line.trim().toLowerCase();
    if (command === 'exit' || command === 'quit') break;
    if (command === 'reload') {
      print((await bot.reload(LOCAL)).message);
    } else if (command !== '') {
      // Another process may have pinned meanwhile; without the database, answer from what we have.
      await bot.syncPins().catch(() => {});
      print(await reply(bot, line.trim(), command));
    }
    lines.prompt();
  }
  lines.close();
}

async function reply(bot: Bot, question: string, command: string): Promise<string> {
  if (command === 'help') return `${bot.helpText()}\n${CONSOLE_COMMANDS}`;
  // "sources", "sources 2", "sources <outlet>"; "sources of the pact?" stays a question.
  const sources = /^sources(?:\s+(.*))?$/i.exec(question);
  if (sources && !question.endsWith('?'))
    return sourcesCommand(bot.sources(LOCAL.community), sources[1] ?? '');
  if (command === 'pins') {
    const pins = await bot.pins(LOCAL.community);
    return pins.length === 0
      ? 'No pins yet. Add one with: npm run pin -- "fact"'
      : pins.flatMap(pinLines).join('\n');
  }
  return toText(bot.ask(question, LOCAL));
}
