import { pathToFileURL } from 'node:url';

/**
 * What every npm script shares (`start`, `start:discord`, `start:slack`, `deploy:discord`, `ask`,
 * `eval`, `pin`, `pins`, `unpin`): a `main` that takes its arguments, environment, working
 * directory and streams as values, so tests run it in-process, and one wrapper that runs it as
 * the process. A failure prints its message alone on stderr (never a stack trace, never bundled
 * source) and exits 1, or 2 for bad usage.
 */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Standard input; `isTTY` tells whether a person is typing. */
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Standard output as a stream (the console's prompt); `columns` is the terminal's width. */
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export interface Entry {
  argv: string[];
  /** The environment; `.env` values are added to it (see adapters/settings.ts). */
  env: Record<string, string | undefined>;
  /** Where `.env` is looked for. */
  cwd: string;
  io: Io;
}

/** Returns the exit code, or undefined for a process that keeps running (a bot). */
export type Main = (entry: Entry) => Promise<number | undefined> | number | undefined;

/** Bad arguments: exit code 2, with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const wantsHelp = (argv: readonly string[]) => argv.includes('--help') || argv.includes('-h');

/** The message of a failure, without stack or source: what the operator reads. */
export const failureMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Runs `main`; a thrown error becomes its message on stderr and exit code 1 (2 for usage). */
export async function runEntry(main: Main, entry: Entry): Promise<number | undefined> {
  try {
    return await main(entry);
  } catch (error) {
    entry.io.err(failureMessage(error));
    return error instanceof UsageError ? 2 : 1;
  }
}

/** The real process as an `Entry`. */
export function processEntry(): Entry {
  return {
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    io: {
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
      input: process.stdin,
      output: process.stdout,
    },
  };
}

/** True when the module at `moduleUrl` is the file node was started with. */
export function isProcessEntry(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && pathToFileURL(entry).href === moduleUrl;
}

/** Runs `main` as the process when its module is the entry point; otherwise does nothing. */
export function runAsScript(moduleUrl: string, main: Main): void {
  if (!isProcessEntry(moduleUrl)) return;
  void runEntry(main, processEntry()).then((code) => {
    // A failed start may leave sockets open (a half-started client): exit rather than linger.
    // On Linux, writes to pipes and files are synchronous, so nothing printed is lost.
    if (code === 0) process.exitCode = 0;
    else if (code !== undefined) process.exit(code);
  });
}
