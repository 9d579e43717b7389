import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';

/**
 * Issue #18, the Home overview: what each person's card costs to load, for a person with
 * a year of 5-minute CGM (105,120 readings, plus heart rate every 5 minutes for the last
 * month) against one with a month, and for 20 people against one. Measured side by side:
 *   latest: `observations.latest` (migration 0014's table; what the cards read now);
 *   scan:   `observations.list` of the newest 50 rows of any metric (what they read before:
 *           ordering a person's readings across metrics sorts their whole history).
 * Each figure is the median of many calls through `core.call` (validation and access
 * checks included), on one SQLite file, after a warm-up.
 */
const MIN = 60_000;
const YEAR = 365 * 288;
const MONTH = 30 * 288;
const PEOPLE = 20;
const NOW = Date.UTC(2026, 5, 1);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
const r3 = (v: number) => Math.round(v * 1000) / 1000;

export async function benchLatestValues(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-latest-'));
  const core = createCore({ db: openDatabase(join(dir, 'l.db')), clock: { now: () => NOW } });
  try {
    const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
    const person = (name: string, readings: number): string => {
      const id = core.subjects.create(ctx, { name, kind: 'diabetes' }).id;
      const rows = Array.from({ length: readings }, (_, i) => ({ id: `${name}-g-${i}`, metric: 'glucose', t: NOW - (readings - i) * 5 * MIN, value: 80 + ((i * 7919) % 200), device_id: null }));
      for (let i = 0; i < MONTH; i++) rows.push({ id: `${name}-h-${i}`, metric: 'heart_rate', t: NOW - (MONTH - i) * 5 * MIN + MIN, value: 60 + (i % 40), device_id: null });
      const c = core.deps.db.$client;
      for (let i = 0; i < rows.length; i += 20_000) c.transaction(() => core.observations.write(id, rows.slice(i, i + 20_000)))();
      return id;
    };
    const yearPerson = person('year', YEAR);
    const monthPerson = person('month', MONTH);
    const crowd = Array.from({ length: PEOPLE - 1 }, (_, i) => person(`p${i}`, MONTH));
    const twenty = [monthPerson, ...crowd];

    const latest = (id: string) => core.call('observations.latest', { subject_id: id }, ctx);
    const scan = (id: string) => core.call('observations.list', { subject_id: id, limit: 50 }, ctx);
    /** Median ms of one overview load (every card of `people`, one after another). */
    const time = async (load: (id: string) => Promise<unknown>, people: string[], reps: number): Promise<number> => {
      for (let i = 0; i < 3; i++) for (const p of people) await load(p);
      const ms: number[] = [];
      for (let r = 0; r < reps; r++) {
        const t0 = performance.now();
        for (const p of people) await load(p);
        ms.push(performance.now() - t0);
      }
      return median(ms);
    };
    const load_before = loadavg();
    const l = { year: await time(latest, [yearPerson], 400), month: await time(latest, [monthPerson], 400), twenty: await time(latest, twenty, 40) };
    const s = { year: await time(scan, [yearPerson], 30), month: await time(scan, [monthPerson], 60), twenty: await time(scan, twenty, 5) };
    const load_after = loadavg();
    const same = JSON.stringify((await latest(yearPerson)).items.map((o) => [o.metric, o.t, o.value]));
    return {
      readings: { year_person: YEAR + MONTH, month_person: MONTH * 2, people: PEOPLE },
      latest_ms: { year: r3(l.year), month: r3(l.month), twenty_people: r3(l.twenty) },
      scan_ms: { year: r3(s.year), month: r3(s.month), twenty_people: r3(s.twenty) },
      year_vs_month: { latest: r3(l.year / l.month), scan: r3(s.year / s.month) },
      twenty_vs_one: { latest: r3(l.twenty / l.month), scan: r3(s.twenty / s.month) },
      year_card_speedup: r3(s.year / l.year),
      year_person_latest: same,
      loadavg: { before: load_before.map(r3), after: load_after.map(r3) },
      target: 'a card for a person with a year of history costs ≤ 1.5 × one with a month (latest)',
      meets_target: l.year / l.month <= 1.5,
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
