import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../../adapters/cli/console.ts';
import { createBot, createLogger } from '../../../src/index.ts';
import { articleSource, removeCorpora, writeCorpus } from '../../corpus/corpus-fixture.ts';

afterAll(removeCorpora);

describe('console reload', () => {
  it('re-reads the articles when the operator types reload, then answers from them', async () => {
    const dir = writeCorpus([
      { id: 'summit', body: 'The summit opened in Geneva on Monday with talks on trade.' },
    ]);
    const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0, logger: createLogger('error', () => {}) });
    writeFileSync(
      join(dir, 'lighthouse.md'),
      articleSource({
        id: 'lighthouse',
        body: 'The old lighthouse was restored by volunteers over two summers.',
      }),
    );
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk: Buffer) => {
      shown += chunk.toString('utf8');
    });
    input.end('reload\nWho restored the lighthouse?\nexit\n');
    await runConsole(
      bot,
      input as unknown as typeof process.stdin,
      output as unknown as typeof process.stdout,
    );
    bot.close();
    expect(shown).toMatch(/Reloaded in \d+ ms: 2 article\(s\), 2 passages \(added: lighthouse\)\./);
    expect(shown).toContain('The old lighthouse was restored by volunteers over two summers.');
  });
});
