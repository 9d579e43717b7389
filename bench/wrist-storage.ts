import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { CODEC_DELTA_DEFLATE, CODEC_INT16, type ChunkCodec } from '../core/tremor/chunk-codec';
import { rawMotionRetention } from '../core/tremor/raw-retention';
import { uploadMotion } from '../core/tremor/service';
import { openDatabase } from '../db/open';
import { simulateRecording } from '../native/lab/motion/wrist-sim';

/**
 * Issue #18, 100 Hz wrist data: bytes a wearer-day takes on disk. One simulated day (the
 * motion lab's wrist simulator at 100 Hz: night sleep, rest with tremor bouts, walking,
 * typing, four levodopa doses) is stored through `uploadMotion` in hourly pieces, once as
 * raw chunks were written before (int16, `codec` 0) and once as now (delta varints +
 * DEFLATE, `codec` 1), each into its own SQLite file. Measured side by side: the chunks'
 * blob bytes, the database file's growth (rows, index and page slack included, after a WAL
 * checkpoint), the per-minute tremor kept forever, and the upload time (compression's cost).
 * A year follows: before, every raw day kept; now, the default 30 days of raw
 * (`raw_retention_days`) plus a year of minutes.
 */
const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 0, 5, 0, 0, 0);
const RATE = 100;
const r3 = (v: number) => Math.round(v * 1000) / 1000;
const MB = 1e6;

export async function benchWristStorage(): Promise<Record<string, unknown>> {
  const rec = simulateRecording({ seed: 1818, durationS: 86_400, rateHz: RATE, startMs: START, doses: [8, 12, 16, 20].map((h) => ({ atS: h * 3600, drug: 'levodopa' })) });
  const hour = 3600 * RATE;
  const n = rec.samples.x.length;

  const store = (codec: ChunkCodec) => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-bench-wrist-'));
    const file = join(dir, 'w.db');
    const core = createCore({ db: openDatabase(file), clock: { now: () => START + 2 * DAY_MS } });
    rawMotionRetention(core).close();
    try {
      const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
      const id = core.subjects.create(ctx, { name: 'Wearer', kind: 'parkinson' }).id;
      const c = core.deps.db.$client;
      const size = () => {
        c.pragma('wal_checkpoint(TRUNCATE)');
        return statSync(file).size;
      };
      const empty = size();
      const t0 = performance.now();
      for (let s = 0; s < n; s += hour) {
        const e = Math.min(n, s + hour);
        uploadMotion(core, ctx, id, [{ t0Ms: START + (s * 1000) / RATE, rateHz: RATE, x: rec.samples.x.subarray(s, e), y: rec.samples.y.subarray(s, e), z: rec.samples.z.subarray(s, e) }], { final: e === n, codec });
      }
      const uploadS = (performance.now() - t0) / 1000;
      const q = (sql: string) => c.prepare(sql).pluck().get(id) as number;
      const blobs = q(`SELECT SUM(length(x) + length(y) + length(z)) FROM motion_chunks WHERE subject_id = ?`);
      const minutes = q(`SELECT SUM(length(features) + length(flags) + 80) FROM tremor_minutes WHERE subject_id = ?`);
      const grown = size() - empty;
      // What the raw chunks alone take on disk: the file after dropping them, VACUUMed, against before.
      c.prepare(`DELETE FROM motion_chunks WHERE subject_id = ?`).run(id);
      c.exec('VACUUM');
      const withoutRaw = size() - empty;
      return {
        minutes: q(`SELECT COUNT(*) FROM tremor_minutes WHERE subject_id = ?`),
        raw_blob_bytes: blobs,
        file_growth_bytes: grown,
        file_growth_without_raw_bytes: withoutRaw,
        minute_feature_bytes: minutes,
        upload_s: r3(uploadS),
      };
    } finally {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  };

  const before = store(CODEC_INT16);
  const after = store(CODEC_DELTA_DEFLATE);
  const perDay = (x: { file_growth_bytes: number }) => x.file_growth_bytes;
  const minutesPerDay = after.file_growth_without_raw_bytes;
  const retentionDays = 30;
  const yearBefore = 365 * perDay(before);
  const yearAfter = retentionDays * (perDay(after) - minutesPerDay) + 365 * minutesPerDay;
  return {
    name: 'wrist storage: one wearer-day at 100 Hz, raw chunks int16 vs compressed',
    samples_per_axis: n,
    rate_hz: RATE,
    before_int16: before,
    after_compressed: after,
    bytes_per_wearer_day: { before: perDay(before), after: perDay(after) },
    mb_per_wearer_day: { before: r3(perDay(before) / MB), after: r3(perDay(after) / MB) },
    ratio_after_to_before: r3(perDay(after) / perDay(before)),
    raw_blob_ratio: r3(after.raw_blob_bytes / before.raw_blob_bytes),
    upload_time_ratio: r3(after.upload_s / before.upload_s),
    per_minute_features_mb_per_day: r3(minutesPerDay / MB),
    wearer_year_gb: {
      before_all_raw_kept: r3(yearBefore / 1e9),
      after_30_days_raw_and_a_year_of_minutes: r3(yearAfter / 1e9),
    },
    retention_days_assumed: retentionDays,
  };
}
