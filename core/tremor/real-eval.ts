/**
 * Evaluation of the tremor detector on real recordings (core/tremor/PROTOCOL-v2.md): loads
 * `../shared/data/tremor/` (pdassist, PADS subset, WISDM watch), splits it by person, runs the
 * detector, forms segments and scores them. Used by eval-real.ts; the app never loads this data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TREMOR_MINUTE_PERCENT, analyzeSeconds } from './analysis';
import type { Decision, SecondFeatures } from './analysis';

const G = 9.80665;

export type RealSource = 'pdassist' | 'pads' | 'wisdm';
export type Split = 'dev' | 'heldout';

/** One real recording, in m/s², cut into the pieces that are contiguous in time. */
export interface RealRecording {
  source: RealSource;
  /** File path relative to the data folder. */
  file: string;
  /** Person id, or the segment's own id where the source has none (pdassist). */
  id: string;
  /** WISDM activity, PADS task, or `rest-test` for pdassist. */
  activity: string;
  /** 1 tremor, 0 no tremor, null not scored (pads_002's movement tasks). */
  label: 0 | 1 | null;
  /** pdassist severity 0–3; null elsewhere. */
  severity: number | null;
  split: Split;
  rateHz: number;
  /** Contiguous pieces (pdassist windows; one piece elsewhere). */
  pieces: { x: Float64Array; y: Float64Array; z: Float64Array }[];
}

/** FNV-1a 32-bit hash of a string's UTF-8 bytes (the protocol's split function). */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (const c of new TextEncoder().encode(s)) {
    h ^= c;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The protocol's split: PADS by hand (the only smartwatch tremor, pads_002, is held out with
 * pads_001), everything else held out when the id's hash mod 100 is below 30.
 */
export function splitOf(source: RealSource, id: string): Split {
  if (source === 'pads') return id === 'pads_003' ? 'dev' : 'heldout';
  return fnv1a32(id) % 100 < 30 ? 'heldout' : 'dev';
}

/** PADS tasks of pads_002 scored as tremor (rest and postural); its movement tasks are not scored. */
export const PADS_TREMOR_TASKS: readonly string[] = ['Relaxed1', 'Relaxed2', 'RelaxedTask1', 'RelaxedTask2', 'StretchHold', 'HoldWeight'];
/** WISDM activities with rhythmic hand movement, reported separately as hard negatives. */
export const RHYTHMIC_ADL: readonly string[] = ['brushing_teeth', 'clapping', 'writing', 'typing'];

function readCsv(path: string): { header: string[]; rows: number[][] } {
  const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const rows = lines.slice(1).map((l) => l.split(',').map(Number));
  return { header, rows };
}

function piece(rows: number[][], cx: number, scale: number): { x: Float64Array; y: Float64Array; z: Float64Array } {
  const n = rows.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = rows[i][cx] * scale;
    y[i] = rows[i][cx + 1] * scale;
    z[i] = rows[i][cx + 2] * scale;
  }
  return { x, y, z };
}

/** Parses a CSV line with quoted fields (index.csv has commas inside quotes). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (const ch of line) {
    if (ch === '"') q = !q;
    else if (ch === ',' && !q) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Loads every recording of the protocol from the data folder (../shared/data/tremor). */
export function loadRealRecordings(dir: string): RealRecording[] {
  const recs: RealRecording[] = [];
  const idxLines = readFileSync(join(dir, 'index.csv'), 'utf8').trim().split(/\r?\n/);
  const head = splitCsvLine(idxLines[0]);
  const col = (name: string): number => head.indexOf(name);
  for (const line of idxLines.slice(1)) {
    const f = splitCsvLine(line);
    const file = f[col('file')];
    const id = f[col('subject_id')];
    const activity = f[col('activity')];
    const rateHz = Number(f[col('rate_hz')]);
    const source: RealSource = id.startsWith('pads') ? 'pads' : 'wisdm';
    let label: 0 | 1 | null = 0;
    if (id === 'pads_002') label = PADS_TREMOR_TASKS.includes(activity) ? 1 : null;
    const { header, rows } = readCsv(join(dir, file));
    recs.push({ source, file, id, activity, label, severity: null, split: splitOf(source, id), rateHz, pieces: [piece(rows, header.indexOf('x'), G)] });
  }
  const pdLines = readFileSync(join(dir, 'pdassist', 'index.csv'), 'utf8').trim().split(/\r?\n/);
  for (const line of pdLines.slice(1)) {
    const [file, , , sev] = line.split(',');
    const id = file.replace(/\.csv$/, '');
    const { header, rows } = readCsv(join(dir, 'pdassist', file));
    const cw = header.indexOf('window');
    const byWindow = new Map<number, number[][]>();
    for (const r of rows) {
      const w = byWindow.get(r[cw]);
      if (w) w.push(r);
      else byWindow.set(r[cw], [r]);
    }
    const severity = Number(sev);
    recs.push({
      source: 'pdassist', file: `pdassist/${file}`, id, activity: 'rest-test', label: severity > 0 ? 1 : 0, severity,
      split: splitOf('pdassist', id), rateHz: 50, pieces: [...byWindow.values()].map((w) => piece(w, header.indexOf('x'), 1)),
    });
  }
  return recs;
}

/** One scored segment. */
export interface SegmentResult {
  file: string;
  source: RealSource;
  id: string;
  activity: string;
  label: 0 | 1 | null;
  /** First second of the segment within its recording (pdassist: 0). */
  start: number;
  seconds: number;
  tremorSeconds: number;
  called: boolean;
  /** Median dominant Hz of the tremor seconds; null when none. */
  dominantHz: number | null;
}

/** WISDM segments are 10 s blocks; a trailing block shorter than this is dropped. */
export const BLOCK_S = 10;
export const MIN_BLOCK_S = 5;

/** Whether a segment with these counts is called tremor (the per-minute percent rule). */
export function segmentCalled(seconds: number, tremorSeconds: number): boolean {
  return seconds > 0 && (100 * tremorSeconds) / seconds >= TREMOR_MINUTE_PERCENT;
}

function median(v: number[]): number | null {
  if (v.length === 0) return null;
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Cuts per-second features into the protocol's segments: the whole of `features` as one
 * segment when `block` is 0, else blocks of `block` seconds (a short trailing block dropped).
 */
export function segmentFeatures(features: SecondFeatures[], block: number): { start: number; seconds: number; tremorSeconds: number; hz: number[] }[] {
  const secs: { second: number; tremor: boolean; hz: number }[] = [];
  let offset = 0;
  for (const f of features) {
    for (let i = 0; i < f.second.length; i++) secs.push({ second: offset + f.second[i], tremor: f.tremor[i] === 1, hz: f.peakHz[i] });
    offset += f.second.length > 0 ? f.second[f.second.length - 1] + 1 : 0;
  }
  const groups = new Map<number, typeof secs>();
  for (const s of secs) {
    const k = block > 0 ? Math.floor(s.second / block) : 0;
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  }
  const out: { start: number; seconds: number; tremorSeconds: number; hz: number[] }[] = [];
  for (const [k, g] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
    if (block > 0 && g.length < MIN_BLOCK_S) continue;
    const tre = g.filter((s) => s.tremor);
    out.push({ start: k * block, seconds: g.length, tremorSeconds: tre.length, hz: tre.map((s) => s.hz) });
  }
  return out;
}

/** Runs the detector over one recording and returns its per-piece second features. */
export function analyzeRecording(rec: RealRecording, decision?: Partial<Decision>): SecondFeatures[] {
  return rec.pieces.map((p) => {
    const t = new Float64Array(p.x.length);
    for (let i = 0; i < t.length; i++) t[i] = i / rec.rateHz;
    return analyzeSeconds({ t, x: p.x, y: p.y, z: p.z }, decision ? { rateHz: rec.rateHz, decision } : { rateHz: rec.rateHz });
  });
}

/** Scores one recording's segments. */
export function scoreRecording(rec: RealRecording, decision?: Partial<Decision>): SegmentResult[] {
  const feats = analyzeRecording(rec, decision);
  const segs = segmentFeatures(feats, rec.source === 'wisdm' ? BLOCK_S : 0);
  return segs.map((s) => ({
    file: rec.file, source: rec.source, id: rec.id, activity: rec.activity, label: rec.label, start: s.start, seconds: s.seconds,
    tremorSeconds: s.tremorSeconds, called: segmentCalled(s.seconds, s.tremorSeconds), dominantHz: median(s.hz),
  }));
}

/** Wilson score interval for k successes in n trials (95 % by default). */
export function wilson(k: number, n: number, z = 1.959964): { p: number; lo: number; hi: number } {
  if (n === 0) return { p: Number.NaN, lo: Number.NaN, hi: Number.NaN };
  const p = k / n;
  const z2 = z * z;
  const den = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / den;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / den;
  return { p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** A proportion with its Wilson 95 % interval, rounded for the report. */
export interface Rate {
  k: number;
  n: number;
  rate: number;
  ci95: [number, number];
}

export function rate(k: number, n: number): Rate {
  const w = wilson(k, n);
  const r = (v: number): number => Math.round(v * 1e4) / 1e4;
  return { k, n, rate: r(w.p), ci95: [r(w.lo), r(w.hi)] };
}

/** Sensitivity over label-1 segments and specificity over label-0 segments. */
export function sensSpec(segs: SegmentResult[]): { sensitivity: Rate; specificity: Rate } {
  const pos = segs.filter((s) => s.label === 1);
  const neg = segs.filter((s) => s.label === 0);
  return { sensitivity: rate(pos.filter((s) => s.called).length, pos.length), specificity: rate(neg.filter((s) => !s.called).length, neg.length) };
}
