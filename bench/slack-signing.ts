/** The signing secret shared by the Slack load generator and the adapter it drives. */
export const BENCH_SIGNING_SECRET = 'bench-signing-secret';
