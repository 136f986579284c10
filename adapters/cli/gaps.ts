import type { Bot, GapReport, LoopExport } from '../../src/index.ts';
import { runAsScript } from '../entry.ts';
import { fail, type Io, LOCAL, parseCommand, pinCommandMain, UsageError } from './args.ts';

/**
 * `npm run gaps` shows what the bot could not answer: the top groups of declined questions of the
 * last 7 days (`--days 30` for a month), five a page (`--page 2`), for the console's community
 * `local` or another one (`--community <server or workspace id>`). `--json` exports everything
 * the loop holds (gap groups, votes per answer, review items) for the retention window, or for
 * `--days`; `--all` does so for every community with records. The console is the operator, so
 * no moderator check applies.
 */
export const GAPS_USAGE =
  'Usage: npm run gaps -- [--days N] [--page N] [--community ID]\n       npm run gaps -- --json [--days N] [--community ID | --all]';

const day = (iso: string) => iso.slice(0, 10);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a whole number from 1 (got “${value}”).\n${GAPS_USAGE}`);
  return n;
}

function reportLines(report: GapReport): string[] {
  const head = `Unanswered questions in ${report.community}, last ${report.days} days: ${plural(report.questionCount, 'question')} in ${plural(report.groupCount, 'group')}`;
  if (report.groupCount === 0) return [`${head}.`];
  const lines = [`${head} (page ${report.page + 1} of ${report.pages}).`];
  for (const [index, group] of report.groups.entries()) {
    const rank = report.page * report.perPage + index + 1;
    const missing =
      group.missing.length > 0 ? group.missing.join(', ') : `(none named; terms: ${group.terms.join(' ')})`;
    lines.push(
      `${String(rank).padStart(3)}. ${group.count}× missing: ${missing}`,
      `      e.g. “${group.example}” (last asked ${day(group.lastAskedAt)})`,
    );
  }
  return lines;
}

export function runGaps(argv: string[], bot: Bot, io: Io): number {
  const { values, positionals } = parseCommand(
    argv,
    {
      days: { type: 'string' },
      page: { type: 'string' },
      community: { type: 'string' },
      all: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    GAPS_USAGE,
  );
  const json = values.json === true;
  if (positionals.length > 0) throw new UsageError(`Unexpected argument “${positionals[0]}”.\n${GAPS_USAGE}`);
  if (values.all && values.community !== undefined)
    throw new UsageError(`--all and --community exclude each other.\n${GAPS_USAGE}`);
  const days = positiveInt(values.days, 'days');
  if (days !== undefined && days > bot.loop.retentionDays) {
    return fail(
      io,
      json,
      `Records are kept ${bot.loop.retentionDays} days (GAPS_RETENTION_DAYS); --days cannot go further back.`,
    );
  }
  const community = values.community?.trim() || LOCAL.community;
  if (json) {
    const communities = values.all ? bot.loop.communities() : [community];
    const exports: LoopExport[] = communities.map((c) => bot.loop.exportCommunity(c, { days }));
    io.out(JSON.stringify({ retentionDays: bot.loop.retentionDays, communities: exports }));
    return 0;
  }
  if (values.all) throw new UsageError(`--all goes with --json.\n${GAPS_USAGE}`);
  const page = (positiveInt(values.page, 'page') ?? 1) - 1;
  const outcome = bot.loop.gaps({ community, isModerator: true }, { days: days ?? 7, page });
  if (!outcome.ok) return fail(io, json, outcome.message);
  const lines = reportLines(outcome.report);
  const reviews = bot.loop.reviewQueue({ community, isModerator: true });
  if (reviews.ok && reviews.queue.total > 0) {
    lines.push(
      '',
      `Review queue: ${plural(reviews.queue.total, 'open item')} (/review on Discord, @bot review on Slack).`,
    );
  }
  io.out(lines.join('\n'));
  return 0;
}

export const gapsMain = pinCommandMain(
  async (argv, { io, bot }) => runGaps(argv, await bot(), io),
  GAPS_USAGE,
);

runAsScript(import.meta.url, gapsMain);
