import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { askMain } from '../../../adapters/cli/ask.ts';
import { runMain } from '../../support/run-entry.ts';
import { FIXTURE_CORPUS_DIR } from '../../support/test-bot.ts';

/**
 * The public JSON contract of `npm run ask -- --json`, checked on the script's entry point
 * (in-process; test/adapters/cli/scripts.test.ts and ask-one-shot.test.ts run it as a process):
 * scripts and evaluations parse this output, so its keys and types must not drift.
 */
const citation = z.object({
  n: z.number().int().positive(),
  kind: z.enum(['article', 'pin']),
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string().min(1),
});
const contract = z.object({
  question: z.string(),
  answered: z.boolean(),
  answer: z.string(),
  citations: z.array(citation),
  closest: z.array(citation),
});
const CONTRACT_KEYS = ['question', 'answered', 'answer', 'citations', 'closest'];
const CITATION_KEYS = ['n', 'kind', 'id', 'title', 'publisher', 'date', 'url', 'text'];

const dataDir = mkdtempSync(join(tmpdir(), 'ask-json-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const ask = (args: string[], input?: string) =>
  runMain(askMain, args, {
    input,
    env: { DATA_DIR: dataDir, CORPUS_DIR: FIXTURE_CORPUS_DIR, LOG_LEVEL: 'error' },
  });

function parseLines(stdout: string) {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => {
      const value = JSON.parse(line);
      expect(Object.keys(value)).toEqual(expect.arrayContaining(CONTRACT_KEYS));
      for (const c of [...value.citations, ...value.closest]) {
        expect(Object.keys(c)).toEqual(expect.arrayContaining(CITATION_KEYS));
      }
      return contract.parse(value);
    });
}

describe('ask --json', () => {
  it('prints one JSON object in the contract shape for an answered question', async () => {
    const { code, stdout } = await ask(['--json', 'When was the partnership signed?']);
    expect(code).toBe(0);
    const [answer, ...rest] = parseLines(stdout);
    expect(rest).toEqual([]);
    expect(answer?.question).toBe('When was the partnership signed?');
    expect(answer?.answered).toBe(true);
    expect(answer?.answer).toMatch(/ \[1\]$/);
    expect(answer?.citations[0]).toMatchObject({
      n: 1,
      kind: 'article',
      publisher: 'ANI',
      date: '2026-01-27',
    });
    expect(answer?.closest).toEqual([]);
  });

  it('prints a declined answer with an empty answer and the closest passages', async () => {
    const { code, stdout } = await ask(['--json', 'What did NATO say about it?']);
    expect(code).toBe(0);
    const [answer] = parseLines(stdout);
    expect(answer).toMatchObject({ answered: false, answer: '', citations: [] });
    expect(answer?.closest.length).toBeGreaterThan(0);
    expect(answer?.closest.length).toBeLessThanOrEqual(2);
  });

  it('reads questions from standard input and prints one object per line, in order', async () => {
    const questions = [
      'Who is Kaja Kallas?',
      'hi',
      'What did NATO say about it?',
      'When did Kallas post on X?',
    ];
    const { code, stdout } = await ask(['--json'], `${questions[0]}\n\n${questions.slice(1).join('\n')}\n`);
    expect(code).toBe(0);
    const answers = parseLines(stdout);
    expect(answers.map((a) => a.question)).toEqual(questions);
    expect(answers.map((a) => a.answered)).toEqual([true, false, false, true]);
  });

  it('prints the answer and its sources as text without --json', async () => {
    const { code, stdout } = await ask(['When did Kallas post on X?']);
    expect(code).toBe(0);
    expect(stdout).toContain('[1]');
    expect(stdout).toContain('Sources:');
    expect(stdout).toContain('ANI');
  });
});
