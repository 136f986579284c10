import { afterAll } from 'vitest';
import { openPostgres } from '../../src/db/postgres.ts';
import { createLogger, type PinStore } from '../../src/index.ts';
import { createPgPinStore } from '../../src/pins/pg-pin-store.ts';
import { createTestDatabase, describePostgres } from '../db/postgres-test-db.ts';
import { describePinStoreContract } from './pin-store-contract.ts';

const logger = createLogger('error');
const dropped: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of dropped) await drop();
});

describePostgres('PostgreSQL pin store', () => {
  // Each contract test opens a fresh database: pin ids restart at P1.
  describePinStoreContract('createPgPinStore', async (): Promise<PinStore> => {
    const database = await createTestDatabase();
    dropped.push(database.drop);
    return createPgPinStore(await openPostgres(database.url, { logger }));
  });
});
