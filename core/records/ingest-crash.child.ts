// Child process for ingest-crash.integration.test.ts: ingests 10,000-row batches for
// ever, printing "accepted <batch>" after each commit, until it is killed.
import { createCore } from '../app';
import { openDatabase } from '../../db/open';

const [dbPath, subjectId, userId] = process.argv.slice(2) as [string, string, string];
const core = createCore({ db: openDatabase(dbPath) });
const ctx = { user: { id: userId, email: 'x', name: 'x' }, clientKey: 'crash', transport: 'memory' as const };
const START = Date.UTC(2025, 0, 1);
for (let batch = 0; ; batch++) {
  const items = Array.from({ length: 10_000 }, (_, i) => ({ id: `b${batch}-${i}`, metric: 'heart_rate', t: new Date(START + (batch * 10_000 + i) * 1000).toISOString(), value: 60 + (i % 40) }));
  core.ingest(ctx, subjectId, items);
  process.stdout.write(`accepted ${batch}\n`);
}
