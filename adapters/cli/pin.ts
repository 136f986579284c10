import { runAsScript } from '../entry.ts';
import {
  COMMUNITY_OPTION,
  COMMUNITY_USAGE,
  type CommandContext,
  operatorIn,
  parseCommand,
  parseCommunity,
  pinCommandMain,
  printOutcome,
  UsageError,
} from './args.ts';

/**
 * `npm run pin -- "fact" [--source URL|passage-id] [--json]` pins a fact for community `local`
 * (or another with `--community`). `--edit ID "new text"` rewrites a pin, `--restore ID` brings
 * back an unpinned one.
 */
export const PIN_USAGE = [
  'Usage: npm run pin -- "fact" [--source URL|passage-id] [--community C] [--json]',
  '       npm run pin -- --edit ID "new text" [--community C] [--json]',
  '       npm run pin -- --restore ID [--community C] [--json]',
  `  ${COMMUNITY_USAGE}`,
].join('\n');

export async function runPin(argv: string[], { io, bot }: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    {
      source: { type: 'string' },
      edit: { type: 'string' },
      restore: { type: 'string' },
      json: { type: 'boolean' },
      ...COMMUNITY_OPTION,
    },
    PIN_USAGE,
  );
  const json = values.json === true;
  const context = operatorIn(parseCommunity(values.community));
  if (values.edit !== undefined && values.restore !== undefined)
    throw new UsageError(`Use --edit or --restore, not both.\n${PIN_USAGE}`);
  if (values.restore !== undefined) {
    if (positionals.length > 0 || values.source !== undefined)
      throw new UsageError(`--restore takes only a pin id.\n${PIN_USAGE}`);
    return printOutcome(io, json, await (await bot()).restorePin(values.restore, context));
  }
  if (positionals.length !== 1) {
    throw new UsageError(`Give the fact as one quoted argument (got ${positionals.length}).\n${PIN_USAGE}`);
  }
  const text = positionals[0] ?? '';
  if (values.edit !== undefined) {
    if (values.source !== undefined)
      throw new UsageError(`--edit changes the text only; --source cannot be edited.\n${PIN_USAGE}`);
    return printOutcome(io, json, await (await bot()).editPin(values.edit, text, context));
  }
  return printOutcome(io, json, await (await bot()).pin({ text, source: values.source ?? null }, context));
}

export const pinMain = pinCommandMain(runPin, PIN_USAGE);

runAsScript(import.meta.url, pinMain);
