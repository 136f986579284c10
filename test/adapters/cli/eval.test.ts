import { afterAll, describe, expect, it } from 'vitest';
import {
  type EvalItem,
  evalMain,
  readEvalFile,
  scoreItem,
  summarise,
  unverifiedSentences,
} from '../../../adapters/cli/eval.ts';
import type { Answer, Citation } from '../../../src/index.ts';
import { removeCorpora, writeDir } from '../../corpus/corpus-fixture.ts';
import { runMain } from '../../support/run-entry.ts';
import { FIXTURE_CORPUS_DIR } from '../../support/test-bot.ts';

afterAll(removeCorpora);

const PASSAGE = 'The treaty was signed in Geneva on Monday. It covers trade.';
const citation: Citation = {
  n: 1,
  kind: 'article',
  id: 'a#p1',
  title: 'T',
  publisher: 'P',
  date: '2024-03-04',
  url: null,
  text: PASSAGE,
  paragraph: 1,
};

function answered(...texts: string[]): Answer {
  const sentences = texts.map((text) => ({ text, citation: 1 }));
  return {
    question: 'q',
    kind: 'answered',
    answered: true,
    sentences,
    answer: sentences.map((s) => `${s.text} [1]`).join(' '),
    citations: [citation],
    closest: [],
    message: null,
    missing: [],
  };
}
const declined: Answer = { ...answered(), kind: 'not-covered', answered: false, answer: '', citations: [] };
const item = (extra: Partial<EvalItem>): EvalItem => ({ id: 'x', q: 'q', answerable: true, ...extra });

describe('scoreItem', () => {
  it('passes an answer holding an expected phrase with the right first citation', () => {
    const result = scoreItem(
      item({ answer_any: ['geneva'], cite_any: ['signed in'] }),
      answered(PASSAGE.slice(0, 42)),
    );
    expect(result).toMatchObject({ ok: true, why: null });
  });

  it.each([
    ['answer not verbatim', item({}), answered('The treaty was signed in Paris.')],
    ['answered an unanswerable question', item({ answerable: false }), answered('It covers trade.')],
    ['declined', item({}), declined],
    ['answer lacks every expected phrase', item({ answer_any: ['Oslo'] }), answered('It covers trade.')],
    ['first citation wrong', item({ cite_any: ['Oslo'] }), answered('It covers trade.')],
  ])('fails with "%s"', (why, evalItem, answer) => {
    const result = scoreItem(evalItem, answer);
    expect(result.ok).toBe(false);
    expect(result.why).toContain(why);
  });

  it('reads the outlet and date a sources answer cites as its answer, and only there', () => {
    const wanted = item({ answer_any: ['P, 2024-03-04'] });
    expect(scoreItem(wanted, { ...answered('It covers trade.'), about: 'sources' }).ok).toBe(true);
    expect(scoreItem(wanted, answered('It covers trade.')).why).toBe('answer lacks every expected phrase');
  });

  it('passes a declined unanswerable question', () => {
    expect(scoreItem(item({ answerable: false }), declined).ok).toBe(true);
  });
});

describe('unverifiedSentences', () => {
  it('lists sentences not found in the passage they cite', () => {
    const answer = answered('It covers trade.', 'It covers fishing.');
    expect(unverifiedSentences(answer)).toEqual(['It covers fishing.']);
  });

  it('lists a sentence whose marker cites nothing', () => {
    const answer = { ...answered('It covers trade.'), citations: [] };
    expect(unverifiedSentences(answer)).toEqual(['It covers trade.']);
  });
});

describe('summarise', () => {
  it('gives shares, the median answer length and the verbatim share', () => {
    const results = [
      scoreItem(item({}), answered('It covers trade.')),
      scoreItem(item({}), answered('The treaty was signed in Geneva on Monday.')),
      scoreItem(item({}), answered('It covers fish.')),
      scoreItem(item({ answerable: false }), declined),
    ];
    expect(summarise(results)).toEqual({
      answeredCorrectly: 2 / 3,
      declinedCorrectly: 1,
      medianAnswerLength: 16,
      verbatim: 2 / 3,
      answerable: 3,
      unanswerable: 1,
    });
  });
});

describe('readEvalFile', () => {
  it('reads one item per non-blank line', () => {
    const dir = writeDir({
      'set.jsonl':
        '{"id":"a","q":"one?","answerable":true,"answer_any":["x"]}\n\n{"id":"b","q":"two?","answerable":false}\n',
    });
    expect(readEvalFile(`${dir}/set.jsonl`).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('names the file and line of a malformed item', () => {
    const dir = writeDir({ 'bad.jsonl': '{"id":"a","q":"one?","answerable":true}\n{"id":"b","q":"two?"}\n' });
    expect(() => readEvalFile(`${dir}/bad.jsonl`)).toThrow(`Eval: ${dir}/bad.jsonl:2:`);
  });
});

describe('eval script', () => {
  it('prints the totals for a question file', async () => {
    const dir = writeDir({
      'set.jsonl': [
        '{"id":"a","q":"Who is Kaja Kallas?","answerable":true,"answer_any":["High Representative"]}',
        '{"id":"b","q":"What did NATO say?","answerable":true,"answer_any":["NATO"]}',
        '{"id":"c","q":"What is the price of oil?","answerable":false}',
      ].join('\n'),
    });
    const { stdout } = await runMain(evalMain, [`${dir}/set.jsonl`], {
      env: { CORPUS_DIR: FIXTURE_CORPUS_DIR },
    });
    expect(stdout).toContain('MISS b What did NATO say?');
    expect(stdout).not.toContain('MISS a');
    expect(stdout).toContain('answerable answered correctly: 50.0% of 2');
    expect(stdout).toContain('unanswerable declined: 100.0% of 1');
    expect(stdout).toMatch(/median answer length: \d+ characters/);
    expect(stdout).toContain('verbatim sentences: 100.0%');
  });

  it('exits with usage and code 2 without a file', async () => {
    const failure = await runMain(evalMain, []);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toMatch(/Usage: npm run eval -- .*FILE.jsonl/);
  });
});
