import { createInterface } from 'node:readline/promises';
import {
  type ArticleDraft,
  checkField,
  DEFAULT_CORPUS_DIR,
  describeConflict,
  draftArticle,
  type Field,
  findConflict,
  type GivenFields,
  IngestError,
  loadCorpus,
  readArticle,
  saveArticle,
} from '../../src/index.ts';
import { type Entry, runAsScript, wantsHelp } from '../entry.ts';
import { loadSettings } from '../settings.ts';
import { decidePending, listPending } from './add-pending.ts';
import { type Io, parseCommand, UsageError } from './args.ts';
import { formatPreview } from './preview.ts';

/**
 * `npm run add -- <url | file.html | file.txt>`: reads the page, shows what would be written
 * (metadata with where each value came from, the first paragraphs, what was dropped) and writes
 * `corpus/<id>.md` once the operator confirms (`--yes` for scripts). Metadata the page does not
 * give is asked for at the terminal or taken from flags, never made up; without a terminal a
 * missing field is an error naming its flag. `--pending` lists (or, with an id, adds) the pages
 * moderators queued from chat; `--reject ID` turns one down. Exit 0 written, 1 refused or failed,
 * 2 bad usage; nothing is written on any failure.
 */
export const USAGE = [
  'Usage: npm run add -- <url | file.html | file.txt> [--yes] [--title T] [--publisher P] [--dateline PLACE]',
  '         [--published YYYY-MM-DD] [--url URL] [--language en] [--id ID] [--charset LABEL]',
  '         [--max-bytes N] [--timeout SECONDS]',
  '       npm run add -- --pending              list pages moderators asked for',
  '       npm run add -- --pending S3 [--yes]   add one of them',
  '       npm run add -- --reject S3            turn one down',
].join('\n');

export interface AddDeps {
  io: Io;
  corpusDir: string;
  dataDir: string;
  /** Asks one question at the terminal; undefined when there is no terminal. */
  prompt?: (question: string) => Promise<string>;
  now?: () => Date;
}

const OPTIONS = {
  yes: { type: 'boolean' },
  pending: { type: 'boolean' },
  reject: { type: 'string' },
  title: { type: 'string' },
  publisher: { type: 'string' },
  dateline: { type: 'string' },
  published: { type: 'string' },
  url: { type: 'string' },
  language: { type: 'string' },
  id: { type: 'string' },
  charset: { type: 'string' },
  'max-bytes': { type: 'string' },
  timeout: { type: 'string' },
} as const;

const QUESTIONS: Record<Field, string> = {
  title: 'Title',
  publisher: 'Publisher (outlet name)',
  dateline: 'Dateline (the place it was filed from)',
  published: 'Publication date (YYYY-MM-DD)',
  url: 'Address of the article (leave empty if unknown)',
  language: 'Language code (e.g. en)',
};

function positiveNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${flag} must be a positive number.\n${USAGE}`);
  return n;
}

/** Asks for each missing field until the answer is valid (empty allowed for the URL only). */
async function askMissing(draft: ArticleDraft, given: GivenFields, deps: AddDeps): Promise<GivenFields> {
  const answers: GivenFields = { ...given };
  if (!deps.prompt) return answers;
  for (const field of draft.missing) {
    for (;;) {
      const answer = (await deps.prompt(`${QUESTIONS[field]}: `)).trim();
      if (answer === '' && field !== 'url') {
        deps.io.err(`${field} is needed; the page does not give it.`);
        continue;
      }
      try {
        answers[field] = checkField(field, answer, 'answer');
        break;
      } catch (error) {
        deps.io.err((error as Error).message);
      }
    }
  }
  return answers;
}

async function addPage(input: string, given: GivenFields, values: Record<string, unknown>, deps: AddDeps) {
  const { io } = deps;
  const timeout = positiveNumber('timeout', values.timeout as string | undefined);
  const maxBytes = positiveNumber('max-bytes', values['max-bytes'] as string | undefined);
  const extracted = await readArticle(input, {
    limits: { ...(timeout ? { timeoutMs: timeout * 1000 } : {}), ...(maxBytes ? { maxBytes } : {}) },
    ...(typeof values.charset === 'string' ? { charset: values.charset } : {}),
  });
  const corpus = loadCorpus(deps.corpusDir);
  let draft = draftArticle(extracted, given);
  // Refuse a repeat before asking the operator anything.
  const early = findConflict({ ...draft, id: given.id ?? '' }, corpus);
  if (early) throw new IngestError('duplicate', `Not added: ${describeConflict(early)}.`);
  let fields = given;
  const interactive = deps.prompt !== undefined && values.yes !== true;
  if (interactive && draft.missing.length > 0) {
    io.out(`The page does not give: ${draft.missing.join(', ')}. Please type them (nothing is made up).`);
    fields = await askMissing(draft, given, deps);
    draft = draftArticle(extracted, fields);
  }
  const required = draft.missing.filter((field) => field !== 'url');
  if (required.length > 0) {
    throw new IngestError(
      'missing-metadata',
      `Not added: the page does not give ${required.join(', ')}; pass ${required.map((f) => `--${f}`).join(', ')} (nothing is made up).`,
    );
  }
  // The corpus allows an unknown address (url: null); the preview says so.
  if (draft.missing.includes('url')) draft = draftArticle(extracted, { ...fields, url: '' });
  const conflict = findConflict(draft, corpus);
  if (conflict) throw new IngestError('duplicate', `Not added: ${describeConflict(conflict)}.`);
  io.out(formatPreview(draft, deps.corpusDir));
  if (values.yes !== true) {
    if (!deps.prompt) {
      io.err('Not written: there is no terminal to confirm on; run again with --yes to write it.');
      return { code: 1 };
    }
    const answer = (await deps.prompt(`Write ${draft.id}.md? [y/N] `)).trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') {
      io.out('Not written.');
      return { code: 1 };
    }
  }
  const file = saveArticle(deps.corpusDir, draft);
  io.out(
    `Wrote ${file} (${draft.paragraphs.length} paragraphs). A running bot picks it up within a second or two (or send it SIGHUP, or a moderator runs reload).`,
  );
  return { code: 0, articleId: draft.id };
}

export async function runAdd(argv: string[], deps: AddDeps): Promise<number> {
  const { values, positionals } = parseCommand(argv, OPTIONS, USAGE);
  const now = deps.now ?? (() => new Date());
  const given: GivenFields = {};
  for (const field of ['title', 'publisher', 'dateline', 'published', 'url', 'language', 'id'] as const) {
    const value = values[field];
    if (typeof value === 'string') given[field] = value;
  }
  if (values.reject !== undefined || values.pending === true) {
    if (values.reject !== undefined && values.pending === true)
      throw new UsageError(`Use --pending or --reject, not both.\n${USAGE}`);
    const id = values.reject ?? positionals[0];
    if (id === undefined) return listPending(deps);
    if (positionals.length > 1) throw new UsageError(`--pending takes one request id.\n${USAGE}`);
    return decidePending(id, values.reject !== undefined ? 'reject' : 'add', deps, now, async (url) =>
      addPage(url, given, values, deps),
    );
  }
  if (positionals.length !== 1)
    throw new UsageError(`Give one URL or file (got ${positionals.length}).\n${USAGE}`);
  return (await addPage(positionals[0] ?? '', given, values, deps)).code;
}

/** `npm run add` as an entry point: settings from the environment and .env, a prompt at a terminal. */
export async function addMain(entry: Entry): Promise<number> {
  const { io } = entry;
  if (wantsHelp(entry.argv)) {
    io.out(USAGE);
    return 0;
  }
  const { config } = loadSettings(entry, { quiet: true });
  const terminal =
    entry.io.input.isTTY === true
      ? createInterface({ input: entry.io.input, output: entry.io.output })
      : undefined;
  try {
    return await runAdd(entry.argv, {
      io,
      corpusDir: config.CORPUS_DIR ?? DEFAULT_CORPUS_DIR,
      dataDir: config.DATA_DIR,
      ...(terminal ? { prompt: (question: string) => terminal.question(question) } : {}),
    });
  } finally {
    terminal?.close();
  }
}

runAsScript(import.meta.url, addMain);
