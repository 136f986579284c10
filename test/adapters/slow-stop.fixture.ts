import { runPlatforms } from '../../adapters/run-platforms.ts';
import { createBot, createLogger } from '../../src/index.ts';

/**
 * A process running `runPlatforms` with one platform whose stop takes 400 ms, for
 * test/adapters/run-platforms.test.ts: it prints "ready" once started and "stopped" when its stop
 * has finished.
 */
const bot = createBot({ corpusDir: process.env.CORPUS_DIR, pinSyncIntervalMs: 0 });
await runPlatforms('test', bot, createLogger('info'), [
  async () => {
    // What a platform's connection does: keep the process alive until it is stopped.
    const connection = setInterval(() => {}, 1000);
    return {
      async stop() {
        clearInterval(connection);
        await new Promise((resolve) => setTimeout(resolve, 400));
        process.stderr.write('stopped\n');
      },
    };
  },
]);
process.stderr.write('ready\n');
