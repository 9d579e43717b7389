/**
 * Tremor storage and queries (issue 7): raw wrist motion kept as compact chunks, per-second
 * features derived on arrival (TremorAnalyzer), per-minute aggregates in `tremor_minutes`
 * and as `tremor_percent` / `tremor_magnitude` observations through core.ingest.
 *
 * Uploads may come in pieces (the app sends a day's CSV in ~5 MB pieces; a sensor sends
 * blocks). Each piece is analysed with up to 10 s of the stored samples just before it, so
 * the filter and the spectral windows see the same signal whether a day arrives whole or in
 * pieces; seconds are merged into their minute by wall-clock time. A minute's observations
 * are written once it is settled: data reach 3 s past its end (the analyser's look-ahead),
 * or the piece is the last (`final`). Observation ids are UUIDv5 of subject + metric +
 * minute, so uploading the same recording again stores nothing twice. A minute already
 * settled keeps its first observations if a later upload adds to it (its `tremor_minutes`
 * row is updated): the store has no update path for observations.
 */
import { v5 } from 'uuid';
import { badRequest, notFound } from '../../api/errors';
import type { Dose, TremorDayOutput, TremorMinuteRow, TremorProgressionOutput, TremorResponseOutput, TremorUploadOutput } from '../../api/tremor';
import type { Core } from '../core-types';
import { iso } from '../clock';
import { localDayBounds, offsetMinAt, wallAt, zoneOf, type LocalClock } from '../local-clock';
import type { SqlRow } from '../../db/rows';
import type { events, motionChunks, tremorMinutes } from '../../db/schema';
import type { CallContext } from '../context';
import { logger } from '../logger';
import { audit } from '../records/subjects';
import { parseAccelCsv, type AccelUnit } from './accel-csv';
import { CODEC_DELTA_DEFLATE, decodeAxisInto, encodeCodes, quantize, type ChunkCodec } from './chunk-codec';
import { aggregateMinuteDetails, TREMOR_MINUTE_PERCENT, TremorAnalyzer, type SecondFeatures, type TremorMinuteDetail } from './analysis';
import { medicationResponse, type MinutePoint } from './medication';
import { dailySummary, tremorTrend, type TrendMetric } from './progression';
import { hourRows } from './hour-rows';

const log = logger('tremor');
const MINUTE = 60_000;
const DAY = 86_400_000;
/** Stored samples before a piece that are re-analysed with it, s. */
export const CONTEXT_S = 10;
/** Of those, the first seconds are not re-emitted: the analyser's own start-up edge, s. */
const WARMUP_S = 5;
/** The analyser needs this much signal after a second before the second is final, ms. */
const SETTLE_MS = 3_000;
/** Per-second features stored per slot. */
const NF = 4;
/** Namespace of the deterministic observation ids (UUIDv5). */
export const TREMOR_NAMESPACE = '0b6a8c1e-9f3d-4e57-8a2b-7c4d1e2f3a5b';

/** Uniform tri-axial samples, m/s², starting at `t0Ms` (epoch ms). */
export interface MotionBlock {
  t0Ms: number;
  rateHz: number;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  z: ArrayLike<number>;
}

/** Deterministic id of a tremor minute's observation. */
export function minuteObservationId(subjectId: string, metric: 'tremor_percent' | 'tremor_magnitude', minuteMs: number): string {
  return v5(`${subjectId}|${metric}|${iso(minuteMs)}`, TREMOR_NAMESPACE);
}

/** Rounds a rate inferred from rounded timestamps to the integer it is meant to be (within 0.5 %). */
function cleanRate(r: number): number {
  const k = Math.round(r);
  return Math.abs(r - k) <= 0.005 * r ? k : r;
}

/**
 * Reads CSV `t,x,y,z` into blocks: t is Unix seconds when ≥ 1e9, otherwise seconds from
 * `startMs`. A gap longer than 1.5 sample periods starts a new block (the analyser assumes
 * uniform sampling). Errors name the line and field (bad_request).
 */
export function csvBlocks(text: string, opts: { startMs?: number | undefined; rateHz?: number | undefined; unit?: AccelUnit | 'auto' | undefined }): MotionBlock[] {
  const p = parseAccelCsv(text, { ...(opts.rateHz ? { rateHz: opts.rateHz } : {}), unit: opts.unit ?? 'auto' });
  const absolute = p.t[0]! >= 1e9;
  if (!absolute && opts.startMs === undefined) throw badRequest('start: give the wall time of t = 0 (or write t as Unix seconds)', 'start');
  const base = absolute ? 0 : opts.startMs!;
  const rate = cleanRate(p.rateHz);
  const gap = 1.5 / rate;
  const blocks: MotionBlock[] = [];
  let s = 0;
  for (let i = 1; i <= p.t.length; i++) {
    if (i === p.t.length || p.t[i]! - p.t[i - 1]! > gap) {
      if (i - s >= 2) blocks.push({ t0Ms: base + p.t[s]! * 1000, rateHz: rate, x: p.x.subarray(s, i), y: p.y.subarray(s, i), z: p.z.subarray(s, i) });
      s = i;
    }
  }
  return blocks;
}

type ChunkRow = Pick<SqlRow<typeof motionChunks>, 't0' | 't1' | 'rate_hz' | 'n' | 'scale' | 'codec' | 'x' | 'y' | 'z'>;
type MinuteRow = Pick<SqlRow<typeof tremorMinutes>, 't' | 'features' | 'flags' | 'settled'>;

/** A minute's per-second slots while merging. */
interface Slots { features: Float32Array; flags: Uint8Array; settled: number }

/** Aggregates of a minute from its analysed slots. */
function aggregateSlots(s: Slots): TremorMinuteDetail | null {
  let n = 0;
  for (let k = 0; k < 60; k++) if (s.flags[k]) n++;
  if (n === 0) return null;
  const f: SecondFeatures = {
    second: new Int32Array(n), bandRatio: new Float32Array(n), peakHz: new Float32Array(n), bandRms: new Float32Array(n),
    movementRms: new Float32Array(n), peakedness: new Float32Array(n), tremor: new Uint8Array(n),
  };
  let j = 0;
  for (let k = 0; k < 60; k++) {
    if (!s.flags[k]) continue;
    f.second[j] = k;
    f.bandRms[j] = s.features[k * NF]!;
    f.peakHz[j] = s.features[k * NF + 1]!;
    f.movementRms[j] = s.features[k * NF + 2]!;
    f.bandRatio[j] = s.features[k * NF + 3]!;
    f.tremor[j] = s.flags[k] === 2 ? 1 : 0;
    j++;
  }
  return aggregateMinuteDetails(f)[0]!;
}

/** Stores and analyses motion blocks for a subject in one transaction. */
export function uploadMotion(
  core: Core, ctx: CallContext, subjectId: string, blocks: readonly MotionBlock[],
  opts: { deviceId?: string | undefined; final?: boolean; /** How raw chunks are written; default compressed (the bench compares). */ codec?: ChunkCodec } = {},
): TremorUploadOutput {
  core.access.require(ctx, subjectId, 'write');
  const c = core.deps.db.$client;
  const deviceKey = opts.deviceId ?? '';
  if (opts.deviceId !== undefined) {
    const owner = c.prepare(`SELECT subject_id FROM devices WHERE id = ?`).pluck().get(opts.deviceId);
    if (owner !== subjectId) throw badRequest(`device ${opts.deviceId} is not a device of this subject`, 'device_id');
  }
  if (blocks.length === 0) throw badRequest('no samples', 'samples');
  const final = opts.final ?? true;
  for (const b of blocks) {
    if (b.x.length !== b.y.length || b.x.length !== b.z.length) throw badRequest('x, y and z must have the same length', 'samples');
    if (b.x.length < 2) throw badRequest('need at least 2 samples', 'samples');
    if (!(b.rateHz >= 20 && b.rateHz <= 2000)) throw badRequest(`sampling rate must be 20–2000 Hz, got ${b.rateHz}`, 'rate_hz');
    for (const a of [b.x, b.y, b.z]) for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) throw badRequest(`sample ${i} is not a number`, 'samples');
    const now = core.deps.clock.now();
    if (b.t0Ms < Date.UTC(1990, 0, 1) || b.t0Ms + (b.x.length * 1000) / b.rateHz > now + DAY) throw badRequest(`time ${iso(b.t0Ms)} is not plausible (before 1990 or more than a day ahead)`, 'start');
  }
  const started = performance.now();

  const insertChunk = c.prepare(
    `INSERT INTO motion_chunks (subject_id, device_id, t0, t1, rate_hz, n, scale, x, y, z, created_at, codec) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const overlapping = c.prepare(`SELECT 1 FROM motion_chunks WHERE subject_id = ? AND device_id = ? AND t0 >= ? AND t0 < ? AND t1 > ? LIMIT 1`).pluck();
  const codec = opts.codec ?? CODEC_DELTA_DEFLATE;
  const before = c.prepare<[string, string, number, number], ChunkRow>(`SELECT t0, t1, rate_hz, n, scale, codec, x, y, z FROM motion_chunks WHERE subject_id = ? AND device_id = ? AND t0 >= ? AND t0 < ? ORDER BY t0 DESC`);
  const minuteRows = c.prepare<[string, number, number], MinuteRow>(`SELECT t, features, flags, settled FROM tremor_minutes WHERE subject_id = ? AND t >= ? AND t <= ?`);
  const upsertMinute = c.prepare(
    `INSERT INTO tremor_minutes (subject_id, t, device_id, seconds, tremor_seconds, tremor_percent, dominant_hz, magnitude, active_percent, features, flags, settled, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(subject_id, t) DO UPDATE SET device_id = excluded.device_id, seconds = excluded.seconds, tremor_seconds = excluded.tremor_seconds,
       tremor_percent = excluded.tremor_percent, dominant_hz = excluded.dominant_hz, magnitude = excluded.magnitude, active_percent = excluded.active_percent,
       features = excluded.features, flags = excluded.flags, settled = excluded.settled, updated_at = excluded.updated_at`,
  );

  let samples = 0;
  let stored = 0;
  let chunks = 0;
  let dupChunks = 0;
  let seconds = 0;
  let from = Infinity;
  let to = -Infinity;
  const touched = new Map<number, Slots>();
  /** Minutes that received seconds of the uploaded samples themselves (not only context). */
  const fresh = new Set<number>();
  /** Minutes whose per-second detail has aged out: their stored result stands. */
  const closed = new Set<number>();
  const observations: Array<{ id: string; metric: string; t: string; value: number; device_id?: string }> = [];

  const result = c.transaction(() => {
    for (const b of blocks) {
      const n = b.x.length;
      const rate = b.rateHz;
      const period = 1000 / rate;
      const endMs = b.t0Ms + n * period;
      samples += n;
      from = Math.min(from, b.t0Ms);
      to = Math.max(to, endMs);

      // 1. Context: stored samples contiguous with the block's start, same rate.
      const prev = before.all(subjectId, deviceKey, b.t0Ms - 70_000, b.t0Ms);
      const ctxParts: ChunkRow[] = [];
      let edge = b.t0Ms;
      let have = 0;
      for (const r of prev) {
        const rEnd = r.t0 + (r.n * 1000) / r.rate_hz;
        if (Math.abs(r.rate_hz - rate) > 0.005 * rate || Math.abs(rEnd - edge) > 1.5 * period) break;
        ctxParts.unshift(r);
        have += r.n;
        edge = r.t0;
        if (have >= CONTEXT_S * rate) break;
      }
      // Whole seconds of context keep the second grid of the earlier piece.
      const k = Math.min(Math.round(CONTEXT_S * rate), Math.round(Math.floor(have / rate) * rate));
      const ctx = { x: new Float32Array(k), y: new Float32Array(k), z: new Float32Array(k) };
      if (k > 0) {
        let skip = have - k;
        let at = 0;
        for (const r of ctxParts) {
          const s0 = Math.min(r.n, skip);
          skip -= s0;
          if (s0 === r.n) continue;
          decodeAxisInto(r.x, r.codec, r.n, r.scale, ctx.x, at, s0, r.n);
          decodeAxisInto(r.y, r.codec, r.n, r.scale, ctx.y, at, s0, r.n);
          decodeAxisInto(r.z, r.codec, r.n, r.scale, ctx.z, at, s0, r.n);
          at += r.n - s0;
        }
      }

      // 2. Raw chunks, cut at wall-clock minutes; overlapping stored data is not stored twice.
      let s = 0;
      while (s < n) {
        const tS = b.t0Ms + s * period;
        const nextMin = (Math.floor(tS / MINUTE) + 1) * MINUTE;
        const e = Math.min(n, Math.max(s + 1, Math.ceil((nextMin - b.t0Ms) / period - 1e-9)));
        const c0 = Math.round(tS);
        const c1 = Math.round(b.t0Ms + e * period);
        if (overlapping.get(subjectId, deviceKey, c0 - 61_000, c1, c0)) dupChunks++;
        else {
          let max = 0;
          for (const a of [b.x, b.y, b.z]) for (let i = s; i < e; i++) max = Math.max(max, Math.abs(a[i]!));
          const scale = max > 0 ? max / 32767 : 1e-6;
          const enc = (a: ArrayLike<number>) => encodeCodes(quantize(a, s, e, scale), codec);
          insertChunk.run(subjectId, deviceKey, c0, c1, rate, e - s, scale, enc(b.x), enc(b.y), enc(b.z), core.deps.clock.now(), codec);
          chunks++;
          stored += e - s;
        }
        s = e;
      }

      // 3. Per-second features over context + block.
      const an = new TremorAnalyzer({ rateHz: rate }, Math.ceil((n + k) / rate) + 2);
      if (k > 0) an.push(ctx.x, ctx.y, ctx.z);
      an.push(b.x, b.y, b.z);
      an.finish();
      const f = an.all();
      const ctxStart = b.t0Ms - k * period;
      const firstJ = k > 0 ? WARMUP_S : 0;
      const baseSec = Math.round(ctxStart / 1000);
      const lo = Math.floor(((baseSec + firstJ) * 1000) / MINUTE) * MINUTE;
      const hi = Math.floor(endMs / MINUTE) * MINUTE;
      for (const r of minuteRows.all(subjectId, lo, hi)) {
        if (touched.has(r.t) || closed.has(r.t)) continue;
        // Its per-second detail aged out (raw-retention.ts pruneMinuteDetail): the stored
        // result is all there is of the seconds before, so a late piece must not replace it.
        if (r.features.length === 0) {
          closed.add(r.t);
          continue;
        }
        const feat = new Float32Array(60 * NF);
        new Uint8Array(feat.buffer).set(r.features.subarray(0, feat.byteLength));
        touched.set(r.t, { features: feat, flags: new Uint8Array(r.flags), settled: r.settled });
      }
      for (let j = 0; j < f.second.length; j++) {
        if (f.second[j]! < firstJ) continue;
        const abs = (baseSec + f.second[j]!) * 1000;
        const m = Math.floor(abs / MINUTE) * MINUTE;
        if (closed.has(m)) continue;
        let sl = touched.get(m);
        if (!sl) touched.set(m, (sl = { features: new Float32Array(60 * NF), flags: new Uint8Array(60), settled: 0 }));
        const slot = Math.round((abs - m) / 1000);
        sl.features[slot * NF] = f.bandRms[j]!;
        sl.features[slot * NF + 1] = f.peakHz[j]!;
        sl.features[slot * NF + 2] = f.movementRms[j]!;
        sl.features[slot * NF + 3] = f.bandRatio[j]!;
        sl.flags[slot] = f.tremor[j] ? 2 : 1;
        if (abs >= b.t0Ms - 500) {
          seconds++;
          fresh.add(m);
        }
      }
      // Settling: the block's end decides for the minutes it reaches.
      for (const [m, sl] of touched) {
        if (m > hi || m < lo) continue;
        if (final || m + MINUTE + SETTLE_MS <= endMs) sl.settled = sl.settled === 1 ? 1 : -1; // -1: settle now
      }
    }

    // 4. Minutes: aggregates, rows, and observations for the newly settled ones.
    let tremorMinutes = 0;
    let alreadyThere = 0;
    const now = core.deps.clock.now();
    for (const [m, sl] of touched) {
      const agg = aggregateSlots(sl);
      if (!agg) continue;
      if (agg.tremor_percent >= TREMOR_MINUTE_PERCENT) tremorMinutes++;
      const newlySettled = sl.settled === -1;
      if (sl.settled === 1 && fresh.has(m)) alreadyThere += 2;
      upsertMinute.run(
        subjectId, m, opts.deviceId ?? null, agg.seconds, agg.tremor_seconds, agg.tremor_percent, agg.dominant_hz, agg.magnitude, agg.active_percent,
        Buffer.from(sl.features.buffer, sl.features.byteOffset, sl.features.byteLength), Buffer.from(sl.flags), sl.settled === 0 ? 0 : 1, now,
      );
      if (newlySettled) {
        const t = iso(m);
        const dev = opts.deviceId !== undefined ? { device_id: opts.deviceId } : {};
        observations.push({ id: minuteObservationId(subjectId, 'tremor_percent', m), metric: 'tremor_percent', t, value: agg.tremor_percent, ...dev });
        observations.push({ id: minuteObservationId(subjectId, 'tremor_magnitude', m), metric: 'tremor_magnitude', t, value: agg.magnitude, ...dev });
      }
    }
    observations.sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
    // Last step inside the transaction: ingest publishes its events when it returns.
    const ing = observations.length > 0 ? core.ingest(ctx, subjectId, observations) : { accepted: 0, duplicates: 0 };
    return { tremorMinutes, ing: { accepted: ing.accepted, duplicates: ing.duplicates + alreadyThere } };
  })();
  const ms = performance.now() - started;
  log.info('motion upload', { subject: subjectId, samples, chunks, duplicate_chunks: dupChunks, minutes: touched.size, ms: Math.round(ms) });
  return {
    samples,
    stored_samples: stored,
    chunks,
    duplicate_chunks: dupChunks,
    rate_hz: blocks[0]!.rateHz,
    from: iso(Math.floor(from)),
    to: iso(Math.ceil(to)),
    seconds,
    minutes: touched.size,
    tremor_minutes: result.tremorMinutes,
    observations: { accepted: result.ing.accepted, duplicates: result.ing.duplicates },
  };
}

/** One stored chunk of raw samples, decoded (m/s², as quantised when stored). */
export interface RawMotionChunk { deviceId: string; t0Ms: number; t1Ms: number; rateHz: number; x: Float32Array; y: Float32Array; z: Float32Array }

/**
 * The raw samples stored for a subject with t0 in [fromMs, toMs), oldest first, whatever
 * codec each chunk was written with (re-analysis, exports). Samples past the subject's
 * `raw_retention_days` are gone (raw-retention.ts); their minutes stay.
 */
export function readRawMotion(core: Core, ctx: CallContext, subjectId: string, fromMs: number, toMs: number, deviceId?: string): RawMotionChunk[] {
  core.access.require(ctx, subjectId, 'read');
  const rows = core.deps.db.$client
    .prepare<[string, string | null, string | null, number, number], ChunkRow & Pick<SqlRow<typeof motionChunks>, 'device_id'>>(`SELECT device_id, t0, t1, rate_hz, n, scale, codec, x, y, z FROM motion_chunks WHERE subject_id = ? AND (? IS NULL OR device_id = ?) AND t0 >= ? AND t0 < ? ORDER BY t0, device_id`)
    .all(subjectId, deviceId ?? null, deviceId ?? null, fromMs, toMs);
  return rows.map((r) => {
    const axis = (b: Buffer) => {
      const out = new Float32Array(r.n);
      decodeAxisInto(b, r.codec, r.n, r.scale, out, 0, 0, r.n);
      return out;
    };
    return { deviceId: r.device_id, t0Ms: r.t0, t1Ms: r.t1, rateHz: r.rate_hz, x: axis(r.x), y: axis(r.y), z: axis(r.z) };
  });
}

type StoredMinute = Pick<SqlRow<typeof tremorMinutes>, 't' | 'tremor_percent' | 'dominant_hz' | 'magnitude' | 'active_percent' | 'seconds'>;

/** Stored minutes in [fromMs, toMs), oldest first. */
export function storedMinutes(core: Core, subjectId: string, fromMs: number, toMs: number): StoredMinute[] {
  return core.deps.db.$client
    .prepare<[string, number, number], StoredMinute>(`SELECT t, tremor_percent, dominant_hz, magnitude, active_percent, seconds FROM tremor_minutes WHERE subject_id = ? AND t >= ? AND t < ? ORDER BY t`)
    .all(subjectId, fromMs, toMs);
}

const toPoint = (m: StoredMinute): MinutePoint => ({ t: m.t, tremor_percent: m.tremor_percent, magnitude: m.magnitude, active_percent: m.active_percent });

type EventRow = Pick<SqlRow<typeof events>, 'id' | 't' | 'data'>;
const toDose = (r: EventRow): Dose => {
  const d = JSON.parse(r.data) as { drug?: unknown; dose_mg?: unknown };
  return { id: r.id, t: iso(r.t), drug: typeof d.drug === 'string' ? d.drug : 'unknown', dose_mg: typeof d.dose_mg === 'number' ? d.dose_mg : null };
};

/** Medication events in [fromMs, toMs), oldest first. */
export function listDoses(core: Core, ctx: CallContext, subjectId: string, fromMs: number, toMs: number, limit = 5000): Dose[] {
  core.access.require(ctx, subjectId, 'read');
  const rows = core.deps.db.$client
    .prepare<[string, number, number, number], EventRow>(`SELECT id, t, data FROM events WHERE subject_id = ? AND type = 'medication' AND t >= ? AND t < ? ORDER BY t, id LIMIT ?`)
    .all(subjectId, fromMs, toMs, limit);
  return rows.map(toDose);
}

export function createDose(core: Core, ctx: CallContext, subjectId: string, d: { id?: string | undefined; t: string; drug: string; dose_mg?: number | undefined }): Dose {
  core.access.require(ctx, subjectId, 'write');
  const data: Record<string, unknown> = { drug: d.drug };
  if (d.dose_mg !== undefined) data.dose_mg = d.dose_mg;
  const { event } = core.events.write(subjectId, { ...(d.id !== undefined ? { id: d.id } : {}), type: 'medication', t: d.t, data }, ctx.user!.id);
  if (event.subject_id !== subjectId || event.type !== 'medication') throw badRequest(`id ${d.id} is taken by another record`, 'id');
  return toDose({ id: event.id, t: Date.parse(event.t), data: JSON.stringify(event.data) });
}

function doseRow(core: Core, subjectId: string, id: string): EventRow {
  const r = core.deps.db.$client.prepare<[string, string], EventRow>(`SELECT id, t, data FROM events WHERE id = ? AND subject_id = ? AND type = 'medication'`).get(id, subjectId);
  if (!r) throw notFound(`no dose ${id}`);
  return r;
}

export function updateDose(core: Core, ctx: CallContext, subjectId: string, id: string, patch: { t?: string | undefined; drug?: string | undefined; dose_mg?: number | null | undefined }): Dose {
  core.access.require(ctx, subjectId, 'write');
  const c = core.deps.db.$client;
  return c.transaction(() => {
    const r = doseRow(core, subjectId, id);
    const data = JSON.parse(r.data) as Record<string, unknown>;
    if (patch.drug !== undefined) data.drug = patch.drug;
    if (patch.dose_mg === null) delete data.dose_mg;
    else if (patch.dose_mg !== undefined) data.dose_mg = patch.dose_mg;
    const clean = core.events.clean('medication', data);
    const t = patch.t !== undefined ? Date.parse(patch.t) : r.t;
    c.prepare(`UPDATE events SET t = ?, data = ?, updated_at = MAX(?, COALESCE(updated_at, created_at) + 1) WHERE subject_id = ? AND id = ?`).run(t, JSON.stringify(clean), core.deps.clock.now(), subjectId, id);
    audit(core.deps, ctx.user!.id, 'dose.update', subjectId, { id, ...patch });
    return toDose({ id, t, data: JSON.stringify(clean) });
  })();
}

export function deleteDose(core: Core, ctx: CallContext, subjectId: string, id: string): void {
  core.access.require(ctx, subjectId, 'write');
  const c = core.deps.db.$client;
  c.transaction(() => {
    core.events.remove(subjectId, id, 'medication');
    audit(core.deps, ctx.user!.id, 'dose.delete', subjectId, { id });
  })();
}

/** [from, to) of a local date, epoch ms: midnight to midnight on the clock (23 or 25 hours across a change in a zone). */
export function localDay(date: string, clock: LocalClock): { from: number; to: number } {
  const b = localDayBounds(clock, date);
  if (Number.isNaN(b.from)) throw badRequest(`${date} is not a date`, 'date');
  return b;
}

const median = (v: number[]): number | null => {
  if (v.length === 0) return null;
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const r4 = (v: number) => Math.round(v * 1e4) / 1e4;

/** The day's "shake by minute" with its doses. */
export function tremorDay(core: Core, ctx: CallContext, subjectId: string, date: string, clock: LocalClock): TremorDayOutput {
  core.access.require(ctx, subjectId, 'read');
  const { from, to } = localDay(date, clock);
  const rows = storedMinutes(core, subjectId, from, to);
  // Minutes count from the day's midnight in elapsed time, so the 23- or 25-hour day of a
  // change is 1,380 or 1,500 of them; the wall clock each reads is beside it.
  const minutes: TremorMinuteRow[] = rows.map((r) => ({
    minute: Math.round((r.t - from) / MINUTE), clock: wallAt(clock, r.t).slice(11, 16), t: iso(r.t), tremor_percent: r.tremor_percent, dominant_hz: r.dominant_hz,
    magnitude: r.magnitude, active_percent: r.active_percent, seconds: r.seconds,
  }));
  const withTremor = rows.filter((r) => r.tremor_percent >= TREMOR_MINUTE_PERCENT);
  const doses = listDoses(core, ctx, subjectId, from, to);
  return {
    date, time_zone: zoneOf(clock), utc_offset_min: offsetMinAt(clock, from), from: iso(from), to: iso(to),
    minutes_in_day: Math.round((to - from) / MINUTE), minutes, hours: hourRows(clock, from, to, rows, doses),
    doses,
    summary: {
      recorded_minutes: rows.length,
      tremor_minutes: withTremor.length,
      tremor_percent: rows.length ? r4(rows.reduce((s, r) => s + r.tremor_percent, 0) / rows.length) : null,
      dominant_hz: median(withTremor.map((r) => r.dominant_hz).filter((v): v is number => v !== null)),
      magnitude: median(withTremor.map((r) => r.magnitude)),
      // The same load the trend and the dose response use: tremor time × amplitude, per minute.
      load: rows.length ? r4(rows.reduce((s, r) => s + (r.tremor_percent / 100) * r.magnitude, 0) / rows.length) : null,
    },
  };
}

/** Newest stored minute of a subject, epoch ms (null when none). */
function newestMinute(core: Core, subjectId: string): number | null {
  return core.deps.db.$client.prepare<[string], number | null>(`SELECT MAX(t) FROM tremor_minutes WHERE subject_id = ?`).pluck().get(subjectId)!;
}

/** Per-dose response over a local date or a range (≤ 31 days); default: the newest day with data. */
export function tremorResponse(
  core: Core, ctx: CallContext, subjectId: string,
  q: { date?: string | undefined; from?: string | undefined; to?: string | undefined; clock: LocalClock; beforeMin?: number; afterFromMin?: number; afterToMin?: number },
): TremorResponseOutput {
  core.access.require(ctx, subjectId, 'read');
  let from: number;
  let to: number;
  if (q.date) ({ from, to } = localDay(q.date, q.clock));
  else if (q.from || q.to) {
    to = q.to ? Date.parse(q.to) : core.deps.clock.now();
    from = q.from ? Date.parse(q.from) : to - DAY;
  } else {
    const newest = newestMinute(core, subjectId) ?? core.deps.clock.now();
    ({ from, to } = localDay(wallAt(q.clock, newest).slice(0, 10), q.clock));
  }
  if (!(to > from)) throw badRequest('to must be after from', 'to');
  if (to - from > 31 * DAY) throw badRequest('at most 31 days at a time', 'from');
  const beforeMin = q.beforeMin ?? 60;
  const afterFromMin = q.afterFromMin ?? 30;
  const afterToMin = q.afterToMin ?? 120;
  if (afterToMin <= afterFromMin) throw badRequest('after_to_min must be greater than after_from_min', 'after_to_min');
  const minutes = storedMinutes(core, subjectId, from - beforeMin * MINUTE, to + afterToMin * MINUTE);
  const doses = listDoses(core, ctx, subjectId, from, to);
  const r = medicationResponse(minutes.map(toPoint), doses.map((d) => ({ id: d.id, t: d.t, drug: d.drug })), { beforeMin, afterFromMin, afterToMin });
  // The before/after windows are spans of elapsed minutes around each dose's instant: a change of clocks inside one moves no minute.
  return { time_zone: zoneOf(q.clock), from: iso(from), to: iso(to), ...r, series: loadSeries(minutes, from, to) };
}

/**
 * Tremor load (tremor_percent/100 × magnitude, m/s²) over resting minutes, as a centred
 * 15-min moving average: the quantity the response compares, for the chart. One point per
 * minute for a day, per 5 minutes beyond two days.
 */
export function loadSeries(minutes: readonly StoredMinute[], from: number, to: number): Array<{ t: string; load: number | null }> {
  const n = Math.ceil((to - from) / MINUTE);
  const v = new Float64Array(n).fill(Number.NaN);
  for (const m of minutes) {
    const i = Math.round((m.t - from) / MINUTE);
    if (i >= 0 && i < n && m.active_percent <= 50) v[i] = (m.tremor_percent / 100) * m.magnitude;
  }
  const step = to - from > 2 * DAY ? 5 : 1;
  const out: Array<{ t: string; load: number | null }> = [];
  for (let i = 0; i < n; i += step) {
    let s = 0;
    let c = 0;
    for (let k = Math.max(0, i - 7); k <= Math.min(n - 1, i + 7); k++) {
      if (v[k] !== v[k]) continue;
      s += v[k]!;
      c++;
    }
    out.push({ t: iso(from + i * MINUTE), load: c >= 5 ? r4(s / c) : null });
  }
  return out;
}

/** Minutes of wear a day needs to count in the trend: 2 hours, as dailySummary's default. */
const MIN_WEAR_MINUTES = 120;

/** Daily summary and trend over weeks (default: the 12 weeks up to the newest data). */
export function tremorProgression(core: Core, ctx: CallContext, subjectId: string, q: { from?: string | undefined; to?: string | undefined; clock: LocalClock; metric: TrendMetric }): TremorProgressionOutput {
  core.access.require(ctx, subjectId, 'read');
  const newest = newestMinute(core, subjectId);
  const to = q.to ? Date.parse(q.to) : (newest ?? core.deps.clock.now()) + MINUTE;
  const from = q.from ? Date.parse(q.from) : to - 84 * DAY;
  if (!(to > from)) throw badRequest('to must be after from', 'to');
  if (to - from > 800 * DAY) throw badRequest('at most 800 days at a time', 'from');
  const points = storedMinutes(core, subjectId, from, to).map(toPoint);
  // Every worn day, then those worn long enough to count: the rest are reported as too short.
  // Each minute on its own day of the clock: a fixed offset would move the late evening of the days before a change into the next.
  const worn = dailySummary(points, { offsetMinAt: (t) => offsetMinAt(q.clock, t), minMinutes: 1 });
  const daily = worn.filter((d) => d.minutes >= MIN_WEAR_MINUTES);
  const trend = tremorTrend(daily, { metric: q.metric, minMinutes: MIN_WEAR_MINUTES, shortDays: worn.length - daily.length });
  const weeks = new Map<number, number[]>();
  const d0 = daily[0]?.day ?? 0;
  for (const d of daily) {
    const w = Math.floor((d.day - d0) / 7);
    const a = weeks.get(w) ?? [];
    a.push(d[q.metric]);
    weeks.set(w, a);
  }
  const weekly = [...weeks.entries()].map(([w, v]) => ({
    week_start: new Date((d0 + 7 * w) * DAY).toISOString().slice(0, 10),
    days: v.length,
    mean: r4(v.reduce((s, x) => s + x, 0) / v.length),
  }));
  const round = (d: (typeof daily)[number]) => ({ ...d, tremor_percent: r4(d.tremor_percent), magnitude: r4(d.magnitude), load: r4(d.load) });
  return { time_zone: zoneOf(q.clock), from: iso(from), to: iso(to), trend: { ...trend, daily: trend.daily.map(round) }, weekly };
}

/**
 * Stored minutes in [fromMs, toMs) and of them those with tremor ≥ 50 % of the minute: the
 * totals of a recording uploaded in several pieces (each piece's own counts include the minutes
 * it re-analysed from the piece before, so they cannot be summed).
 */
export function storedMinuteCounts(core: Core, ctx: CallContext, subjectId: string, fromMs: number, toMs: number): { minutes: number; tremor_minutes: number } {
  core.access.require(ctx, subjectId, 'read');
  const r = core.deps.db.$client
    .prepare<[number, string, number, number], { minutes: number; tremor_minutes: number }>(`SELECT COUNT(*) AS minutes, COALESCE(SUM(tremor_percent >= ?), 0) AS tremor_minutes FROM tremor_minutes WHERE subject_id = ? AND t >= ? AND t < ?`)
    .get(TREMOR_MINUTE_PERCENT, subjectId, Math.floor(fromMs / MINUTE) * MINUTE, toMs)!;
  return r;
}
