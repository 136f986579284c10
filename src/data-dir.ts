import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes sure DATA_DIR is a directory this process can write, before anything is opened in it.
 * Missing levels are created one at a time rather than with `mkdir -p`: Node's recursive mkdir
 * spins at full CPU forever under a path such as /proc/x, where the parent exists but refuses
 * children with ENOENT. Every failure names DATA_DIR, the path at fault and why.
 *
 * @module
 */
export class DataDirError extends Error {
  override name = 'DataDirError';
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'error';

/** Why `path` cannot serve, from the error a file-system call gave. */
export function describeDataDirProblem(setting: string, path: string, error: unknown): string {
  const uid = process.getuid?.();
  const who = uid === undefined ? 'this user' : `user id ${uid}`;
  const reason: Record<string, string> = {
    ENOTDIR: `${path} is a file, not a directory`,
    EEXIST: `${path} is a file, not a directory`,
    EACCES: `${who} may not create or write ${path}`,
    EPERM: `${who} may not create or write ${path}`,
    EROFS: `${path} is on a read-only file system`,
    ENOENT: `${path} cannot be created there`,
  };
  const why = reason[code(error)] ?? `${path}: ${(error as Error).message ?? String(error)}`;
  return `DATA_DIR=${setting}: ${why} (${code(error)}). Set DATA_DIR to a directory this user can write.`;
}

/** Checks and, where missing, creates `dir`; returns its absolute path. Throws `DataDirError`. */
export function prepareDataDir(dir: string): string {
  const target = resolve(dir);
  const missing: string[] = [];
  let at = target;
  try {
    // Up to the nearest level that exists; ENOTDIR means a level above is a file, found on the way.
    for (;;) {
      let isDirectory: boolean;
      try {
        isDirectory = statSync(at).isDirectory();
      } catch (error) {
        if (!['ENOENT', 'ENOTDIR'].includes(code(error)) || dirname(at) === at) throw error;
        missing.unshift(at);
        at = dirname(at);
        continue;
      }
      if (!isDirectory) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
      break;
    }
    for (const level of missing) {
      at = level;
      try {
        mkdirSync(level);
      } catch (error) {
        // Another process may have made it meanwhile.
        if (code(error) !== 'EEXIST' || !statSync(level).isDirectory()) throw error;
      }
    }
    at = target;
    accessSync(target, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new DataDirError(describeDataDirProblem(dir, at, error), { cause: error });
  }
  return target;
}
