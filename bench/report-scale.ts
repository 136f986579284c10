import type { ClaimCostResult, PropagationResult } from './pin-propagation.ts';
import type { SlackResult } from './slack-load.ts';
import type { ReplicasResult } from './slack-replicas.ts';

/**
 * The scale part of `npm run bench -- --slack` (issue 11): two Slack replicas on PostgreSQL, pin
 * propagation between processes (PostgreSQL's NOTIFY against SQLite's 500 ms poll), and what one
 * event claim and one shared limit check cost per event.
 */
export interface ScaleResult {
  database: string;
  /** One replica with its state in PostgreSQL, each event once: the database's cost alone. */
  single?: SlackResult;
  replicas?: ReplicasResult;
  propagation: PropagationResult[];
  claims: ClaimCostResult[];
}

export interface ScaleTarget {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const us = (value: number) => (value >= 1000 ? ms(value / 1000) : `${value.toFixed(0)} µs`);

export function scaleTargets(scale: ScaleResult | { skipped: string } | undefined): ScaleTarget[] {
  if (!scale || 'skipped' in scale) return [];
  const out: ScaleTarget[] = [];
  const r = scale.replicas;
  if (r) {
    out.push({
      name: 'Slack, 2 replicas on PostgreSQL: every event answered exactly once',
      limit: 'all',
      measured: `${r.answeredOnce} of ${r.acked} (lost ${r.lost}, twice ${r.duplicated})`,
      met: r.lost === 0 && r.duplicated === 0 && r.answeredOnce === r.acked,
    });
  }
  const pg = scale.propagation.find((p) => p.store === 'postgres');
  if (pg) {
    out.push({
      name: 'pin propagation between processes (PostgreSQL) p99',
      limit: '≤ 1 s',
      measured: ms(pg.ms.p99),
      met: pg.ms.p99 <= 1000,
    });
  }
  return out;
}

export function formatScale(scale: ScaleResult | { skipped: string }): string[] {
  const lines = ['', 'Scale (PostgreSQL):'];
  if ('skipped' in scale) return [...lines, `  skipped: ${scale.skipped}`];
  lines.push(`  database: ${scale.database}`);
  const s = scale.single;
  if (s) {
    lines.push(
      `  1 Slack replica, state in PostgreSQL, each event once: ${s.acked} events in ${(s.durationMs / 1000).toFixed(1)} s = ${s.eventsPerSecond.toFixed(0)}/s, ack p50 ${ms(s.ack.p50)} p99 ${ms(s.ack.p99)}; ${s.answeredOnce} answered once, ${s.lost} lost, ${s.duplicated} twice, the last ${(s.drainMs / 1000).toFixed(1)} s after the load ended; bot CPU ${s.botCpuMsPerEvent.toFixed(2)} ms per event`,
    );
  }
  const r = scale.replicas;
  if (r) {
    lines.push(
      `  2 Slack replicas, each event delivered to both (original + retry): ${r.events} events, ${r.deliveries} deliveries, ${r.acked} events acked in ${(r.durationMs / 1000).toFixed(1)} s = ${r.eventsPerSecond.toFixed(0)} events/s`,
      `    ack p50 ${ms(r.ackP50[0])} / ${ms(r.ackP50[1])}, p99 ${ms(r.ackP99[0])} / ${ms(r.ackP99[1])} (replica 1 / 2), non-2xx ${r.errors}`,
      `    answers: ${r.answeredOnce} exactly once, ${r.lost} lost, ${r.duplicated} twice`,
    );
  }
  for (const p of scale.propagation) {
    lines.push(
      `  pin propagation, ${p.store === 'postgres' ? 'PostgreSQL NOTIFY' : 'SQLite 500 ms poll'} (${p.pins} pins): p50 ${ms(p.ms.p50)}, p90 ${ms(p.ms.p90)}, p99 ${ms(p.ms.p99)}, max ${ms(p.ms.max)}`,
    );
  }
  for (const c of scale.claims) {
    lines.push(
      `  per event, ${c.store} (${c.events} events, one at a time): claim p50 ${us(c.claimUs.p50)} p99 ${us(c.claimUs.p99)} mean ${us(c.claimUs.mean)}; shared limit check p50 ${us(c.rateLimitUs.p50)} p99 ${us(c.rateLimitUs.p99)} mean ${us(c.rateLimitUs.mean)}`,
    );
  }
  return lines;
}
