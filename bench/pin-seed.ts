import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Leaves one pin in `<dataDir>/pins.db` (if not already there) by running `npm run pin` as the
 * operator would; synchronous, so the cold-start benchmark can seed its data directory in place.
 */
export function createPinWriterSync(dataDir: string, text: string): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/cli/pin.ts', '--json', text], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, LOG_LEVEL: 'error' },
    encoding: 'utf8',
  });
  // Exit 1 with reason "duplicate" means the pin is there already, which is what we want.
  if (result.status !== 0 && !result.stdout.includes('"duplicate"'))
    throw new Error(`Bench: could not seed a pin: ${result.stderr || result.stdout}`);
}
