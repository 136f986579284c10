import { createInterface } from 'node:readline/promises';
import type { Bot } from '../../src/index.ts';
import { toText } from './format.ts';

/**
 * The interactive console `npm start` opens when no platform is configured: type a question,
 * read the answer with its sources. Questions run against community `local`, like `npm run pin`.
 */
export async function runConsole(bot: Bot, input = process.stdin, output = process.stdout): Promise<void> {
  const lines = createInterface({ input, output, terminal: input.isTTY === true });
  const info = bot.sources('local');
  output.write(
    `India–EU defence partnership bot: ${info.articles.length} article(s), ${info.passages} passages, ${info.pins} local pin(s).\n` +
      'Ask a question, or type "help"; "reload" re-reads the articles. Ctrl-D or "exit" quits. (No DISCORD_TOKEN or SLACK_BOT_TOKEN set: running locally.)\n',
  );
  lines.setPrompt('> ');
  lines.prompt();
  for await (const line of lines) {
    const question = line.trim();
    if (question === 'exit' || question === 'quit') break;
    if (question === 'reload') {
      output.write(`${(await bot.reload({ community: 'local', isModerator: true })).message}\n\n`);
    } else if (question !== '') {
      // Another process may have pinned meanwhile; without the database, answer from what we have.
      await bot.syncPins().catch(() => {});
      output.write(`${toText(bot.ask(question, { community: 'local', isModerator: true }))}\n\n`);
    }
    lines.prompt();
  }
  lines.close();
}
