import { readFileSync } from 'node:fs';

/**
 * The fixed question mix every size is measured with: the dev questions (answerable and not) plus
 * questions no source answers — off-topic, misspelled, one-word and long ones — because declining
 * goes through the slow paths (typo correction over the whole vocabulary, many missing concepts).
 */
export const UNANSWERABLE = [
  'What is the capital of Australia?',
  'How many tanks did Germany order from Rheinmetall last year?',
  'Who won the 2022 FIFA World Cup final in Qatar?',
  'What did the Japanese prime minister say about semiconductor export controls?',
  'Did Kalas visit Bejing afterwards?',
  'submarine',
  'What is the interest rate set by the Reserve Bank of India and how will it affect inflation, growth and the rupee over the next two quarters?',
  'Which satellites did ISRO launch in December?',
  'How much does a Rafale fighter cost?',
  'Wht is the straegic compas?',
];

export const DEV_FILE = new URL('../test/fixtures/dev.jsonl', import.meta.url).pathname;

export function devItems(file = DEV_FILE): Array<{ q: string; answerable: boolean }> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { q: string; answerable: boolean });
}

export const devQuestions = () => devItems().map((item) => item.q);

export function questionMix(): string[] {
  return [...devQuestions(), ...UNANSWERABLE];
}
