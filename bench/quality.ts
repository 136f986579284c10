import { fileURLToPath } from 'node:url';
import { evaluate, halfOf, readEvalFile, summarise } from '../adapters/cli/eval.ts';
import { createBot } from '../src/index.ts';

/**
 * Answer quality, next to speed: each question set answered from its own corpus, scored as
 * `npm run eval` does, on the half used to tune the ranking and on the half kept untouched. The
 * SQuAD 2.0 samples (bench/data/squad2-dev-sample, -2 and -3, two Wikipedia articles each) are a public
 * reading-comprehension benchmark with adversarial unanswerable questions; the others are the
 * project's own sets.
 */
export interface QualityRow {
  set: string;
  half: 'tune' | 'holdout';
  answerable: number;
  unanswerable: number;
  answeredCorrectly: number;
  declinedCorrectly: number;
  medianAnswerLength: number;
  verbatim: number;
}

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const QUALITY_SETS = [
  {
    set: 'dev (shipped article)',
    questions: at('../test/fixtures/dev.jsonl'),
    corpus: at('../test/fixtures/corpus'),
  },
  {
    set: 'community (shipped article)',
    questions: at('../test/fixtures/community.jsonl'),
    corpus: at('../test/fixtures/corpus'),
  },
  {
    set: 'paraphrases (shipped article)',
    questions: at('../test/fixtures/paraphrases.jsonl'),
    corpus: at('../test/fixtures/corpus'),
  },
  {
    set: 'multi-article (14 articles)',
    questions: at('../test/fixtures/multi/questions.jsonl'),
    corpus: at('../test/fixtures/multi/corpus'),
  },
  {
    set: 'SQuAD 2.0 sample (2 articles)',
    questions: at('./data/squad2-dev-sample/questions.jsonl'),
    corpus: at('./data/squad2-dev-sample/corpus'),
  },
  {
    set: 'SQuAD 2.0 sample 2 (2 other articles)',
    questions: at('./data/squad2-dev-sample-2/questions.jsonl'),
    corpus: at('./data/squad2-dev-sample-2/corpus'),
  },
  {
    set: 'SQuAD 2.0 sample 3 (2 more articles)',
    questions: at('./data/squad2-dev-sample-3/questions.jsonl'),
    corpus: at('./data/squad2-dev-sample-3/corpus'),
  },
];

export function measureQuality(): QualityRow[] {
  const rows: QualityRow[] = [];
  for (const { set, questions, corpus } of QUALITY_SETS) {
    const bot = createBot({ corpusDir: corpus, pinSyncIntervalMs: 0 });
    const items = readEvalFile(questions);
    for (const half of ['tune', 'holdout'] as const) {
      const s = summarise(evaluate(bot, halfOf(items, half)));
      rows.push({ set, half, ...s });
    }
    bot.close();
  }
  return rows;
}
