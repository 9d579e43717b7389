import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '../api/procedures';
import { createCore } from './app';
import { openDatabase } from '../db/open';
import { waitFor } from '../testing/wait-for';

describe('observation.added on the stream', () => {
  it('coalesces a high-rate accelerometer stream to one message a second, and not glucose', async () => {
    const core = createCore({ db: openDatabase(join(mkdtempSync(join(tmpdir(), 'tend-co-')), 'c.db')) });
    const ctx = { user: core.auth.ensureLocalUser('co'), clientKey: 't', transport: 'memory' as const };
    const subject = core.subjects.create(ctx, { name: 'S', kind: 'parkinson' });
    const got: ServerEvent[] = [];
    core.bus.subscribe((e) => got.push(e));
    const t0 = Date.UTC(2026, 0, 1);
    for (let batch = 0; batch < 10; batch++) {
      core.ingest(ctx, subject.id, Array.from({ length: 100 }, (_, i) => ({ metric: 'accel', t: new Date(t0 + (batch * 100 + i) * 10).toISOString(), value: Math.sin(i) })));
      core.ingest(ctx, subject.id, [{ metric: 'glucose', t: new Date(t0 + batch * 300_000).toISOString(), value: 100 + batch }]);
    }
    const accelNow = got.filter((e) => e.type === 'observation.added' && e.metric === 'accel');
    expect(accelNow).toHaveLength(0);
    expect(got.filter((e) => e.type === 'observation.added' && e.metric === 'glucose')).toHaveLength(10);
    // The coalesced message comes when the second is up; poll for it rather than guess.
    await waitFor('the coalesced accel message', () => got.some((e) => e.type === 'observation.added' && e.metric === 'accel'));
    const accel = got.filter((e): e is Extract<ServerEvent, { type: 'observation.added' }> => e.type === 'observation.added' && e.metric === 'accel');
    expect(accel).toHaveLength(1);
    expect(accel[0]!.count).toBe(1000);
    expect(accel[0]!.latest.t).toBe(new Date(t0 + 999 * 10).toISOString());
    core.close();
  });
});
