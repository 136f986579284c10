import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "Who signed the pact for Portugal?" asks for someone acting for a party: a sentence that says
 * so answers ("on behalf of", a title the party's name heads, a delegation led by someone); one in
 * which the parties themselves sign names no one who signed for either.
 */
const ask = askerOver([
  {
    id: 'pact',
    title: 'Portugal and Spain sign a naval pact',
    published: '2026-01-27',
    body: [
      'After Portugal and Spain signed the naval pact, Spanish Defence Minister Margarita Robles urged closer cooperation.',
      'Such pacts are signed by the Spanish Defence Minister on behalf of Spain, after cabinet approval.',
      'The Spanish delegation, led by Admiral Rui Costa, met the Portuguese chiefs in Lisbon.',
      'The follow-up talks were chaired by Inês Duarte, a director at the Direção-Geral de Política, Portugal’s defence policy service.',
      'The naval staff talks were co-chaired by Marta Vidal, a captain of the Armada, and Rui Lobo, a director in Portugal’s Ministry of Defence.',
    ].join('\n\n'),
  },
]);

describe('who acted for a party', () => {
  it('declines when the sentence has the parties act and says no one acted for the one asked about', () => {
    expect(ask('who signed the naval pact for the portuguese side?').answered).toBe(false);
    expect(ask('who signed the naval pact on behalf of portugal?').answered).toBe(false);
  });

  it('answers with a sentence saying someone acts for the party', () => {
    expect(ask('who signs such pacts for spain?').answer).toContain('on behalf of Spain');
    expect(ask('who led the delegation for the spanish side?').answer).toContain('Admiral Rui Costa');
    // Someone of a body the party has: "Portugal's defence policy service".
    expect(ask('who chaired the follow-up talks for portugal?').answer).toContain('Inês Duarte');
    // Or of a body the party has, by its name: "Portugal's Ministry of Defence".
    expect(ask('who co-chaired the naval staff talks for portugal?').answer).toContain('Rui Lobo');
  });

  it('asks nothing of who acted for whom without a party to act for', () => {
    expect(ask('who signed the naval pact?').answered).toBe(true);
  });
});
