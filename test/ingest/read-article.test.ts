import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/ingest-error.ts';
import { readArticle } from '../../src/ingest/read-article.ts';
import { closedPort, type PageServer, startPageServer } from './page-server.ts';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());

/** The IngestError a read fails with (the test fails if it does not fail). */
async function failure(input: string, options: Parameters<typeof readArticle>[1] = {}): Promise<IngestError> {
  const error = await readArticle(input, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

describe('readArticle over HTTP', () => {
  it('takes title, publisher, dateline, date, URL and language from JSON-LD NewsArticle', async () => {
    const article = await readArticle(server.url('/pages/jsonld-article.html'));
    const { metadata } = article;
    expect(metadata.title).toEqual({
      value: 'India, EU hold first maritime security talks under new defence pact',
      from: 'JSON-LD headline',
    });
    // The publisher is an @id reference into the @graph.
    expect(metadata.publisher).toEqual({ value: 'The Harbour Times', from: 'JSON-LD publisher' });
    expect(metadata.dateline?.value).toBe('Mumbai');
    expect(metadata.published).toEqual({ value: '2026-02-12', from: 'JSON-LD datePublished' });
    expect(metadata.url?.value).toBe('https://harbourtimes.example/world/india-eu-maritime-talks-2026-02-12');
    expect(metadata.language?.value).toBe('en');
    expect(article.url).toBe(server.url('/pages/jsonld-article.html'));
  });

  it('keeps the body verbatim with whitespace normalised, and drops ads, "Also read", "Read more" and navigation', async () => {
    const { paragraphs, dropped } = await readArticle(server.url('/pages/jsonld-article.html'));
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toBe(
      'MUMBAI, Feb 12 (Harbour Times) – Officials from India and the European Union met here on Thursday for the first maritime security dialogue held under the Security and Defence Partnership the two sides signed in New Delhi last month.',
    );
    expect(paragraphs[2]).toBe(
      '"Freedom of navigation is a shared interest, and this dialogue gives it a regular place on our agenda," an Indian official who attended the meeting said.',
    );
    expect(dropped).toEqual([
      "Also read: What the EU's partnership with Japan covers",
      'Advertisement',
      'Read more: India–EU defence partnership explained',
    ]);
    const all = paragraphs.join('\n');
    for (const noise of [
      'Facebook',
      'Related stories',
      'Sign up',
      '©',
      'Naval vessels at the Mumbai dockyard',
    ])
      expect(all).not.toContain(noise);
  });

  it('reads an OpenGraph-only page: og:title, og:site_name, article:published_time, <html lang>, dateline from the text', async () => {
    const { metadata, paragraphs, dropped } = await readArticle(server.url('/pages/opengraph-only.html'));
    expect(metadata.title?.value).toBe('EU naval chief visits Kochi shipyard, discusses joint patrols');
    expect(metadata.publisher).toEqual({ value: 'Coastal Daily', from: 'og:site_name' });
    expect(metadata.published).toEqual({ value: '2026-03-04', from: 'article:published_time' });
    expect(metadata.dateline).toEqual({ value: 'Kochi', from: 'first paragraph' });
    expect(metadata.language).toEqual({ value: 'en', from: '<html lang>' });
    expect(metadata.url?.value).toBe('https://coastaldaily.example/news/eu-naval-chief-kochi');
    expect(paragraphs).toHaveLength(5);
    expect(dropped).toEqual(['Subscribe to our newsletter for daily updates.']);
  });

  it('refuses a paywall teaser, saying how much is missing', async () => {
    const error = await failure(server.url('/pages/paywall-teaser.html'));
    expect(error.code).toBe('paywall');
    expect(error.message).toMatch(/paywall teaser is here \(3 paragraphs, \d+ words of about 1450\)/);
    expect(error.message).toContain('save the whole page');
  });

  it('refuses a live blog', async () => {
    const error = await failure(server.url('/pages/live-blog.html'));
    expect(error.code).toBe('live-blog');
    expect(error.message).toContain('LiveBlogPosting');
  });

  it('refuses a page that is not an article', async () => {
    const error = await failure(server.url('/pages/not-an-article.html'));
    expect(error.code).toBe('not-article');
    expect(error.message).toContain('no article found');
  });

  it('follows redirects and reports the final address', async () => {
    const article = await readArticle(server.url('/redirect/1'));
    expect(article.url).toBe(server.url('/pages/jsonld-article.html'));
    expect(article.paragraphs).toHaveLength(6);
  });

  it('stops after the redirect limit', async () => {
    const error = await failure(server.url('/loop'), { limits: { maxRedirects: 3 } });
    expect(error.code).toBe('redirects');
    expect(error.message).toContain('more than 3 redirects');
    expect(server.requests.filter((p) => p === '/loop').length).toBe(4);
  });

  it('refuses a redirect to a non-http address', async () => {
    const error = await failure(server.url('/to-ftp'));
    expect(error.message).toContain('only http and https');
  });

  it('refuses a page that is not HTML or text', async () => {
    const error = await failure(server.url('/report.pdf'));
    expect(error.code).toBe('not-html');
    expect(error.message).toContain('application/pdf');
  });

  it('reports an HTTP error status', async () => {
    const error = await failure(server.url('/missing'));
    expect(error.code).toBe('http-status');
    expect(error.message).toContain('HTTP 404');
  });

  it('refuses a page over the size limit from its Content-Length, and while reading one without', async () => {
    const declared = await failure(server.url('/huge-declared'));
    expect(declared.code).toBe('too-large');
    expect(declared.message).toContain('50.0 MB, over the 5.0 MB limit');
    const streamed = await failure(server.url('/huge-streamed'), { limits: { maxBytes: 1024 * 1024 } });
    expect(streamed.code).toBe('too-large');
    expect(streamed.message).toContain('stopped reading');
  });

  it('gives up on a page that does not finish within the timeout', async () => {
    const error = await failure(server.url('/hang'), { limits: { timeoutMs: 300 } });
    expect(error.code).toBe('timeout');
    expect(error.message).toContain('within 0.3 s');
  });

  it('reports a dropped connection and a refused one', async () => {
    expect((await failure(server.url('/drop'))).code).toBe('network');
    const refused = await failure(`http://127.0.0.1:${await closedPort()}/nothing-listens-here`);
    expect(refused.code).toBe('network');
    expect(refused.message).toContain('ECONNREFUSED');
  });

  it('refuses a body with no content type that is not HTML', async () => {
    expect((await failure(server.url('/no-type'))).code).toBe('not-html');
  });
});

describe('readArticle character encodings', () => {
  it('decodes a page by its <meta charset>', async () => {
    const { paragraphs } = await readArticle(server.url('/latin1-declared'));
    expect(paragraphs.at(-1)).toBe('The minister said: “Café diplomacy”.');
  });

  it('refuses an undeclared page that is not UTF-8, pointing at --charset, and decodes it when given one', async () => {
    const error = await failure(server.url('/latin1-undeclared'));
    expect(error.code).toBe('encoding');
    expect(error.message).toMatch(
      /declares no character encoding and is not valid UTF-8 \(first bad byte at offset \d+\).*--charset/,
    );
    const { paragraphs } = await readArticle(server.url('/latin1-undeclared'), { charset: 'windows-1252' });
    expect(paragraphs.at(-1)).toBe('Café talks.');
  });

  it('refuses an unknown charset label', async () => {
    const error = await failure(server.url('/bogus-charset'));
    expect(error.message).toContain('charset "klingon-8", which is not a known encoding');
  });

  it('refuses bytes that are invalid in the declared UTF-8', async () => {
    const error = await failure(server.url('/utf8-invalid'));
    expect(error.message).toMatch(
      /declares utf-8 but its bytes are not valid utf-8 \(first bad byte at offset \d+\)/,
    );
  });

  it('refuses UTF-8 bytes labelled as a single-byte encoding rather than garble them', async () => {
    const error = await failure(server.url('/utf8-labelled-latin1'));
    expect(error.message).toContain('declares windows-1252, but its bytes are UTF-8 text');
  });

  it('refuses text garbled before it was served', async () => {
    const error = await failure(server.url('/mojibake'));
    expect(error.message).toContain('garbled characters (“â€™”');
  });
});

describe('readArticle from files', () => {
  const page = (name: string) => new URL(`../fixtures/pages/${name}`, import.meta.url).pathname;

  it('reads a saved page like a fetched one, with no address of its own', async () => {
    const article = await readArticle(page('jsonld-article.html'));
    expect(article.url).toBeNull();
    expect(article.paragraphs).toHaveLength(6);
  });

  it('reads plain text as blank-line separated paragraphs, with only the dateline taken from the text', async () => {
    const article = await readArticle(page('plain-article.txt'));
    expect(article.paragraphs).toEqual([
      'Brussels, March 10 – The European Union and India held the first meeting of their joint working group on cyber security in Brussels on Monday, under the Security and Defence Partnership signed in January.',
      'The group discussed the protection of critical infrastructure, responses to ransomware and the exchange of information about threats, according to a statement issued after the meeting.',
      'Both sides agreed to meet again in New Delhi in the autumn.',
    ]);
    expect(article.metadata.dateline).toEqual({ value: 'Brussels', from: 'first paragraph' });
    expect(article.metadata.title).toBeUndefined();
  });

  it('refuses a missing file, a file of another kind and a file over the limit', async () => {
    expect((await failure('no/such/page.html')).message).toContain('no such file');
    expect((await failure('example.org/news/1')).message).toContain('give the whole URL with https://');
    expect((await failure(new URL('../../package.json', import.meta.url).pathname)).code).toBe('not-html');
    expect((await failure(page('jsonld-article.html'), { limits: { maxBytes: 1000 } })).code).toBe(
      'too-large',
    );
  });
});
