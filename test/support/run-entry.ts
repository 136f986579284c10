import { Readable, Writable } from 'node:stream';
import { type Main, runEntry } from '../../adapters/entry.ts';
import { tempDir } from './temp-dir.ts';

/**
 * Runs an npm script's `main` in this process, the way `runAsScript` runs it as a process:
 * what it printed on stdout and stderr, and its exit code. The working directory defaults to an
 * empty temp directory, so no developer's `.env` leaks into a test.
 */
export interface EntryRun {
  code: number | undefined;
  stdout: string;
  stderr: string;
}

export interface EntryOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Standard input's content; a person at a terminal when `tty` is set. */
  input?: string;
  tty?: boolean;
  columns?: number;
}

export const emptyDir = (prefix = 'entry-') => tempDir(prefix);

export async function runMain(main: Main, argv: string[], options: EntryOptions = {}): Promise<EntryRun> {
  let stdout = '';
  let stderr = '';
  const input = Object.assign(Readable.from(options.input === undefined ? [] : [options.input]), {
    isTTY: options.tty,
  });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      stdout += String(chunk);
      done();
    },
  });
  const output = Object.assign(sink, { isTTY: options.tty, columns: options.columns });
  const code = await runEntry(main, {
    argv,
    env: { ...options.env },
    cwd: options.cwd ?? emptyDir(),
    io: {
      out: (line) => {
        stdout += `${line}\n`;
      },
      err: (line) => {
        stderr += `${line}\n`;
      },
      input,
      output,
    },
  });
  return { code, stdout, stderr };
}
