import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { babyServices } from './services';

/**
 * Second-by-second cry readings are kept for `window_retention_days`; the sweep deletes
 * older ones while their summaries (rollups) and the cry episodes stay. Real SQLite file.
 */
const MIN = 60_000;
const DAY = 1440 * MIN;
const T0 = Date.parse('2026-06-01T00:00:00Z');

describe('retention of second-by-second cry readings', () => {
  let dir: string;
  let clock: ManualClock;
  let core: Core;
  let ctx: CallContext;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-window-retention-'));
    clock = new ManualClock(T0 + 40 * DAY);
    core = createCore({ db: openDatabase(join(dir, 'tend.db')), clock });
    ctx = { user: core.auth.ensureLocalUser('parent'), clientKey: 'test', transport: 'memory' };
  });
  afterEach(async () => {
    await babyServices(core).live.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("deletes each baby's readings older than their retention, keeps the day summaries exact and the episodes, and keeps other metrics", async () => {
    const mia = core.subjects.create(ctx, { name: 'Mia', kind: 'baby' }).id;
    const ned = core.subjects.create(ctx, { name: 'Ned', kind: 'baby' }).id;
    await core.call('baby.settings.put', { subject_id: ned, settings: { window_retention_days: 35 } }, ctx);
    // 40 days, a reading every minute (standing in for every second), plus room temperatures.
    for (const s of [mia, ned]) {
      for (let d = 0; d < 40; d++) {
        const rows = Array.from({ length: 1440 }, (_, i) => ({ metric: 'cry_probability', t: new Date(T0 + d * DAY + i * MIN).toISOString(), value: (i % 100) / 100 }));
        rows.push({ metric: 'room_temperature', t: new Date(T0 + d * DAY).toISOString(), value: 20 });
        core.ingest(ctx, s, rows);
      }
    }
    const { episodes, live } = babyServices(core);
    episodes.upsert({ id: 'old-episode', subject_id: mia, source: 'live', session_id: 's', start_t: T0 + DAY, end_t: T0 + DAY + 30_000, peak: 0.95 });
    const daysBefore = await core.call('observations.timeseries', { subject_id: mia, metric: 'cry_probability', interval: '1d', from: new Date(T0).toISOString(), to: new Date(T0 + 40 * DAY).toISOString() }, ctx);
    const fineBefore = await core.call('observations.timeseries', { subject_id: mia, metric: 'cry_probability', interval: '5m', from: new Date(T0).toISOString(), to: new Date(T0 + 12 * DAY).toISOString() }, ctx);
    const count = (s: string, metric: string) => core.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ? AND metric = ?`).pluck().get(s, metric) as number;

    const deleted = live.pruneOldWindows();
    // Mia (default 30 days): days 0–9 go; Ned (35): days 0–4.
    expect(deleted).toBe(10 * 1440 + 5 * 1440);
    expect(count(mia, 'cry_probability')).toBe(30 * 1440);
    expect(count(ned, 'cry_probability')).toBe(35 * 1440);
    expect(count(mia, 'room_temperature')).toBe(40);
    const daysAfter = await core.call('observations.timeseries', { subject_id: mia, metric: 'cry_probability', interval: '1d', from: new Date(T0).toISOString(), to: new Date(T0 + 40 * DAY).toISOString() }, ctx);
    expect(daysAfter).toEqual(daysBefore);
    // The 5-minute buckets of the deleted days too (the baby report's cry chart).
    expect(fineBefore.items).toHaveLength(12 * 288);
    expect(await core.call('observations.timeseries', { subject_id: mia, metric: 'cry_probability', interval: '5m', from: new Date(T0).toISOString(), to: new Date(T0 + 12 * DAY).toISOString() }, ctx)).toEqual(fineBefore);
    expect((await core.call('baby.episodes.list', { subject_id: mia, from: new Date(T0).toISOString(), to: new Date(T0 + 2 * DAY).toISOString() }, ctx)).items.map((e) => e.id)).toEqual(['old-episode']);
    // Nothing more to delete until a day has passed.
    expect(live.pruneOldWindows()).toBe(0);
    clock.advance(DAY);
    expect(live.pruneOldWindows()).toBe(2 * 1440);
  });
});
