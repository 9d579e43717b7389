/**
 * A wrist board on a serial port, through the real serialport stack on a socat pty pair: its
 * 100 Hz accelerometer lines are stored as compressed motion chunks with per-minute tremor,
 * as an uploaded recording is, not as one `accel` row per sample. Real SQLite file; the board
 * runs on the lab clock at 10× (1,000 lines a real second).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { WristSimulator } from '../../native/lab/motion/wrist-sim';
import { SimSerialWristBoard } from '../../native/lab/peripherals/serial-wrist-board';
import { ScaledClock } from '../../native/lab/sim-clock';
import { socatUnavailableReason, startPtyPair, type PtyPair } from '../../native/lab/socat';
import { waitFor } from '../../testing/wait-for';
import { createCore, type Core } from '../app';
import { readRawMotion } from '../tremor/service';
import { rawMotionRetention } from '../tremor/raw-retention';
import { deviceRuntime, stopDeviceRuntime } from './registry';

const missing = socatUnavailableReason();
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const RATE = 100;
const MOTION = { noSleep: true, activities: [{ startS: 0, durationS: 3600, activity: 'rest' as const }] };

describe.skipIf(missing !== null)(`a serial wrist board${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let ptys: PtyPair | null = null;
  let core: Core | null = null;
  let dir = '';
  afterEach(async () => {
    if (core) {
      await stopDeviceRuntime(core);
      core.close();
    }
    await ptys?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores its 100 Hz samples as compressed chunks with tremor minutes, not one row per sample', async () => {
    ptys = await startPtyPair();
    dir = mkdtempSync(join(tmpdir(), 'tend-serial-wrist-'));
    const c = createCore({ db: openDatabase(join(dir, 'w.db')) });
    core = c;
    rawMotionRetention(c).close();
    const ctx = { user: c.auth.ensureLocalUser('wrist'), clientKey: 't', transport: 'memory' as const };
    const subject = c.subjects.create(ctx, { name: 'Walter', kind: 'parkinson' });
    const clock = new ScaledClock(10, T0);
    const board = new SimSerialWristBoard({ path: ptys.devicePath, clock, rateHz: RATE, seed: 23, motion: MOTION });
    try {
      await board.start();
      c.devices.create(ctx, { subject_id: subject.id, name: 'ESP32 wrist', kind: 'serial_board', transport: 'serial', address: ptys.hostPath });
      deviceRuntime(c).sync();
      const q = (sql: string) => c.deps.db.$client.prepare(sql).pluck().get(subject.id) as number;
      // Two whole minutes analysed and settled (data 3 s past their end): about 135 s of board time.
      await waitFor('two settled tremor minutes', () => q(`SELECT COUNT(*) FROM tremor_minutes WHERE subject_id = ? AND settled = 1`) >= 2, { timeoutMs: 90_000, intervalMs: 250 });
    } finally {
      await board.stop();
      await stopDeviceRuntime(c);
      clock.dispose();
    }
    const q = (sql: string) => c.deps.db.$client.prepare(sql).pluck().get(subject.id) as number;
    expect(q(`SELECT COUNT(*) FROM observations WHERE subject_id = ? AND metric = 'accel'`)).toBe(0);
    const stored = q(`SELECT COALESCE(SUM(n), 0) FROM motion_chunks WHERE subject_id = ?`);
    // Everything the host heard, less the lines printed before it opened its end.
    expect(stored).toBeGreaterThan(120 * RATE);
    expect(stored).toBeLessThanOrEqual(board.printed);
    expect(q(`SELECT COUNT(*) FROM motion_chunks WHERE subject_id = ? AND codec <> 1`)).toBe(0);
    expect(q(`SELECT MIN(rate_hz) FROM motion_chunks WHERE subject_id = ?`)).toBe(RATE);
    expect(q(`SELECT MAX(rate_hz) FROM motion_chunks WHERE subject_id = ?`)).toBe(RATE);
    expect(q(`SELECT COUNT(*) FROM observations WHERE subject_id = ? AND metric = 'tremor_percent'`)).toBeGreaterThanOrEqual(2);

    // The stored samples are the board's, at the board's times: regenerate its simulator and compare.
    const sim = new WristSimulator({ ...MOTION, seed: 23, durationS: 86_400, rateHz: RATE, startMs: T0 });
    const chunks = readRawMotion(c, { user: c.auth.ensureLocalUser('wrist'), clientKey: 't', transport: 'memory' }, subject.id, T0, T0 + 3_600_000);
    const first = chunks[1]!; // the first whole minute
    const start = Math.round(((first.t0Ms - T0) * RATE) / 1000);
    // The chunk's start names its first sample: loaded CI runs have stored it 1 ms and, once, 2 ms past the
    // board's 10 ms grid (cause not yet found; noted on issue #18), so the nearest grid sample is taken, and
    // the samples below must then be the board's, exactly: a chunk off by one sample fails there.
    sim.next(start);
    const truth = sim.next(first.x.length)!;
    const r = (v: number) => Math.round(v * 1000) / 1000;
    let worst = 0;
    for (let i = 0; i < first.x.length; i++) worst = Math.max(worst, Math.abs(first.x[i]! - r(truth.x[i]!)), Math.abs(first.z[i]! - r(truth.z[i]!)));
    // Within the int16 quantisation of the chunk (its largest |a| / 32767, about 3e-4 m/s² here).
    expect(worst).toBeLessThan(1e-3);
  }, 120_000);
});
