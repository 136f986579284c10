import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdd } from '../../../adapters/cli/add.ts';
import { createBot, openSourceQueue } from '../../../src/index.ts';
import { removeCorpora, writeDir } from '../../corpus/corpus-fixture.ts';
import { type PageServer, startPageServer } from '../../ingest/page-server.ts';
import { spawnScript } from '../../support/spawn-script.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { FIXTURE_CORPUS_DIR } from '../../support/test-bot.ts';

/**
 * `npm run add` in-process (with a scripted terminal where one is needed), plus one run as a
 * child process. Every failure must leave the corpus directory as it was.
 */
const SHIPPED = FIXTURE_CORPUS_DIR;
const page = (name: string) => new URL(`../../fixtures/pages/${name}`, import.meta.url).pathname;
const shippedCorpus = () =>
  writeDir(
    Object.fromEntries(readdirSync(SHIPPED).map((name) => [name, readFileSync(join(SHIPPED, name), 'utf8')])),
  );

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(async () => {
  await server.close();
  removeCorpora();
});

function run(argv: string[], answers?: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const asked: string[] = [];
  const corpusDir = shippedCorpus();
  const dataDir = tempDir('add-data-');
  const prompt = answers
    ? async (question: string) => {
        asked.push(question);
        const answer = answers.shift();
        if (answer === undefined) throw new Error(`unexpected question: ${question}`);
        return answer;
      }
    : undefined;
  const deps = {
    io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) },
    corpusDir,
    dataDir,
    ...(prompt ? { prompt } : {}),
  };
  return {
    corpusDir,
    dataDir,
    out,
    err,
    asked,
    code: runAdd(argv, deps),
    files: () => readdirSync(corpusDir).sort(),
  };
}

describe('npm run add', () => {
  it('previews the article with where each field came from, then writes it with --yes', async () => {
    const r = run([server.url('/pages/jsonld-article.html'), '--yes']);
    expect(await r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toContain(
      'title      India, EU hold first maritime security talks under new defence pact   [JSON-LD headline]',
    );
    expect(text).toContain('6 paragraphs, 193 words. First paragraphs:');
    expect(text).toContain('¶ MUMBAI, Feb 12 (Harbour Times) –');
    expect(text).toContain('Dropped as boilerplate (3):');
    expect(text).toMatch(
      /Wrote .*harbour-times-2026-02-12-india-eu-hold-first-maritime-security-talks\.md \(6 paragraphs\)/,
    );
    // A bot started on the directory answers from the new article.
    const bot = createBot({ corpusDir: r.corpusDir, pinSyncIntervalMs: 0 });
    const answer = bot.ask('Where will the next round of maritime talks be held?', { community: 'local' });
    expect(answer.answered).toBe(true);
    expect(answer.citations[0]?.id).toMatch(/^harbour-times-2026-02-12-.*#p5$/);
    bot.close();
  });

  it('asks at the terminal for what the page does not give, then for confirmation', async () => {
    const r = run(
      [page('plain-article.txt')],
      [
        'EU and India hold first cyber security working group meeting',
        'Brussels Wire',
        '2026-03-10',
        '',
        'en',
        'y',
      ],
    );
    expect(await r.code).toBe(0);
    expect(r.asked).toEqual([
      'Title: ',
      'Publisher (outlet name): ',
      'Publication date (YYYY-MM-DD): ',
      'Address of the article (leave empty if unknown): ',
      'Language code (e.g. en): ',
      'Write brussels-wire-2026-03-10-eu-india-hold-first-cyber-security-working.md? [y/N] ',
    ]);
    const written = readFileSync(
      join(r.corpusDir, 'brussels-wire-2026-03-10-eu-india-hold-first-cyber-security-working.md'),
      'utf8',
    );
    expect(written).toContain('dateline: Brussels\npublished: 2026-03-10\nurl: null\nlanguage: en');
  });

  it('asks again when an answer is not valid, and writes nothing when the operator declines', async () => {
    const r = run(
      [page('plain-article.txt'), '--title', 'T', '--publisher', 'P', '--language', 'en', '--url', ''],
      ['March 10', '2026-03-10', 'n'],
    );
    expect(await r.code).toBe(1);
    expect(r.err.join('\n')).toContain('published "March 10" (answer): must be a date as YYYY-MM-DD');
    expect(r.out.at(-1)).toBe('Not written.');
    expect(r.files()).toHaveLength(2);
  });

  it('without a terminal, names the flags for missing metadata and writes nothing', async () => {
    const r = run([page('plain-article.txt'), '--yes', '--title', 'Cyber talks']);
    await expect(r.code).rejects.toThrow(
      'Not added: the page does not give publisher, published, language; pass --publisher, --published, --language (nothing is made up).',
    );
    expect(r.files()).toHaveLength(2);
  });

  it('without a terminal or --yes, shows the preview and writes nothing', async () => {
    const r = run([server.url('/pages/opengraph-only.html')]);
    expect(await r.code).toBe(1);
    expect(r.out.join('\n')).toContain('publisher  Coastal Daily   [og:site_name]');
    expect(r.err).toEqual([
      'Not written: there is no terminal to confirm on; run again with --yes to write it.',
    ]);
    expect(r.files()).toHaveLength(2);
  });

  it('refuses a near-duplicate of the shipped article before asking anything, naming it', async () => {
    const corpus = readFileSync(
      join(SHIPPED, 'ani-2026-01-27-india-eu-security-defence-partnership.md'),
      'utf8',
    );
    const body = corpus.split(/\n---\n/)[1] ?? '';
    const copy = `<html lang="en"><head><meta property="og:site_name" content="Copy Times"></head><body><article>${body
      .split(/\n\s*\n/)
      .filter(Boolean)
      .map((p) => `<p>${p.replaceAll('"', '“')}</p>`)
      .join('')}</article></body></html>`;
    const copyServer = await startPageServer({
      '/copy': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(copy);
      },
    });
    const r = run([copyServer.url('/copy')], []);
    await expect(r.code).rejects.toThrow(
      /Not added: it is a near-duplicate of ani-2026-01-27-india-eu-security-defence-partnership \(.*ani-2026-01-27-india-eu-security-defence-partnership\.md\)/,
    );
    expect(r.asked).toEqual([]);
    expect(r.files()).toHaveLength(2);
    await copyServer.close();
  });

  it('passes fetch failures through as one clear error', async () => {
    const r = run([server.url('/report.pdf'), '--yes']);
    await expect(r.code).rejects.toThrow('application/pdf, not HTML or plain text');
    const big = run([server.url('/huge-streamed'), '--yes', '--max-bytes', '100000']);
    await expect(big.code).rejects.toThrow('over the 0.1 MB limit');
  });

  it('rejects bad usage', async () => {
    await expect(run([]).code).rejects.toThrow('Give one URL or file (got 0).');
    await expect(run(['a', '--timeout', 'soon']).code).rejects.toThrow(
      '--timeout must be a positive number.',
    );
    await expect(run(['a', '--bogus']).code).rejects.toThrow("Unknown option '--bogus'");
  });
});

describe('npm run add as a process', () => {
  it('writes the article from a saved page with --yes and exits 0; a second run exits 1 naming the duplicate', async () => {
    const corpusDir = shippedCorpus();
    const env = { CORPUS_DIR: corpusDir, DATA_DIR: tempDir('add-data-') };
    const run = async () => {
      const child = spawnScript('adapters/cli/add.ts', env, { args: [page('opengraph-only.html'), '--yes'] });
      return { code: await child.exited, stdout: child.stdout(), stderr: child.stderr() };
    };
    const first = await run();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(readdirSync(corpusDir)).toContain(
      'coastal-daily-2026-03-04-eu-naval-chief-visits-kochi-shipyard-discusses.md',
    );
    const second = await run();
    expect(second.code).toBe(1);
    expect(second.stderr.trim()).toMatch(
      /^Not added: the corpus already has this URL as coastal-daily-2026-03-04-/,
    );
  });
});

describe('npm run add --pending', () => {
  it('lists the pages moderators queued, adds one (recording its article), and rejects another', async () => {
    const r = run(['--pending']);
    const queue = openSourceQueue(r.dataDir);
    const actor = { platform: 'slack' as const, userId: 'U1', displayName: 'Mo Listed' };
    queue.add({
      url: server.url('/pages/opengraph-only.html'),
      community: 'T1',
      actor,
      at: '2026-03-05T09:00:00.000Z',
    });
    queue.add({
      url: server.url('/pages/not-an-article.html'),
      community: 'T1',
      actor,
      at: '2026-03-05T09:01:00.000Z',
    });
    queue.close();
    const deps = (out: string[]) => ({
      io: { out: (l: string) => out.push(l), err: (l: string) => out.push(l) },
      corpusDir: r.corpusDir,
      dataDir: r.dataDir,
    });

    const listed: string[] = [];
    expect(await runAdd(['--pending'], deps(listed))).toBe(0);
    expect(listed.join('\n')).toMatch(
      /^S1 {2}http:\/\/127\.0\.0\.1:\d+\/pages\/opengraph-only\.html\n {5}asked by Mo Listed \(slack, T1\) on 2026-03-05\nS2 /,
    );

    const added: string[] = [];
    expect(await runAdd(['--pending', 'S1', '--yes'], deps(added))).toBe(0);
    expect(added.join('\n')).toContain('Wrote ');
    const failed: string[] = [];
    await expect(runAdd(['--pending', 'S2', '--yes'], deps(failed))).rejects.toThrow('no article found');
    expect(await runAdd(['--reject', 'S2'], deps(failed))).toBe(0);
    await expect(runAdd(['--pending', 'S1'], deps(failed))).rejects.toThrow(
      'S1 was already added as coastal-daily-2026-03-04-eu-naval-chief-visits-kochi-shipyard-discusses.',
    );
    const after = openSourceQueue(r.dataDir);
    expect(after.pending()).toEqual([]);
    expect(after.get('S2')?.status).toBe('rejected');
    after.close();
  });
});
