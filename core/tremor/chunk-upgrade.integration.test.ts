import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { migrationsBefore } from '../../db/testing';
import { createCore } from '../app';
import { ManualClock } from '../clock';
import { rawMotionRetention } from './raw-retention';
import { readRawMotion, uploadMotion } from './service';

const T0 = Date.UTC(2026, 2, 10, 9);
const RATE = 50;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('raw wrist chunks stored before compression (migration 0022)', () => {
  it('are read back sample for sample after the update, and a new piece continues from them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-chunk-upgrade-'));
    dirs.push(dir);
    // The version before: every migration before 0022.
    const old = migrationsBefore(22, dir);
    const file = join(dir, 'tend.db');
    const before = createCore({ db: openDatabase(file, { migrationsDir: old }), clock: new ManualClock(T0) });
    rawMotionRetention(before).close();
    const user = before.auth.ensureLocalUser('pat');
    const s1 = before.subjects.create({ user, clientKey: 't', transport: 'memory' }, { name: 'Pat', kind: 'parkinson' }).id;
    const c = before.deps.db.$client;
    // A minute at 50 Hz as the old layout wrote it: int16 LE codes, scale = max |a| / 32767.
    const n = 60 * RATE;
    const codes = (phase: number) => Int16Array.from({ length: n }, (_, i) => Math.round(20000 * Math.sin(i / 5 + phase)));
    const [qx, qy, qz] = [codes(0), codes(1), codes(2)];
    const blob = (q: Int16Array) => Buffer.from(q.buffer);
    const scale = 9.81 / 32767;
    c.prepare(`INSERT INTO motion_chunks (subject_id, device_id, t0, t1, rate_hz, n, scale, x, y, z, created_at) VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, ?, 1)`)
      .run(s1, T0, T0 + 60_000, RATE, n, scale, blob(qx), blob(qy), blob(qz));
    before.close();

    const core = createCore({ db: openDatabase(file), clock: new ManualClock(T0 + 3_600_000) });
    rawMotionRetention(core).close();
    try {
      const ctx = { user, clientKey: 't', transport: 'memory' as const };
      const [chunk] = readRawMotion(core, ctx, s1, T0, T0 + 60_000);
      expect(core.deps.db.$client.prepare(`SELECT codec FROM motion_chunks`).pluck().get()).toBe(0);
      expect(Array.from(chunk!.x)).toEqual(Array.from(qx, (v) => Math.fround(v * scale)));
      expect(Array.from(chunk!.z)).toEqual(Array.from(qz, (v) => Math.fround(v * scale)));
      // The next minute arrives now: it is stored compressed and analysed with the old chunk's last seconds.
      const next = { t0Ms: T0 + 60_000, rateHz: RATE, x: new Float32Array(n).fill(0.1), y: new Float32Array(n), z: new Float32Array(n).fill(9.8) };
      const out = uploadMotion(core, ctx, s1, [next]);
      expect(out.stored_samples).toBe(n);
      expect(core.deps.db.$client.prepare(`SELECT codec FROM motion_chunks ORDER BY t0`).pluck().all()).toEqual([0, 1]);
      expect(readRawMotion(core, ctx, s1, T0, T0 + 120_000).map((k) => k.x.length)).toEqual([n, n]);
    } finally {
      core.close();
    }
  });
});
