import { createRequire } from 'node:module';
import Database from 'better-sqlite3';

/**
 * Opens an SQLite database with better-sqlite3, told where its native addon is.
 *
 * The driver's JavaScript is imported here, not loaded on first use: the one-shot `npm run ask`
 * bundles it (scripts/build.mjs) and runs it from V8's code cache, which costs a fraction of a
 * millisecond at start, where loading its dozen files from node_modules on first use cost about 8
 * ms once someone had pinned. The addon itself (the compiled SQLite) is still loaded only when the
 * first database is opened. Its file is named, so the `bindings` package does not search for it
 * (a search that, run from the bundle, would look beside `dist/`); where an install keeps it
 * elsewhere, that search is left to find it.
 *
 * @module
 */
let addon: string | null | undefined;

function addonFile(): string | undefined {
  if (addon === undefined) {
    try {
      addon = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
    } catch {
      addon = null;
    }
  }
  return addon ?? undefined;
}

export function openSqlite(path: string, options: Database.Options = {}): Database.Database {
  const nativeBinding = addonFile();
  return new Database(path, nativeBinding ? { ...options, nativeBinding } : options);
}
