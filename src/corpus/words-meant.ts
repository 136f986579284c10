import { daysSaidAsWords } from './days-said.ts';

/**
 * Words a sentence means but does not write, matched by the index and the sentence's stems and
 * never shown: the calendar day of "on Monday" (corpus/days-said.ts), and the currency of a sign
 * before an amount ("€15,000" is in euros, "$140 billion" in dollars), so "cars under 15000 euros"
 * finds "cars priced under €15,000"; and the bound set on an amount ("no more than 35 per cent" is a
 * maximum).
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

// A bound set on an amount: "may make up no more than 35 per cent", "may not exceed 35 per cent",
// "up to €150 billion" say a maximum; "at least 40 officers" a minimum. "What's the max share of
// non-EU parts" asks for the first.
const AMOUNT = String.raw`(?:[€$£₹¥]\s?|Rs\.?\s?)?\d`;
const UPPER_BOUND = new RegExp(
  String.raw`\b(?:no more than|not more than|not (?:to )?exceed|no higher than|up to|at most|a maximum of|capped at|a cap of|limited to)\s+${AMOUNT}`,
  'i',
);
const LOWER_BOUND = new RegExp(
  String.raw`\b(?:at least|no (?:fewer|less) than|not (?:fewer|less) than|a minimum of)\s+${AMOUNT}`,
  'i',
);

/** "maximum" or "minimum" where `text` bounds an amount without the word. */
export function boundsSaid(text: string): string {
  return [UPPER_BOUND.test(text) ? 'maximum' : '', LOWER_BOUND.test(text) ? 'minimum' : '']
    .filter(Boolean)
    .join(' ');
}

/** Every word `text`, published on `published`, means but does not write. */
export function wordsMeant(text: string, published?: string): string {
  const days = published === undefined ? '' : daysSaidAsWords(text, published);
  return [days, currenciesSaid(text), boundsSaid(text)].filter(Boolean).join(' ');
}
