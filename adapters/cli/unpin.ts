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

/** `npm run unpin -- ID [--community C] [--json]` removes a pin; it stays in history. */
export const UNPIN_USAGE = `Usage: npm run unpin -- ID [--community C] [--json]   (see ids with: npm run pins)\n  ${COMMUNITY_USAGE}`;

export async function runUnpin(argv: string[], { io, bot }: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { json: { type: 'boolean' }, ...COMMUNITY_OPTION },
    UNPIN_USAGE,
  );
  const [id] = positionals;
  if (id === undefined || positionals.length !== 1) {
    throw new UsageError(`Give exactly one pin id (got ${positionals.length}).\n${UNPIN_USAGE}`);
  }
  const community = parseCommunity(values.community);
  const outcome = await (await bot()).unpin(id, operatorIn(community));
  if (outcome.ok && values.json !== true) {
    const where = community === 'local' ? '' : ` --community ${values.community}`;
    io.out(
      `Unpinned ${outcome.pin.id} (kept in history; restore with: npm run pin -- --restore ${outcome.pin.id}${where}).`,
    );
    return 0;
  }
  return printOutcome(io, values.json === true, outcome);
}

export const unpinMain = pinCommandMain(runUnpin, UNPIN_USAGE);

runAsScript(import.meta.url, unpinMain);
