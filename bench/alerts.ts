import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';
import { startHub } from '../host/start';

/**
 * Issue 8: end-to-end alert latency — from the start of an ingest call over HTTP to the
 * `alert.raised` message arriving on *another user's* WebSocket — under a steady load of
 * 1,000 observations/s spread over 50 subjects (each posts 4 readings every 200 ms).
 * Every 2 s each subject's batch carries one heart-rate reading above its threshold and
 * the next one clears it (re-alert interval 0), so ~25 alerts/s are raised and timed.
 * Baseline in the same run: the plain HTTP round trip of the same ingest calls.
 * Load generator, hub and listener share one process (and its event loop): the
 * numbers include that contention, so they are an upper bound on the hub's own share.
 */
const SUBJECTS = 50;
const PERIOD_MS = 200;
const PER_BATCH = 4;
const ALERT_EVERY = 10; // batches: one crossing per subject every 2 s
const DURATION_MS = Number(process.env.TEND_BENCH_ALERTS_S ?? 15) * 1000;
const WARMUP_MS = 2_000;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const r2 = (v: number) => Math.round(v * 100) / 100;

export async function benchAlerts(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-alerts-'));
  const core = createCore({ db: openDatabase(join(dir, 'b.db')) });
  const hub = await startHub({ core, port: 0 });
  try {
    const owner: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
    const clinician = await core.auth.register({ email: 'clinician@bench.invalid', password: 'bench password', name: 'Clinician' });
    const ownerToken = core.auth.issueToken(owner.user!.id);
    const clinicianToken = core.auth.issueToken(clinician.id);
    const subjects: string[] = [];
    for (let i = 0; i < SUBJECTS; i++) {
      const id = core.subjects.create(owner, { name: `Bed ${i + 1}`, kind: 'general' }).id;
      await core.call('thresholds.put', { subject_id: id, thresholds: [{ metric: 'heart_rate', max: 120, priority: 'high' }] }, owner);
      await core.call('alerts.settings.put', { subject_id: id, settings: { realert_min: 0, smoothing: { heart_rate: 1 } } }, owner);
      core.subjects.grant(owner, id, 'clinician@bench.invalid', 'clinician');
      subjects.push(id);
    }

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const http: number[] = [];
    let measuring = false;
    let missed = 0;
    const ws = new WebSocket(`${hub.url.replace(/^http/, 'ws')}/api/stream?token=${clinicianToken}`);
    await new Promise<void>((resolve, reject) => {
      ws.once('message', () => resolve());
      ws.once('error', reject);
    });
    ws.on('message', (data) => {
      const at = performance.now();
      const ev = JSON.parse(String(data)) as { type: string; subject_id?: string };
      if (ev.type !== 'alert.raised' || !ev.subject_id) return;
      const t0 = sentAt.get(ev.subject_id);
      if (t0 === undefined) return;
      sentAt.delete(ev.subject_id);
      if (measuring) latencies.push(at - t0);
    });

    let sent = 0;
    const started = performance.now();
    const end = started + WARMUP_MS + DURATION_MS;
    const loops = subjects.map(async (id, i) => {
      // Stagger the subjects across the period so the load is even, not 50 calls at once.
      await new Promise((r) => setTimeout(r, (i * PERIOD_MS) / SUBJECTS));
      let n = 0;
      let next = performance.now();
      while (performance.now() < end) {
        const crossing = n % ALERT_EVERY === ALERT_EVERY - 1;
        const now = Date.now();
        const items = Array.from({ length: PER_BATCH }, (_, k) => ({ metric: 'heart_rate', t: new Date(now - (PER_BATCH - 1 - k) * 10).toISOString(), value: crossing && k === PER_BATCH - 1 ? 140 : 80 }));
        const t0 = performance.now();
        if (crossing) {
          if (sentAt.has(id)) missed++;
          sentAt.set(id, t0);
        }
        const res = await fetch(`${hub.url}/api/subjects/${id}/observations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ownerToken}` }, body: JSON.stringify(items) });
        await res.arrayBuffer();
        if (res.status !== 201) throw new Error(`ingest HTTP ${res.status}`);
        if (measuring) {
          http.push(performance.now() - t0);
          sent += PER_BATCH;
        }
        n++;
        next += PERIOD_MS;
        const wait = next - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    });
    setTimeout(() => (measuring = true), WARMUP_MS);
    const measureStart = started + WARMUP_MS;
    await Promise.all(loops);
    const measuredS = (performance.now() - measureStart) / 1000;
    await new Promise((r) => setTimeout(r, 300));
    ws.close();
    return {
      subjects: SUBJECTS,
      observations_per_s: Math.round(sent / measuredS),
      alerts_timed: latencies.length,
      alerts_missing: sentAt.size + missed,
      latency_ms: { p50: r2(pct(latencies, 50)), p90: r2(pct(latencies, 90)), p99: r2(pct(latencies, 99)), max: r2(Math.max(...latencies)) },
      baseline_http_ingest_ms: { p50: r2(pct(http, 50)), p99: r2(pct(http, 99)) },
      target: 'p99 ≤ 50 ms from the ingest call to alert.raised on another client at 1,000 observations/s over 50 subjects',
      meets_target: pct(latencies, 99) <= 50,
    };
  } finally {
    await hub.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
