import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseArticle } from '../../src/corpus/load-corpus.ts';
import { removeCorpora, writeDir } from './corpus-fixture.ts';

const FIELDS = [
  'id: eu-summit',
  'title: EU leaders meet',
  'publisher: Test Wire',
  'dateline: Brussels',
  'published: 2024-03-04',
  'url: https://example.org/eu-summit',
  'language: en',
];
const BODY = 'Brussels, March 4: Leaders met on Monday.\n\nThey agreed on a budget. Talks ran late.\n';
const source = (fields: string[] = FIELDS, body = BODY) => `---\n${fields.join('\n')}\n---\n\n${body}`;
const withField = (name: string, value: string | null) =>
  value === null
    ? FIELDS.filter((line) => !line.startsWith(`${name}:`))
    : FIELDS.map((line) => (line.startsWith(`${name}:`) ? `${name}: ${value}` : line));

/** The CorpusError thrown by `run`, or a failure when nothing is thrown. */
function corpusError(run: () => unknown): CorpusError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return error as CorpusError;
  }
  throw new Error('expected a CorpusError');
}

describe('parseArticle', () => {
  it('reads the front matter into an article', () => {
    const { article } = parseArticle('/c/eu-summit.md', source());
    expect(article).toEqual({
      id: 'eu-summit',
      title: 'EU leaders meet',
      publisher: 'Test Wire',
      dateline: 'Brussels',
      published: '2024-03-04',
      url: 'https://example.org/eu-summit',
      language: 'en',
      file: '/c/eu-summit.md',
    });
  });

  it('numbers passages from 1 with ids <article-id>#p<n> and keeps their text verbatim', () => {
    const { passages } = parseArticle('/c/eu-summit.md', source());
    expect(passages.map((p) => [p.id, p.paragraph, p.articleId, p.text])).toEqual([
      ['eu-summit#p1', 1, 'eu-summit', 'Brussels, March 4: Leaders met on Monday.'],
      ['eu-summit#p2', 2, 'eu-summit', 'They agreed on a budget. Talks ran late.'],
    ]);
  });

  it('accepts a null url and a regional language code', () => {
    const { article } = parseArticle(
      '/c/a.md',
      source(withField('language', 'en-GB').map((l) => (l.startsWith('url:') ? 'url: null' : l))),
    );
    expect(article.url).toBeNull();
    expect(article.language).toBe('en-GB');
  });

  it('rejects a file without front matter, naming the file', () => {
    const error = corpusError(() => parseArticle('/c/bare.md', BODY));
    expect(error.message).toContain('/c/bare.md');
    expect(error.message).toContain('front matter');
  });

  it('rejects front matter that is not YAML, naming the file', () => {
    const error = corpusError(() => parseArticle('/c/broken.md', source(['id: [eu-summit', 'title: x'])));
    expect(error.message).toMatch(/^Corpus: \/c\/broken\.md: front matter is not valid YAML/);
  });

  it.each([
    ['id', null, 'expected string'],
    ['id', 'EU Summit', 'lower-case letters'],
    ['published', null, ''],
    ['published', '4 March 2024', 'ISO date'],
    ['published', '2024-02-30', 'ISO date'],
    ['url', 'ftp://example.org/a', 'URL'],
    ['url', 'not a link', 'URL'],
    ['language', 'English', 'language code'],
    ['language', null, 'expected string'],
    ['title', '""', ''],
  ])('rejects field %s = %s naming the file and the field', (field, value, reason) => {
    const error = corpusError(() => parseArticle('/c/eu-summit.md', source(withField(field, value))));
    expect(error.message).toContain('/c/eu-summit.md');
    expect(error.message).toContain(`field "${field}"`);
    expect(error.message).toContain(reason);
  });

  it('rejects an unknown front matter key, naming it', () => {
    const error = corpusError(() => parseArticle('/c/a.md', source([...FIELDS, 'author: someone'])));
    expect(error.message).toContain('"author"');
  });

  it('rejects an article whose body is empty', () => {
    const error = corpusError(() => parseArticle('/c/empty.md', source(FIELDS, '\n   \n\n')));
    expect(error.message).toBe('Corpus: /c/empty.md: the article body is empty');
  });
});

describe('loadCorpus', () => {
  afterAll(removeCorpora);

  it('loads every article file in file-name order and ignores README.md and other files', () => {
    const second = source(withField('id', 'b-article'));
    const dir = writeDir({
      'b.md': second,
      'a.md': source(),
      'README.md': 'notes',
      'glossary.yaml': 'groups: []',
    });
    const corpus = loadCorpus(dir);
    expect(corpus.articles.map((a) => [a.id, a.file])).toEqual([
      ['eu-summit', join(dir, 'a.md')],
      ['b-article', join(dir, 'b.md')],
    ]);
    expect(corpus.passages.map((p) => p.id)).toEqual([
      'eu-summit#p1',
      'eu-summit#p2',
      'b-article#p1',
      'b-article#p2',
    ]);
  });

  it('rejects two files with the same id, naming both files and the field', () => {
    const dir = writeDir({ 'a.md': source(), 'b.md': source() });
    const error = corpusError(() => loadCorpus(dir));
    expect(error.message).toContain(join(dir, 'b.md'));
    expect(error.message).toContain(join(dir, 'a.md'));
    expect(error.message).toContain('field "id"');
  });

  it('names the bad file when one of several fails validation', () => {
    const dir = writeDir({ 'a.md': source(), 'z.md': source(withField('published', 'yesterday')) });
    const error = corpusError(() => loadCorpus(dir));
    expect(error.message).toContain(join(dir, 'z.md'));
    expect(error.message).toContain('field "published"');
  });

  it('rejects a directory without article files', () => {
    const dir = writeDir({ 'glossary.yaml': 'groups: []' });
    expect(corpusError(() => loadCorpus(dir)).message).toContain('no article files');
  });

  it('rejects a directory that does not exist', () => {
    const error = corpusError(() => loadCorpus('/nonexistent/corpus-dir'));
    expect(error.message).toContain('/nonexistent/corpus-dir');
  });
});
