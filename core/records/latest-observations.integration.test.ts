import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { mulberry32 } from '../random';

/**
 * `observations.latest` (the Home overview's cards, the kiosk) reads the latest-values
 * table of migration 0014; whatever happened to the history, it must say exactly what a
 * scan of the history says: the greatest (t, id) per metric.
 */

const T0 = Date.parse('2026-05-01T08:00:00Z');
const METRICS = ['glucose', 'heart_rate', 'body_temperature', 'spo2'];
/** A plausible value of each (ingest refuses impossible ones). */
const BASE: Record<string, number> = { glucose: 100, heart_rate: 70, body_temperature: 36, spo2: 94 };
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'tend-latest-'));
  dirs.push(d);
  return d;
};

/** What a history scan says: per metric the row `observations.list` puts first. */
function scan(core: Core, subjectId: string): Array<{ metric: string; id: string; t: string; value: number }> {
  const metrics = core.deps.db.$client.prepare(`SELECT DISTINCT metric FROM observations WHERE subject_id = ? ORDER BY metric`).pluck().all(subjectId) as string[];
  return metrics.map((metric) => {
    const o = core.observations.list(subjectId, { metric, limit: 1 }).items[0]!;
    return { metric, id: o.id, t: o.t, value: o.value };
  });
}
async function latest(core: Core, ctx: CallContext, subjectId: string) {
  const r = await core.call('observations.latest', { subject_id: subjectId }, ctx);
  return r.items.map((o) => ({ metric: o.metric, id: o.id, t: o.t, value: o.value }));
}

describe('latest values per person and metric', () => {
  it('equal a history scan through out-of-order batches, retries, equal times, deletions and a deleted person', async () => {
    const clock = new ManualClock(T0);
    const core = createCore({ db: openDatabase(join(tempDir(), 'l.db')), clock });
    const ctx: CallContext = { user: core.auth.ensureLocalUser('latest'), clientKey: 't', transport: 'memory' };
    const a = core.subjects.create(ctx, { name: 'Ann', kind: 'diabetes' }).id;
    const b = core.subjects.create(ctx, { name: 'Bo', kind: 'diabetes' }).id;
    const rnd = mulberry32(18);
    const at = (ms: number) => new Date(ms).toISOString();
    for (let batch = 0; batch < 40; batch++) {
      // Each batch: readings anywhere in the last two days, in random order (late uploads,
      // back-fills), some on the same instant as another, some retried ids.
      const items = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => {
        const minute = Math.floor(rnd() * 2 * 1440);
        const metric = METRICS[Math.floor(rnd() * METRICS.length)]!;
        return { id: `r-${Math.floor(rnd() * 600)}`, metric, t: at(T0 - minute * 60_000), value: BASE[metric]! + Math.round(rnd() * 50) / 10 };
      });
      for (const s of [a, b]) {
        // One batch may carry the same id twice: keep the first, as a retry would.
        const seen = new Set<string>();
        core.ingest(ctx, s, items.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true))));
      }
      expect(await latest(core, ctx, a)).toEqual(scan(core, a));
    }
    expect((await latest(core, ctx, a)).length).toBe(METRICS.length);

    // Deleting raw rows (retention) that include a metric's newest recomputes that metric alone.
    const before = await latest(core, ctx, a);
    const hr = before.find((x) => x.metric === 'heart_rate')!;
    const removed = core.observations.deleteRawBefore(a, 'heart_rate', Date.parse(hr.t) + 1, 7);
    expect(removed).toBeGreaterThan(0);
    const after = await latest(core, ctx, a);
    expect(after).toEqual(scan(core, a));
    expect(after.find((x) => x.metric === 'heart_rate')).toBeUndefined();
    expect(after.filter((x) => x.metric !== 'heart_rate')).toEqual(before.filter((x) => x.metric !== 'heart_rate'));

    // Deleting only the newest row leaves the one before it.
    const gl = after.find((x) => x.metric === 'glucose')!;
    core.deps.db.$client.prepare(`DELETE FROM observations WHERE subject_id = ? AND id = ?`).run(a, gl.id);
    const afterOne = await latest(core, ctx, a);
    expect(afterOne).toEqual(scan(core, a));
    expect(afterOne.find((x) => x.metric === 'glucose')!.id).not.toBe(gl.id);
    // Deleting an older row changes nothing.
    const older = core.observations.list(a, { metric: 'spo2', limit: 5 }).items[3]!;
    core.deps.db.$client.prepare(`DELETE FROM observations WHERE subject_id = ? AND id = ?`).run(a, older.id);
    expect(await latest(core, ctx, a)).toEqual(afterOne);

    // `metrics` narrows the answer; the other person's values are their own.
    const only = await core.call('observations.latest', { subject_id: a, metrics: ['glucose', 'nothing_here'] }, ctx);
    expect(only.items.map((o) => o.metric)).toEqual(['glucose']);
    expect(await latest(core, ctx, b)).toEqual(scan(core, b));

    await core.call('subjects.delete', { id: a }, ctx);
    expect(core.deps.db.$client.prepare(`SELECT COUNT(*) FROM latest_observations WHERE subject_id = ?`).pluck().get(a)).toBe(0);
    expect(await latest(core, ctx, b)).toEqual(scan(core, b));
    core.close();
  });

  it('refuses a person the caller may not see and bad arguments, naming the field', async () => {
    const core = createCore({ db: openDatabase(join(tempDir(), 'a.db')) });
    const owner: CallContext = { user: core.auth.ensureLocalUser('owner'), clientKey: 't', transport: 'memory' };
    const other = await core.auth.register({ email: 'other@example.org', password: 'long enough', name: 'Other' }, 't');
    const s = core.subjects.create(owner, { name: 'Ann', kind: 'diabetes' }).id;
    await expect(core.call('observations.latest', { subject_id: s }, { user: other, clientKey: 't', transport: 'memory' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(core.call('observations.latest', { subject_id: s, metrics: [] }, owner)).rejects.toMatchObject({ code: 'bad_request' });
    core.close();
  });

  it('are back-filled by the migration from a database written before it', async () => {
    const dir = tempDir();
    const old = join(dir, 'migrations-0011');
    cpSync(MIGRATIONS_DIR, old, { recursive: true });
    const journalPath = join(old, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.tag < '0012') }));
    const file = join(dir, 'tend.db');
    const c = openDatabase(file, { migrationsDir: old }).$client;
    const obs = c.prepare(`INSERT INTO observations (id, subject_id, metric, t, value, device_id, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)`);
    const rnd = mulberry32(7);
    for (let i = 0; i < 500; i++) {
      // Whole minutes from a small range: many equal times, settled by id.
      obs.run(`o-${i}`, i % 2 ? 's1' : 's2', METRICS[Math.floor(i / 2) % METRICS.length]!, T0 - Math.floor(rnd() * 50) * 60_000, i, T0);
    }
    c.close();
    const core = createCore({ db: openDatabase(file) });
    for (const s of ['s1', 's2']) {
      expect(core.observations.latest(s).map((o) => ({ metric: o.metric, id: o.id, t: o.t, value: o.value }))).toEqual(scan(core, s));
    }
    expect(core.observations.latest('s1')).toHaveLength(METRICS.length);
    core.close();
  });
});
