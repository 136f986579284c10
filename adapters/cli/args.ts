import { pathToFileURL } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type AskContext, type Bot, loadConfig, openBot, type PinOutcome } from '../../src/index.ts';

/**
 * What the pin console commands (pin.ts, pins.ts, unpin.ts) share: the local moderator
 * context, argument parsing with clear usage errors, and one output convention.
 * Success: text for a person on stdout, or with `--json` one JSON value on stdout.
 * Failure: exit code 1 (refused, not found, cannot open the store) or 2 (bad usage), with the
 * message on stderr, or with `--json` `{ "error": ..., "reason"?: ... }` on stdout so scripts
 * read one stream.
 */

/** The console operator curates community `local` and is a moderator; no user: the service names the OS user. */
export const LOCAL: AskContext = { community: 'local', isModerator: true };

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** node:util parseArgs in strict mode, its errors turned into a UsageError carrying `usage`. */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${reason}\n${usage}`);
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

/**
 * Runs a command as a script when the file is the process entry point: opens the bot on
 * DATA_DIR (the same pins.db `npm run ask` reads), runs, closes, sets the exit code.
 */
export async function runAsScript(
  moduleUrl: string,
  command: (argv: string[], bot: Bot, io: Io) => Promise<number>,
): Promise<void> {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(entry).href !== moduleUrl) return;
  const argv = process.argv.slice(2);
  const io: Io = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
  const json = argv.includes('--json');
  let bot: Bot | undefined;
  try {
    bot = await openBot(loadConfig(process.env), { pinSyncIntervalMs: 0 });
    process.exitCode = await command(argv, bot, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.exitCode = fail(io, json, message, {}, error instanceof UsageError ? 2 : 1);
  } finally {
    await bot?.close();
  }
}
