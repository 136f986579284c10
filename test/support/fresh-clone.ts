import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-dir.ts';

/**
 * A fresh clone of the working tree in a temp directory: every file git tracks or would add (so
 * uncommitted work is included), none it ignores (no data/, dist/, .env), and node_modules linked
 * rather than installed, to spare the network and a minute.
 */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function freshClone(prefix = 'fresh-clone-'): string {
  const dest = tempDir(prefix);
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dest, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dest, 'node_modules'), 'dir');
  return dest;
}
