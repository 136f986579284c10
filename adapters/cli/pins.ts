import { backupPins, openPinStoreForReading, type PinEvent } from '../../src/index.ts';
import { runAsScript } from '../entry.ts';
import {
  COMMUNITY_OPTION,
  COMMUNITY_USAGE,
  type CommandContext,
  communityLabel,
  fail,
  parseCommand,
  parseCommunity,
  pinCommandMain,
  UsageError,
} from './args.ts';
import { pinLines } from './format.ts';

/**
 * `npm run pins` lists the pins of a community (`local` unless `--community`; `--all` adds
 * unpinned ones); `--history ID` shows everything that happened to one pin; `--communities` lists
 * every community with pins; `--backup FILE` copies pins.db safely while bots run. `--json`
 * prints an array: pins, events each with its `action`, or communities.
 */
export const PINS_USAGE = [
  'Usage: npm run pins -- [--all] [--community C] [--json]',
  '       npm run pins -- --history ID [--community C] [--json]',
  '       npm run pins -- --communities [--json]',
  '       npm run pins -- --backup FILE [--json]',
  `  ${COMMUNITY_USAGE}`,
].join('\n');

function eventLine(event: PinEvent): string {
  const who = `${event.at.replace('T', ' ').slice(0, 19)}  ${event.action.padEnd(7)} by ${event.actor.displayName}`;
  if (event.action === 'edit') return `${who}: “${event.oldText}” → “${event.newText}”`;
  return `${who}: “${event.newText ?? event.oldText}”`;
}

export async function runPins(argv: string[], { io, config, bot }: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    {
      all: { type: 'boolean' },
      history: { type: 'string' },
      communities: { type: 'boolean' },
      backup: { type: 'string' },
      json: { type: 'boolean' },
      ...COMMUNITY_OPTION,
    },
    PINS_USAGE,
  );
  const json = values.json === true;
  if (positionals.length > 0) throw new UsageError(`Unexpected argument “${positionals[0]}”.\n${PINS_USAGE}`);
  const modes = [values.history, values.communities, values.backup].filter((v) => v !== undefined);
  if (modes.length > 1) throw new UsageError(`Use one of --history, --communities, --backup.\n${PINS_USAGE}`);
  if (values.backup !== undefined) {
    if (config.DATABASE_URL) {
      return fail(
        io,
        json,
        'Pins are in PostgreSQL (DATABASE_URL); back them up with pg_dump, for example pg_dump --format=custom "$DATABASE_URL" > pins.dump',
        { reason: 'postgres' },
      );
    }
    const backup = await backupPins(config.DATA_DIR, values.backup);
    io.out(
      json
        ? JSON.stringify(backup)
        : `Backed up ${backup.pins} pin(s) and ${backup.events} event(s) to ${backup.file}.`,
    );
    return 0;
  }
  if (values.communities) {
    // Counting needs neither the corpus nor a pins.db created for the occasion.
    const store = await openPinStoreForReading(config);
    const counts = await store.communities().finally(() => store.close());
    const communities = counts.map((c) => ({ ...c, community: communityLabel(c.community) }));
    if (json) io.out(JSON.stringify(communities));
    else if (communities.length === 0) io.out('No community has pins yet.');
    else
      io.out(communities.map((c) => `${c.community}  ${c.active} active, ${c.removed} unpinned`).join('\n'));
    return 0;
  }
  // Through the bot: it marks pins whose cited passage has changed since they were pinned.
  const community = parseCommunity(values.community);
  if (values.history !== undefined) {
    const events = await (await bot()).pinHistory(values.history, community);
    if (events === null) {
      return fail(io, json, `There is no pin ${values.history.trim()} in this community.`, {
        reason: 'not-found',
      });
    }
    io.out(json ? JSON.stringify(events) : events.map(eventLine).join('\n'));
    return 0;
  }
  const pins = await (await bot()).pins(community, { includeRemoved: values.all === true });
  if (json) io.out(JSON.stringify(pins));
  else if (pins.length === 0) io.out('No pins yet. Add one with: npm run pin -- "fact"');
  else io.out(pins.flatMap(pinLines).join('\n'));
  return 0;
}

export const pinsMain = pinCommandMain(runPins, PINS_USAGE);

runAsScript(import.meta.url, pinsMain);
