import { afterAll, describe, expect, it } from 'vitest';
import {
  newestFirst,
  OUTLETS_PER_PAGE,
  outletArticles,
  outletsPage,
  summariseOutlets,
} from '../../src/corpus/outlets.ts';
import { createBot, createLogger, type SourceArticle, type SourcesInfo } from '../../src/index.ts';
import { removeCorpora, writeCorpus } from './corpus-fixture.ts';

const article = (id: string, publisher: string, date: string, title = `Title ${id}`): SourceArticle => ({
  id,
  title,
  publisher,
  date,
  url: null,
});

const ARTICLES = [
  article('a1', 'Lotus Wire', '2026-01-20'),
  article('b1', 'Bazaar Bulletin', '2026-01-28'),
  article('a2', 'Lotus Wire', '2026-01-28'),
  article('c1', 'Capital Courier', '2025-11-02'),
  article('a3', 'lotus  wire', '2026-01-24'),
  article('d1', 'Anchor Daily', '2026-01-28'),
];

const infoOf = (articles: SourceArticle[]): SourcesInfo => {
  const sorted = newestFirst(articles);
  return { articles: sorted, outlets: summariseOutlets(sorted), passages: 0, pins: 0, loadedAt: '' };
};

describe('summariseOutlets', () => {
  it('counts each outlet’s articles and its first and last dates, newest outlet first, ties by name', () => {
    expect(summariseOutlets(ARTICLES)).toEqual([
      { publisher: 'Anchor Daily', articles: 1, firstDate: '2026-01-28', lastDate: '2026-01-28' },
      { publisher: 'Bazaar Bulletin', articles: 1, firstDate: '2026-01-28', lastDate: '2026-01-28' },
      { publisher: 'Lotus Wire', articles: 3, firstDate: '2026-01-20', lastDate: '2026-01-28' },
      { publisher: 'Capital Courier', articles: 1, firstDate: '2025-11-02', lastDate: '2025-11-02' },
    ]);
  });

  it('gives nothing for no articles', () => {
    expect(summariseOutlets([])).toEqual([]);
  });
});

describe('newestFirst', () => {
  it('orders by date, newest first, then by outlet and title', () => {
    expect(newestFirst(ARTICLES).map((a) => a.id)).toEqual(['d1', 'b1', 'a2', 'a3', 'a1', 'c1']);
  });
});

describe('outletsPage', () => {
  const many = infoOf(
    Array.from({ length: 23 }, (_, i) =>
      article(`x${i}`, `Outlet ${String(i).padStart(2, '0')}`, '2026-01-01'),
    ),
  );

  it('cuts the outlets into pages in their order', () => {
    const second = outletsPage(many, 1);
    expect(second).toMatchObject({ page: 1, pages: 3, perPage: OUTLETS_PER_PAGE });
    expect(second.outlets.map((o) => o.publisher)).toEqual(
      many.outlets.slice(OUTLETS_PER_PAGE, 2 * OUTLETS_PER_PAGE).map((o) => o.publisher),
    );
    expect(outletsPage(many, 2).outlets).toHaveLength(3);
  });

  it('clamps a page out of range to the first or last', () => {
    expect(outletsPage(many, -4).page).toBe(0);
    expect(outletsPage(many, 99).page).toBe(2);
    expect(outletsPage(many, Number.NaN).page).toBe(0);
    expect(outletsPage(infoOf([]), 3)).toEqual({ outlets: [], page: 0, pages: 1, perPage: OUTLETS_PER_PAGE });
  });
});

describe('outletArticles', () => {
  const info = infoOf(ARTICLES);

  it('finds an outlet by its name in any case and lists its articles newest first', () => {
    const found = outletArticles(info, 'LOTUS wire');
    expect(found.ok && found.outlet.publisher).toBe('Lotus Wire');
    expect(found.ok && found.articles.map((a) => a.id)).toEqual(['a2', 'a3', 'a1']);
    expect(found.ok && found.more).toBe(0);
  });

  it('finds the one outlet whose name contains what was typed, and keeps only the newest', () => {
    const found = outletArticles(info, 'lotus', 2);
    expect(found.ok && found.articles.map((a) => a.id)).toEqual(['a2', 'a3']);
    expect(found.ok && found.more).toBe(1);
  });

  it('says when no outlet or several match', () => {
    expect(outletArticles(info, 'Harbour')).toEqual({
      ok: false,
      message: 'No outlet in my sources is called “Harbour”.',
    });
    expect(outletArticles(info, 'I')).toEqual({
      ok: false,
      message:
        '“I” matches 4 outlets: Anchor Daily, Bazaar Bulletin, Lotus Wire, Capital Courier. Please name one.',
    });
    expect(outletArticles(info, '  ').ok).toBe(false);
  });
});

describe('bot.sources', () => {
  afterAll(removeCorpora);

  it('summarises the loaded corpus per outlet', () => {
    const dir = writeCorpus([
      { id: 'old', body: 'An older report.', published: '2025-12-01', publisher: 'Alpha Wire' },
      { id: 'new', body: 'A newer report.', published: '2026-01-05', publisher: 'Alpha Wire' },
      { id: 'other', body: 'Another outlet.', published: '2026-01-02', publisher: 'Beta Post' },
    ]);
    const bot = createBot({ corpusDir: dir, pinSyncIntervalMs: 0, logger: createLogger('error', () => {}) });
    try {
      const info = bot.sources('local');
      expect(info.articles.map((a) => a.id)).toEqual(['new', 'other', 'old']);
      expect(info.outlets).toEqual([
        { publisher: 'Alpha Wire', articles: 2, firstDate: '2025-12-01', lastDate: '2026-01-05' },
        { publisher: 'Beta Post', articles: 1, firstDate: '2026-01-02', lastDate: '2026-01-02' },
      ]);
    } finally {
      bot.close();
    }
  });
});
