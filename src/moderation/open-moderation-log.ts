import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PIN_DB_FILE } from '../pins/open-pin-store.ts';
import type { ModerationLog } from './moderation-log.ts';
import { openSqliteModerationLog } from './sqlite-moderation-log.ts';

/** Opens the moderation log in `<dataDir>/pins.db`, beside the pins, creating the directory on first use. */
export function openModerationLog(dataDir: string): ModerationLog {
  mkdirSync(dataDir, { recursive: true });
  return openSqliteModerationLog(join(dataDir, PIN_DB_FILE));
}
