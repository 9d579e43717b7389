import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';
import { startHub } from '../host/start';
import { xdrip } from '../host/nightscout-fixtures';

/**
 * Issue 16: a phone uploader catching up after a gap posts a day of readings at once
 * (288 five-minute entries). The same readings go, in alternating rounds on one hub, to
 * the Nightscout route (xDrip+'s documents, `api-secret`) and to the hub's own ingest
 * route (`POST /api/subjects/:id/observations`, Bearer token). Reported as a ratio: the
 * Nightscout path's time over the native path's (1.0 = as fast; it also checks the
 * secret, maps the documents and keeps each reading's arrow and device).
 */
const MIN = 60_000;
const BATCH = 288;

export async function benchNightscout(rounds = 60): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-ns-'));
  const core = createCore({ db: openDatabase(join(dir, 'b.db')) });
  const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
  const nsSubject = core.subjects.create(ctx, { name: 'Phone', kind: 'diabetes' }).id;
  const nativeSubject = core.subjects.create(ctx, { name: 'Native', kind: 'diabetes' }).id;
  const secret = (await core.call('nightscout.uploader.create', { subject_id: nsSubject }, ctx)).api_secret!;
  const apiSecret = createHash('sha1').update(secret).digest('hex');
  const token = core.auth.issueToken(ctx.user!.id);
  const hub = await startHub({ core, port: 0 });
  // Rounds walk back in time from now, a day each: every batch is new readings.
  const start = Math.floor(Date.now() / MIN) * MIN - rounds * BATCH * 5 * MIN;
  const day = (r: number) => Array.from({ length: BATCH }, (_, i) => start + (r * BATCH + i) * 5 * MIN);
  const value = (i: number) => 70 + ((i * 7919) % 180);
  const post = async (path: string, headers: Record<string, string>, body: string) => {
    const res = await fetch(hub.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
  };
  const nsBodies = Array.from({ length: rounds }, (_, r) => JSON.stringify(day(r).map((t, i) => xdrip.sgv(t, value(i), 'Flat'))));
  const nativeBodies = Array.from({ length: rounds }, (_, r) => JSON.stringify(day(r).map((t, i) => ({ id: `n-${r}-${i}`, metric: 'glucose', t: new Date(t).toISOString(), value: value(i), unit: 'mg/dL' }))));
  // Warm both paths (JIT, statement caches) on a round that is not measured.
  await post('/api/v1/entries', { 'api-secret': apiSecret }, JSON.stringify([xdrip.sgv(start - 10 * MIN, 100)]));
  await post(`/api/subjects/${nativeSubject}/observations`, { authorization: `Bearer ${token}` }, JSON.stringify([{ metric: 'glucose', t: new Date(start - 10 * MIN).toISOString(), value: 100 }]));
  const nsMs: number[] = [];
  const nativeMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so neither always meets a warmer or a busier store.
    const order = r % 2 === 0 ? (['ns', 'native'] as const) : (['native', 'ns'] as const);
    for (const which of order) {
      const t0 = performance.now();
      if (which === 'ns') await post('/api/v1/entries', { 'api-secret': apiSecret }, nsBodies[r]!);
      else await post(`/api/subjects/${nativeSubject}/observations`, { authorization: `Bearer ${token}` }, nativeBodies[r]!);
      (which === 'ns' ? nsMs : nativeMs).push(performance.now() - t0);
    }
  }
  await hub.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
  return {
    batch: BATCH,
    rounds,
    nightscout_median_ms: +median(nsMs).toFixed(2),
    nightscout_p95_ms: +p95(nsMs).toFixed(2),
    native_median_ms: +median(nativeMs).toFixed(2),
    native_p95_ms: +p95(nativeMs).toFixed(2),
    nightscout_rows_per_s: Math.round(BATCH / (median(nsMs) / 1000)),
    native_rows_per_s: Math.round(BATCH / (median(nativeMs) / 1000)),
    nightscout_vs_native_time: +(median(nsMs) / median(nativeMs)).toFixed(3),
    note: 'median time per 288-entry upload over HTTP on one hub; ratio = Nightscout route time / native ingest route time',
  };
}
