import { daysSaidAsWords } from './days-said.ts';

/**
 * Words a sentence means but does not write, matched by the index and the sentence's stems and
 * never shown: the calendar day of "on Monday" (corpus/days-said.ts), and the currency of a sign
 * before an amount ("€15,000" is in euros, "$140 billion" in dollars), so "cars under 15000 euros"
 * finds "cars priced under €15,000".
 *
 * @module
 */
const CURRENCIES: Readonly<Record<string, string>> = {
  '€': 'euro',
  $: 'dollar',
  '£': 'pound',
  '₹': 'rupee',
  '¥': 'yen',
};
const CURRENCY_SIGN = /([€$£₹¥])\s?\d/gu;

/** The currencies `text` writes by their signs before an amount, as words. */
export function currenciesSaid(text: string): string {
  const names = new Set([...text.matchAll(CURRENCY_SIGN)].map((m) => CURRENCIES[m[1] ?? ''] ?? ''));
  return [...names].filter(Boolean).join(' ');
}

/** Every word `text`, published on `published`, means but does not write. */
export function wordsMeant(text: string, published?: string): string {
  const days = published === undefined ? '' : daysSaidAsWords(text, published);
  return [days, currenciesSaid(text)].filter(Boolean).join(' ');
}
