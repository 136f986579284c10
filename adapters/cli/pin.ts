import type { Bot } from '../../src/index.ts';
import { type Io, LOCAL, parseCommand, printOutcome, runAsScript, UsageError } from './args.ts';

/**
 * `npm run pin -- "fact" [--source URL|passage-id] [--json]` pins a fact for community `local`.
 * `--edit ID "new text"` rewrites a pin, `--restore ID` brings back an unpinned one.
 */
const USAGE = [
  'Usage: npm run pin -- "fact" [--source URL|passage-id] [--json]',
  '       npm run pin -- --edit ID "new text" [--json]',
  '       npm run pin -- --restore ID [--json]',
].join('\n');

export async function runPin(argv: string[], bot: Bot, io: Io): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    {
      source: { type: 'string' },
      edit: { type: 'string' },
      restore: { type: 'string' },
      json: { type: 'boolean' },
    },
    USAGE,
  );
  const json = values.json === true;
  if (values.edit !== undefined && values.restore !== undefined)
    throw new UsageError(`Use --edit or --restore, not both.\n${USAGE}`);
  if (values.restore !== undefined) {
    if (positionals.length > 0 || values.source !== undefined)
      throw new UsageError(`--restore takes only a pin id.\n${USAGE}`);
    return printOutcome(io, json, await bot.restorePin(values.restore, LOCAL));
  }
  if (positionals.length !== 1) {
    throw new UsageError(`Give the fact as one quoted argument (got ${positionals.length}).\n${USAGE}`);
  }
  const text = positionals[0] ?? '';
  if (values.edit !== undefined) {
    if (values.source !== undefined)
      throw new UsageError(`--edit changes the text only; --source cannot be edited.\n${USAGE}`);
    return printOutcome(io, json, await bot.editPin(values.edit, text, LOCAL));
  }
  return printOutcome(io, json, await bot.pin({ text, source: values.source ?? null }, LOCAL));
}

await runAsScript(import.meta.url, runPin);
