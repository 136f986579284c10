import type { Bot, PinEvent, PinnedFact } from '../../src/index.ts';
import { fail, type Io, LOCAL, parseCommand, runAsScript, UsageError } from './args.ts';

/**
 * `npm run pins` lists the pins of community `local` (`--all` adds unpinned ones);
 * `npm run pins -- --history ID` shows everything that happened to one pin. `--json` prints an
 * array: pins, or events each with its `action`.
 */
const USAGE = 'Usage: npm run pins -- [--all] [--json]\n       npm run pins -- --history ID [--json]';

const day = (iso: string) => iso.slice(0, 10);

function pinLines(pin: PinnedFact): string[] {
  const removed = pin.status === 'removed' ? ' [unpinned]' : '';
  const source = pin.source ? `, source: ${pin.source}` : '';
  return [
    `${pin.id}${removed}  ${pin.text}`,
    `    pinned by ${pin.pinnedBy.displayName} on ${day(pin.pinnedAt)}${source}`,
    ...(pin.sourceChange ? [`    ${pin.sourceChange.message}`] : []),
  ];
}

function eventLine(event: PinEvent): string {
  const who = `${event.at.replace('T', ' ').slice(0, 19)}  ${event.action.padEnd(7)} by ${event.actor.displayName}`;
  if (event.action === 'edit') return `${who}: “${event.oldText}” → “${event.newText}”`;
  return `${who}: “${event.newText ?? event.oldText}”`;
}

export async function runPins(argv: string[], bot: Bot, io: Io): Promise<number> {
  const { values, positionals } = parseCommand(
    argv,
    { all: { type: 'boolean' }, history: { type: 'string' }, json: { type: 'boolean' } },
    USAGE,
  );
  const json = values.json === true;
  if (positionals.length > 0) throw new UsageError(`Unexpected argument “${positionals[0]}”.\n${USAGE}`);
  if (values.history !== undefined) {
    const events = await bot.pinHistory(values.history, LOCAL.community);
    if (events === null) {
      return fail(io, json, `There is no pin ${values.history.trim()} in this community.`, {
        reason: 'not-found',
      });
    }
    io.out(json ? JSON.stringify(events) : events.map(eventLine).join('\n'));
    return 0;
  }
  const pins = await bot.pins(LOCAL.community, { includeRemoved: values.all === true });
  if (json) io.out(JSON.stringify(pins));
  else if (pins.length === 0) io.out('No pins yet. Add one with: npm run pin -- "fact"');
  else io.out(pins.flatMap(pinLines).join('\n'));
  return 0;
}

await runAsScript(import.meta.url, runPins);
