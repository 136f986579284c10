import { newestFirst, summariseOutlets } from '../../src/corpus/outlets.ts';
import type { SourceArticle, SourcesInfo } from '../../src/index.ts';
import type { FixtureArticle } from '../corpus/corpus-fixture.ts';

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

/**
 * A corpus of 12 outlets (two pages of `/sources`) for the end-to-end tests: outlet i's newest
 * article is dated 2026-01-(28 − i); Harbourline has three articles and Pacific Rim Wire two.
 */
export const OUTLETS = [
  'Rampart Review',
  'Harbourline News Service',
  'Lotus Wire',
  'Capital Courier',
  'Monsoon Review',
  'Gateway Gazette',
  'Indus Evening Post',
  'Bazaar Bulletin',
  'Market Meridian',
  'Continental Dispatch',
  'Primer Post',
  'Pacific Rim Wire',
];

export function outletCorpus(): FixtureArticle[] {
  const articles: FixtureArticle[] = OUTLETS.slice(0, 11).map((publisher, i) => ({
    id: `outlet-${i}`,
    publisher,
    published: `2026-01-${String(28 - i).padStart(2, '0')}`,
    title: `${publisher} on the summit`,
    body: `${publisher} reported on the summit in New Delhi.`,
  }));
  articles.push(
    {
      id: 'harbourline-talks-open',
      publisher: 'Harbourline News Service',
      published: '2026-01-20',
      title: 'Talks open in Brussels',
      body: 'Negotiators met in Brussels.',
    },
    {
      id: 'harbourline-talks-close',
      publisher: 'Harbourline News Service',
      published: '2026-01-24',
      title: 'Talks close with a text agreed',
      body: 'Negotiators agreed a text.',
    },
    {
      id: 'pacific-old',
      publisher: 'Pacific Rim Wire',
      published: '2024-11-22',
      title: 'EU partnerships in Asia',
      body: 'The EU signed partnerships in Asia.',
    },
    {
      id: 'pacific-new',
      publisher: 'Pacific Rim Wire',
      published: '2025-01-05',
      title: 'A year of EU partnerships',
      body: 'The EU looked back on its partnerships.',
    },
  );
  return articles;
}
