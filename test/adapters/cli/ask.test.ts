import { afterAll, describe, expect, it } from 'vitest';
import { runAsk } from '../../../adapters/cli/ask.ts';
import { toJson, toText } from '../../../adapters/cli/format.ts';
import type { Answer, Citation } from '../../../src/index.ts';
import { createTestBot } from '../../support/test-bot.ts';

const bot = createTestBot();
afterAll(() => bot.close());

async function runWith(argv: string[]) {
  const lines: string[] = [];
  const code = await runAsk(argv, bot, (line) => lines.push(line));
  return { code, lines };
}

describe('runAsk', () => {
  it('prints usage and returns 2 without a question', async () => {
    const { code, lines } = await runWith([]);
    expect(code).toBe(2);
    expect(lines.join('\n')).toContain('Usage: npm run ask -- "your question"');
  });

  it('joins the words of an unquoted question', async () => {
    const { code, lines } = await runWith(['--json', 'Who', 'is', 'Kaja', 'Kallas?']);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ question: 'Who is Kaja Kallas?', answered: true });
  });

  it('asks as the local community', async () => {
    const { lines } = await runWith(['--json', 'Who is Kaja Kallas?']);
    const expected = toJson(bot.ask('Who is Kaja Kallas?', { community: 'local' }));
    expect(JSON.parse(lines[0] ?? '')).toEqual(expected);
  });
});

describe('toText', () => {
  it('shows the answer, then numbered sources with publisher, date and paragraph', () => {
    const text = toText(bot.ask('When did Kallas post on X?', { community: 'local' }));
    const [answer, blank, heading, source] = text.split('\n');
    expect(answer).toMatch(/On Monday, Kaja Kallas posted on X.* \[1\]$/);
    expect(blank).toBe('');
    expect(heading).toBe('Sources:');
    expect(source).toMatch(/^\[1\] .+, ANI, 2026-01-27, paragraph 8$/);
  });

  it('shows the abstention message and the closest passages, verbatim and indented, as not answering', () => {
    const answer = bot.ask('What did NATO say about it?', { community: 'local' });
    const text = toText(answer);
    expect(text.split('\n')[0]).toContain('NATO');
    expect(text).toContain('Closest passages (they do not answer the question):');
    expect(answer.closest.length).toBeGreaterThan(0);
    for (const c of answer.closest) expect(text).toContain(`[${c.n}] ${c.title}`);
    for (const c of answer.closest) expect(text).toContain(`\n    ${c.text}`);
  });

  it('adds no quote marks of its own around a passage, so the speaker’s are never doubled', () => {
    const passage = (n: number, text: string): Citation => ({
      n,
      kind: 'article',
      id: `a#p${n}`,
      title: 'T',
      publisher: 'P',
      date: '2026-01-27',
      url: null,
      text,
      paragraph: n,
    });
    const opens = '"The signing is a milestone," she added.';
    const closes = 'She said, "It shows how we have been able to work together."';
    const answer: Answer = {
      question: 'q',
      kind: 'not-covered',
      answered: false,
      sentences: [],
      answer: '',
      citations: [],
      closest: [passage(1, opens), passage(2, closes)],
      message: "My sources don't mention NATO.",
      missing: ['NATO'],
    };
    const text = toText(answer);
    expect(text).not.toMatch(/""/);
    expect(text).toContain(`\n    ${opens}\n`);
    expect(text.endsWith(`\n    ${closes}`)).toBe(true);
  });

  it('shows the help text for a greeting', () => {
    expect(toText(bot.ask('hello', { community: 'local' }))).toBe(bot.helpText());
  });
});

describe('toJson', () => {
  it('adds kind, message and missing beside the contract fields', () => {
    const json = toJson(bot.ask('What did NATO say about it?', { community: 'local' }));
    expect(json).toMatchObject({ kind: 'not-covered', missing: ['NATO'] });
    expect(json.message).toContain('NATO');
  });
});
