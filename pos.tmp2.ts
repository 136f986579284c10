import { createBot } from './src/index.ts';
const bot: any = createBot({ pinSyncIntervalMs: 0, corpusDir: 'corpus' });
bot.ask('hello', { community: 'x' });
