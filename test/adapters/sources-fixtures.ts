import { newestFirst, summariseOutlets } from '../../src/corpus/outlets.ts';
import type { SourceArticle, SourcesInfo } from '../../src/index.ts';

/**
 * What `/sources` is rendered from in the render contract: a few outlets with several articles
 * each, and a long list of outlets whose names and titles carry markup, mentions and length.
 */
const article = (id: string, publisher: string, date: string, title: string, url: string | null = null) => ({
  id,
  title,
  publisher,
  date,
  url,
});

function infoOf(articles: SourceArticle[], passages: number, pins: number): SourcesInfo {
  const sorted = newestFirst(articles);
  return {
    articles: sorted,
    outlets: summariseOutlets(sorted),
    passages,
    pins,
    loadedAt: '2026-02-01T10:00:00.000Z',
  };
}

const day = (daysBefore: number) =>
  new Date(Date.UTC(2026, 0, 1) - daysBefore * 86_400_000).toISOString().slice(0, 10);

/** Outlet i's newest article is i days before 2026-01-01, so outlets 0–9 are page 1, and so on. */
function longArticles(): SourceArticle[] {
  const noisy = ' & *Bold* _news_ <@123456789012345678> @everyone <!here> '.repeat(12);
  const articles: SourceArticle[] = [];
  for (let i = 0; i < 47; i++) {
    articles.push(
      article(`o${i}`, `Outlet ${i} ${noisy}`, day(i), `Report ${i}`, `https://example.org/${i}`),
    );
  }
  for (let k = 0; k < 30; k++) {
    articles.push(
      article(
        `o0-${k}`,
        `Outlet 0 ${noisy}`,
        day(k + 1),
        `${'&'.repeat(150)} ${'A long title about defence & security cooperation '.repeat(6)}${k}`,
        `https://example.org/${'&a=1'.repeat(120)}`,
      ),
    );
  }
  return articles;
}

export const contractSources = {
  small: infoOf(
    [
      article('h1', 'Harbourline News Service', '2026-01-20', 'Talks open', 'https://example.org/h1'),
      article('a1', 'Alpha Wire', '2026-01-29', 'Summit review', 'https://example.org/a1'),
      article('g1', 'Gateway Gazette', '2026-01-10', 'Visit announced', null),
      article('h3', 'Harbourline News Service', '2026-01-28', 'Pact signed', 'https://example.org/h3'),
      article('g2', 'Gateway Gazette', '2025-12-30', 'Agenda set', null),
      article('h2', 'Harbourline News Service', '2026-01-24', 'Talks close', 'https://example.org/h2'),
    ],
    40,
    2,
  ),
  long: infoOf(longArticles(), 9000, 0),
};
