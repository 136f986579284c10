import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../../adapters/cli/console.ts';
import { toText } from '../../../adapters/cli/format.ts';
import { createBot, createLogger } from '../../../src/index.ts';
import { removeCorpora, writeCorpus } from '../../corpus/corpus-fixture.ts';

afterAll(removeCorpora);

describe('console sources', () => {
  it('lists the outlets a page at a time, newest reports first, and one outlet’s articles', async () => {
    const dir = writeCorpus(
      Array.from({ length: 12 }, (_, i) => ({
        id: `report-${i}`,
        publisher: `Outlet ${String.fromCharCode(65 + i)}`,
        published: `2026-01-${String(28 - i).padStart(2, '0')}`,
        body: `Report ${i} on the summit.`,
      })).concat([{ id: 'older', publisher: 'Outlet A', published: '2025-12-01', body: 'An older report.' }]),
    );
    const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0, logger: createLogger('error', () => {}) });
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk: Buffer) => {
      shown += chunk.toString('utf8');
    });
    input.end('sources\nsources 2\nsources outlet a\nsources of the summit?\nexit\n');
    await runConsole(
      bot,
      input as unknown as typeof process.stdin,
      output as unknown as typeof process.stdout,
    );
    const asked = toText(bot.ask('sources of the summit?', { community: 'local', isModerator: true }));
    bot.close();
    expect(shown).toContain('13 articles from 12 outlets');
    expect(shown).toMatch(
      /\n {2}Outlet A {2}2 articles {2}2025-12-01 – 2026-01-28\n {2}Outlet B {2}1 article {3}2026-01-27\n/,
    );
    expect(shown).toContain('Page 1 of 2. Type "sources 2" for the next page.');
    expect(shown).toMatch(
      /\n {2}Outlet K {2}1 article {3}2026-01-18\n {2}Outlet L {2}1 article {3}2026-01-17\nPage 2 of 2\./,
    );
    expect(shown).toContain(
      'Outlet A: 2 articles, 2025-12-01 – 2026-01-28; the newest first:\n  2026-01-28  Article report-0',
    );
    expect(shown).toContain('  2025-12-01  Article older');
    // A question that starts with "sources" is still answered as a question.
    expect(shown).not.toContain('No outlet in my sources');
    expect(shown).toContain(asked);
  });
});
