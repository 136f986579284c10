import { openSqlitePinStore } from '../../src/index.ts';

/**
 * Child process for the durability and two-process tests (not a test file itself):
 *   node --import tsx test/pins/pin-writer.ts <db-path> <label> <count>
 * Pins `<label> fact <i>` for i = 1..count in community `local`, printing `<id> <i>` on stdout
 * only after each save has returned, then `done`. Errors go to stderr with exit code 1.
 */
const [path, label, count] = process.argv.slice(2);
if (!path || !label || !count) {
  process.stderr.write('usage: pin-writer.ts <db-path> <label> <count>\n');
  process.exit(2);
}

const store = openSqlitePinStore(path);
const actor = { platform: 'local' as const, userId: label, displayName: `writer ${label}` };
for (let i = 1; i <= Number(count); i++) {
  const pin = await store.add({
    community: 'local',
    text: `${label} fact ${i}`,
    source: null,
    message: null,
    actor,
    at: new Date().toISOString(),
  });
  process.stdout.write(`${pin.id} ${i}\n`);
}
store.close();
process.stdout.write('done\n');
