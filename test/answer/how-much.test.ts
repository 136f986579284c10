import { describe, expect, it } from 'vitest';
import { askerOver } from '../support/test-bot.ts';

/**
 * "How much" asks for a quantity or a sum: a figure with a unit or a scale ("40 tonnes", "€2
 * million") answers it; a figure counting things ("about 60 engineers") says how many, and a
 * clock time ("15:05") says when.
 */
const ask = askerOver([
  {
    id: 'expo',
    title: 'Live from the maritime expo',
    published: '2026-10-14',
    body: [
      '**15:05 IST —** Greek shipbuilder Aegean Yards will open a design office in Pune with about 60 engineers.',
      'Aegean Yards closed its second funding round in March, led by a fund in Athens.',
      'The new sonar buoy from Kochi weighs 40 kilograms.',
      'Harbour Systems has won an order worth €2 million for the buoys.',
    ].join('\n\n'),
  },
]);

describe('how much', () => {
  it('is answered by a quantity with its unit, or a sum of money', () => {
    expect(ask('how much does the sonar buoy weigh?').answer).toContain('40 kilograms');
    expect(ask('how much is the harbour systems order worth?').answer).toContain('€2 million');
  });

  it('is not answered by a count of things or a time of day', () => {
    expect(ask('how much is aegean yards investing in the pune office?').answered).toBe(false);
  });

  it('is what "what is X valued at" asks, as "what is X worth" does', () => {
    expect(ask('what is the harbour systems order valued at?').answer).toContain('€2 million');
    // The sentences naming Aegean Yards and its round give no sum.
    expect(ask('what is aegean yards valued at after its march funding round?').answered).toBe(false);
  });
});
