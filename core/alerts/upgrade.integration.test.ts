import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { migrationsBefore } from '../../db/testing';
import { createCore } from '../app';
import { ManualClock } from '../clock';

const T0 = Date.UTC(2026, 2, 10, 3);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('alerts standing when Tend is updated to latching (migration 0009)', () => {
  it('re-keys a threshold alert raised per limit so the one-alarm rule still ends it, and leaves it non-latching', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-latch-'));
    dirs.push(dir);
    // The version before: every migration up to 0009.
    const old = migrationsBefore(9, dir);
    const file = join(dir, 'tend.db');
    const before = openDatabase(file, { migrationsDir: old });
    const c = before.$client;
    c.prepare(`INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u1', 'a@b.c', 'A', 'x', 1)`).run();
    c.prepare(`INSERT INTO subjects (id, name, kind, owner_id, created_at, updated_at) VALUES ('s1', 'Dee', 'diabetes', 'u1', 1, 1)`).run();
    c.prepare(`INSERT INTO thresholds (subject_id, metric, min, max, priority, sustain_min) VALUES ('s1', 'glucose', 70, NULL, 'medium', 0)`).run();
    c.prepare(
      `INSERT INTO alerts (id, subject_id, kind, rule_key, metric, value, priority, state, message, raised_at) VALUES ('a1', 's1', 'below_threshold', 'threshold:glucose:low:medium', 'glucose', 65, 'medium', 'open', 'Glucose 65 mg/dL is below 70 mg/dL', ?)`,
    ).run(T0 - 60_000);
    c.close();

    const core = createCore({ db: openDatabase(file), clock: new ManualClock(T0) });
    try {
      const row = core.alerts.store.get('a1')!;
      expect([row.rule_key, row.latching, row.condition_ended_at]).toEqual(['threshold:glucose:low', 0, null]);
      // Back in range: the engine looks up the standing alert by its new key and ends it.
      const changes = core.alerts.onObservations('s1', [{ id: 'o1', metric: 'glucose', t: T0, value: 100, device_id: null }]);
      expect(changes.resolved.map((a) => a.id)).toEqual(['a1']);
      expect(core.alerts.store.get('a1')!.state).toBe('resolved');
    } finally {
      core.close();
    }
  });
});
