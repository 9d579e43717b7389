import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore } from '../core/app';
import { backupTo } from '../core/backup/snapshot';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';
import { syntheticCgm } from './cgm-metrics';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/**
 * What a daily backup costs the hub, on a database with a year of 5-minute CGM for four
 * people: the online backup's time against a plain file copy of the same database (the
 * least any copy costs), and, while it runs, the event loop's worst stall and the latency
 * of a small live ingest every 20 ms, against the same ingests with no backup running.
 */
export async function benchBackup(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-backup-'));
  const file = join(dir, 'b.db');
  const core = createCore({ db: openDatabase(file) });
  try {
    const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
    const readings = syntheticCgm(365);
    for (let p = 0; p < 4; p++) {
      const subject = core.subjects.create(ctx, { name: `P${p}`, kind: 'diabetes' }).id;
      for (let i = 0; i < readings.length; i += 20_000) {
        const part = readings.slice(i, i + 20_000);
        core.deps.db.$client.transaction(() => core.observations.write(subject, part.map((r, j) => ({ id: `b-${p}-${i + j}`, metric: 'glucose', t: r.t, value: r.v, device_id: null }))))();
      }
    }
    core.deps.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = statSync(file).size;
    const live = core.subjects.create(ctx, { name: 'Live', kind: 'general' }).id;
    let seq = 0;

    /** Ingests one reading every 20 ms until `until` settles; returns each ingest's ms. */
    const ingestWhile = async (until: Promise<unknown>) => {
      const lat: number[] = [];
      let done = false;
      void until.finally(() => (done = true));
      while (!done) {
        const t = performance.now();
        core.ingest(ctx, live, [{ metric: 'heart_rate', t: new Date(Date.now()).toISOString(), value: 60 + (seq++ % 20) }]);
        lat.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
      return lat;
    };

    const backupMs: number[] = [];
    const copyMs: number[] = [];
    const stallMs: number[] = [];
    const duringBackup: number[] = [];
    const idle: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      const out = join(dir, `backup-${rep}.db`);
      const h = monitorEventLoopDelay({ resolution: 5 });
      h.enable();
      const t = performance.now();
      const job = backupTo(core.deps.db.$client, out);
      const lat = await ingestWhile(job);
      await job;
      backupMs.push(performance.now() - t);
      h.disable();
      stallMs.push(h.max / 1e6);
      duringBackup.push(...lat);
      rmSync(out);
      const c = performance.now();
      copyFileSync(file, join(dir, 'copy.db'));
      copyMs.push(performance.now() - c);
      rmSync(join(dir, 'copy.db'));
      // The same ingests for as long, with nothing else running.
      idle.push(...(await ingestWhile(new Promise((r) => setTimeout(r, backupMs[rep]!)))));
    }
    return {
      db_mb: +(bytes / 1e6).toFixed(1),
      observations: readings.length * 4,
      backup_ms: +median(backupMs).toFixed(0),
      file_copy_ms: +median(copyMs).toFixed(0),
      backup_vs_file_copy: +(median(backupMs) / median(copyMs)).toFixed(2),
      backup_mb_per_s: +(bytes / 1e6 / (median(backupMs) / 1000)).toFixed(0),
      event_loop_max_stall_ms: +median(stallMs).toFixed(1),
      ingest_p50_ms_during_backup: +pct(duringBackup, 0.5).toFixed(3),
      ingest_p99_ms_during_backup: +pct(duringBackup, 0.99).toFixed(3),
      ingest_p50_ms_idle: +pct(idle, 0.5).toFixed(3),
      ingest_p99_ms_idle: +pct(idle, 0.99).toFixed(3),
      ingests_during_backup: duringBackup.length,
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
