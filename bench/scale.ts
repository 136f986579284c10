import { openBenchDatabase } from './bench-postgres.ts';
import { claimCost, pinPropagation } from './pin-propagation.ts';
import type { ScaleResult } from './report-scale.ts';
import { slackLoad } from './slack-load.ts';
import { slackReplicas } from './slack-replicas.ts';

/** The scale runs of `--slack`, on one PostgreSQL database (bench-postgres.ts). */
export async function runScale(options: {
  databaseUrl: string | undefined;
  seconds: number;
  connections: number;
  progress: (line: string) => void;
}): Promise<ScaleResult | { skipped: string }> {
  const database = await openBenchDatabase(options.databaseUrl);
  if ('skipped' in database) return database;
  try {
    options.progress('scale: one Slack replica on PostgreSQL');
    // A long drain: this run measures how far answering falls behind acknowledging, not a cut-off.
    const single = await slackLoad({
      seconds: options.seconds,
      connections: options.connections,
      databaseUrl: database.url,
      drainTimeoutMs: 120_000,
    });
    options.progress('scale: two Slack replicas');
    const replicas = await slackReplicas({
      seconds: options.seconds,
      connections: options.connections,
      databaseUrl: database.url,
    });
    options.progress('scale: pin propagation');
    const propagation = [
      await pinPropagation(database.url, 200, 50),
      await pinPropagation(undefined, 40, 500),
    ];
    options.progress('scale: claim cost');
    const claims = [await claimCost(database.url), await claimCost(undefined)];
    return { database: database.describe, single, replicas, propagation, claims };
  } finally {
    await database.close();
  }
}
