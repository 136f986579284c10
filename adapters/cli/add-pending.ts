import { IngestError, openSourceQueue } from '../../src/index.ts';
import type { Io } from './args.ts';

/**
 * `npm run add -- --pending [ID]` and `--reject ID`: the pages moderators proposed from chat
 * (`/source add`), in `$DATA_DIR/source-requests.db`. Adding one runs the usual `npm run add`
 * flow on its URL (preview, checks, confirmation) and records the article it became.
 */
export function listPending(deps: { io: Io; dataDir: string }): number {
  const queue = openSourceQueue(deps.dataDir);
  try {
    const pending = queue.pending();
    if (pending.length === 0) deps.io.out('No pages are waiting for approval.');
    for (const r of pending) {
      deps.io.out(
        `${r.id}  ${r.url}\n     asked by ${r.requestedBy.displayName} (${r.requestedBy.platform}, ${r.community}) on ${r.requestedAt.slice(0, 10)}`,
      );
    }
    if (pending.length > 0)
      deps.io.out('Add one with: npm run add -- --pending ID   Turn one down: --reject ID');
    return 0;
  } finally {
    queue.close();
  }
}

export async function decidePending(
  id: string,
  decision: 'add' | 'reject',
  deps: { io: Io; dataDir: string },
  now: () => Date,
  addPage: (url: string) => Promise<{ code: number; articleId?: string }>,
): Promise<number> {
  const queue = openSourceQueue(deps.dataDir);
  try {
    const request = queue.get(id);
    if (!request) throw new IngestError('usage', `There is no queued page ${id}.`);
    if (request.status !== 'pending')
      throw new IngestError(
        'usage',
        `${request.id} was already ${request.status}${request.articleId ? ` as ${request.articleId}` : ''}.`,
      );
    if (decision === 'reject') {
      queue.decide(request.id, { status: 'rejected', at: now().toISOString() });
      deps.io.out(`Rejected ${request.id} (${request.url}).`);
      return 0;
    }
    deps.io.out(`${request.id}: ${request.url}, asked by ${request.requestedBy.displayName}`);
    const result = await addPage(request.url);
    if (result.articleId)
      queue.decide(request.id, { status: 'added', at: now().toISOString(), articleId: result.articleId });
    return result.code;
  } finally {
    queue.close();
  }
}
