import { createLogger, openPinStore } from '../src/index.ts';
import { createPinSync } from '../src/pins/pin-sync.ts';
import { childArgs, emit } from './child.ts';

/**
 * Child process for the pin propagation benchmark: follows the pin store the way a running bot
 * does (pin-sync.ts: NOTIFY on PostgreSQL, a 500 ms poll on SQLite) and prints the moment each pin
 * reaches it, on the clock both processes share (`performance.timeOrigin + performance.now()`).
 */
const { databaseUrl, dataDir } = childArgs<{ databaseUrl?: string; dataDir: string }>();
const store = await openPinStore(
  { DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
  { logger: createLogger('error') },
);
const sync = createPinSync({
  store,
  intervalMs: 500,
  onError: () => {},
  apply: (pin) => emit({ seen: pin.id, at: performance.timeOrigin + performance.now() }),
});
await sync.sync();
emit({ ready: true });
process.stdin.resume();
process.stdin.on('end', async () => {
  sync.close();
  await store.close();
});
