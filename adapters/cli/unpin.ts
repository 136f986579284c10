import type { Bot } from '../../src/index.ts';
import { type Io, LOCAL, parseCommand, printOutcome, runAsScript, UsageError } from './args.ts';

/** `npm run unpin -- ID [--json]` removes a pin of community `local`; it stays in history. */
const USAGE = 'Usage: npm run unpin -- ID [--json]   (see ids with: npm run pins)';

export async function runUnpin(argv: string[], bot: Bot, io: Io): Promise<number> {
  const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } }, USAGE);
  const [id] = positionals;
  if (id === undefined || positionals.length !== 1) {
    throw new UsageError(`Give exactly one pin id (got ${positionals.length}).\n${USAGE}`);
  }
  const outcome = await bot.unpin(id, LOCAL);
  if (outcome.ok && values.json !== true) {
    io.out(
      `Unpinned ${outcome.pin.id} (kept in history; restore with: npm run pin -- --restore ${outcome.pin.id}).`,
    );
    return 0;
  }
  return printOutcome(io, values.json === true, outcome);
}

await runAsScript(import.meta.url, runUnpin);
