import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type AskContext, type Bot, type Config, openBot, type PinOutcome } from '../../src/index.ts';
import {
  type Entry,
  type Io as EntryIo,
  failureMessage,
  type Main,
  UsageError,
  wantsHelp,
} from '../entry.ts';
import { loadSettings } from '../settings.ts';

/**
 * What the pin console commands (pin.ts, pins.ts, unpin.ts) share: the operator's moderator
 * context in a community, argument parsing with clear usage errors, and one output convention.
 * Success: text for a person on stdout, or with `--json` one JSON value on stdout.
 * Failure: exit code 1 (refused, not found, cannot open the store) or 2 (bad usage), with the
 * message on stderr, or with `--json` `{ "error": ..., "reason"?: ... }` on stdout so scripts
 * read one stream.
 */

export { UsageError } from '../entry.ts';

/** Where a command writes its lines: stdout and stderr. */
export type Io = Pick<EntryIo, 'out' | 'err'>;

/** The console operator curates community `local` and is a moderator; no user: the service names the OS user. */
export const LOCAL: AskContext = { community: 'local', isModerator: true };

/** `--community local | discord:<server id> | slack:<workspace id>`, accepted by every pin command. */
export const COMMUNITY_OPTION = { community: { type: 'string' } } as const;
export const COMMUNITY_USAGE =
  '--community local | discord:<server id> | slack:<workspace id> (default local; list them with: npm run pins -- --communities)';

/**
 * The community key the adapters store pins under: Discord servers by their id, Slack workspaces
 * by theirs (`T…`, or `E…` for an Enterprise Grid), the console as `local`.
 */
export function parseCommunity(value: string | undefined): string {
  const text = (value ?? 'local').trim();
  if (text === 'local') return 'local';
  const discord = /^discord:(\d{17,20})$/.exec(text);
  if (discord?.[1]) return discord[1];
  const slack = /^slack:([TE][A-Z0-9]+)$/.exec(text);
  if (slack?.[1]) return slack[1];
  throw new UsageError(
    `--community takes local, discord:<server id> or slack:<workspace id>; got “${text}”.`,
  );
}

/** How a stored community key is written on the command line. */
export function communityLabel(key: string): string {
  if (key === 'local') return 'local';
  if (/^\d{17,20}$/.test(key)) return `discord:${key}`;
  if (/^[TE][A-Z0-9]+$/.test(key)) return `slack:${key}`;
  return key;
}

/** The operator as moderator of a community. */
export const operatorIn = (community: string): AskContext => ({ ...LOCAL, community });

/** node:util parseArgs in strict mode, its errors turned into a UsageError carrying `usage`. */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${failureMessage(error)}\n${usage}`);
  }
}

/** Prints a failure in the agreed shape and returns its exit code. */
export function fail(
  io: Io,
  json: boolean,
  message: string,
  extra: Record<string, unknown> = {},
  code = 1,
): number {
  if (json) io.out(JSON.stringify({ error: message, ...extra }));
  else io.err(message);
  return code;
}

/** Prints a pin outcome: the pin (JSON) or its message (text); a refusal as a failure. */
export function printOutcome(io: Io, json: boolean, outcome: PinOutcome): number {
  if (!outcome.ok) {
    const extra = outcome.existingId
      ? { reason: outcome.reason, existingId: outcome.existingId }
      : { reason: outcome.reason };
    return fail(io, json, outcome.message, extra);
  }
  io.out(json ? JSON.stringify(outcome.pin) : outcome.message);
  return 0;
}

export interface CommandContext {
  io: Io;
  config: Config;
  /**
   * The bot on the pin store the bots use (DATABASE_URL, else pins.db in DATA_DIR, which `npm run
   * ask` reads too), opened on first call.
   */
  bot(): Promise<Bot>;
}

export type PinCommand = (argv: string[], context: CommandContext) => number | Promise<number>;

/**
 * A pin command as an entry point: `--help` prints `usage`; otherwise settings are loaded and the
 * command runs, the bot closed after; any failure is printed in the agreed shape.
 */
export function pinCommandMain(command: PinCommand, usage: string): Main {
  return async (entry: Entry) => {
    const { io, argv } = entry;
    if (wantsHelp(argv)) {
      io.out(usage);
      return 0;
    }
    const json = argv.includes('--json');
    let bot: Promise<Bot> | undefined;
    try {
      const { config } = loadSettings(entry, { quiet: true });
      const open = () => {
        bot ??= openBot(config, { pinSyncIntervalMs: 0 });
        return bot;
      };
      return await command(argv, { io, config, bot: open });
    } catch (error) {
      return fail(io, json, failureMessage(error), {}, error instanceof UsageError ? 2 : 1);
    } finally {
      await bot?.then(
        (opened) => opened.close(),
        () => {},
      );
    }
  };
}
