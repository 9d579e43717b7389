/**
 * Runs forecast v2 (`glucose-forecast-v2.onnx`, trained by `train-v2.py`, protocol in
 * PROTOCOL-v2.md, results in MODEL.md) with onnxruntime-node. Its inputs are the glucose
 * history and, where the person logged any in the last 24 hours, insulin and carbohydrate on
 * board from their own boluses and meals. Input preparation mirrors train-v2.py and is
 * checked against it by forecast-model-v2.integration.test.ts (parity-v2.json).
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { InferenceSession } from 'onnxruntime-node';
import { fractionRemaining } from '../insulin-action/insulin-on-board';

/**
 * Whether the app uses v2 ahead of v1: only if v2 beat v1 on the validation people
 * (PROTOCOL-v2.md ship rule; eval-v2.json `validation_ship_check.v2_beats_v1`, pinned by a test).
 */
export const V2_SHIPPED = true;
export const V2_STEP_MIN = 5;
/** Grid points of glucose history (train-report-v2.json `history_points`). */
export const V2_HISTORY = 13;
export const V2_HORIZONS = 27;
/** Readings further apart than this are not bridged: 15-minute sensors often step 16–20 minutes. */
export const V2_MAX_GAP_MIN = 20;
/** A bolus or meal within this many minutes before the forecast time switches the event inputs on. */
export const EVENTS_LOOKBACK_MIN = 24 * 60;
/**
 * The dose calculator's curve (insulin-on-board.ts) at a fixed 5 h duration and 75 min peak:
 * the training data carry no per-person settings, so the model only knows this one.
 */
export const V2_IOB_CURVE = { durationMin: 300, peakMin: 75 } as const;
/** Carbohydrate absorbed linearly over this long from the logged time (Loop's "medium"). */
export const CARB_ABSORPTION_MIN = 180;
/** Minutes after the forecast time at which insulin and carbohydrate on board are given. */
export const AHEAD_MIN = [0, 30, 60, 120] as const;
const SCALE = 50;
const CENTRE = 140;
const IOB_SCALE = 10;
const COB_SCALE = 50;
export const V2_INPUTS = V2_HISTORY + 1 + 2 * AHEAD_MIN.length;

const modelDir = () => (process.env.TEND_MODELS_DIR ? pathToFileURL(join(process.env.TEND_MODELS_DIR, 'glucose-forecast') + '/') : new URL('./', import.meta.url));

/**
 * Glucose on the 5-minute grid of the V2_HISTORY points (60 minutes) ending at reading `newest` (oldest
 * first), interpolating between readings at most 20 minutes apart; null where the window
 * has a longer gap or starts before the first reading. Times in minutes, ascending.
 */
export function gridBeforeV2(t: ArrayLike<number>, v: ArrayLike<number>, newest: number): number[] | null {
  const t0 = t[newest]! - (V2_HISTORY - 1) * V2_STEP_MIN;
  let i = newest;
  while (i > 0 && t[i]! > t0) i--;
  if (t[i]! > t0) return null;
  const out: number[] = [];
  for (let k = 0; k < V2_HISTORY; k++) {
    const q = t[newest]! + (k - (V2_HISTORY - 1)) * V2_STEP_MIN;
    while (i < newest && t[i + 1]! <= q) i++;
    if (t[i] === q) {
      out.push(v[i]!);
      continue;
    }
    const j = i + 1;
    if (j > newest || t[j]! - t[i]! > V2_MAX_GAP_MIN) return null;
    const w = (q - t[i]!) / (t[j]! - t[i]!);
    out.push(v[i]! + w * (v[j]! - v[i]!));
  }
  return out;
}

/**
 * Forecast times of a series: indices of readings at least 4 minutes after the previous one
 * kept (train-v2.py `anchors`), so extra 1–3-minute scans do not weigh more.
 */
export function anchorIndices(t: ArrayLike<number>): number[] {
  const keep: number[] = [];
  let last = -Infinity;
  for (let n = 0; n < t.length; n++) {
    if (t[n]! - last >= 4) {
      keep.push(n);
      last = t[n]!;
    }
  }
  return keep;
}

/** A logged bolus (minutes since the epoch, units) or meal (minutes, grams of carbohydrate). */
export interface TimedAmount {
  t: number;
  amount: number;
}

/** What the event inputs were at one forecast time: whether used, and the values now (U, g). */
export interface EventInputs {
  used: boolean;
  iob_u: number;
  cob_g: number;
  /** The model's event inputs: [events, IOB at AHEAD ÷ 10 …, COB at AHEAD ÷ 50 …]. */
  x: number[];
}

/** Σ amount·fn(at − t) over events with at − back < t ≤ at, in time order (as train-v2.py sums). */
function windowSum(events: readonly TimedAmount[], at: number, back: number, fn: (m: number) => number): number {
  let s = 0;
  for (const e of events) if (e.t > at - back && e.t <= at) s += e.amount * fn(at - e.t);
  return s;
}

/**
 * Insulin and carbohydrate inputs at `at` (minutes) from boluses and meals sorted by time.
 * Events after `at` are ignored. With no bolus or meal in the 24 hours before, the inputs are
 * all zero: the model then forecasts from glucose alone (the mode it was also trained in).
 */
export function eventInputs(at: number, boluses: readonly TimedAmount[], meals: readonly TimedAmount[]): EventInputs {
  const recent = [...boluses, ...meals].some((e) => e.t > at - EVENTS_LOOKBACK_MIN && e.t <= at);
  if (!recent) return { used: false, iob_u: 0, cob_g: 0, x: new Array<number>(1 + 2 * AHEAD_MIN.length).fill(0) };
  const iob = AHEAD_MIN.map((d) => windowSum(boluses, at, V2_IOB_CURVE.durationMin, (m) => fractionRemaining(m + d, V2_IOB_CURVE)));
  const cob = AHEAD_MIN.map((d) => windowSum(meals, at, CARB_ABSORPTION_MIN, (m) => Math.min(1, Math.max(0, 1 - (m + d) / CARB_ABSORPTION_MIN))));
  return { used: true, iob_u: iob[0]!, cob_g: cob[0]!, x: [1, ...iob.map((u) => u / IOB_SCALE), ...cob.map((g) => g / COB_SCALE)] };
}

/** Model inputs: grid points minus the newest ÷ 50, (newest − 140) ÷ 50, then the event inputs. */
export function featuresV2(grid: readonly number[], events: EventInputs): Float32Array {
  const last = grid[grid.length - 1]!;
  const x = new Float32Array(V2_INPUTS);
  for (let k = 0; k < V2_HISTORY - 1; k++) x[k] = (grid[k]! - last) / SCALE;
  x[V2_HISTORY - 1] = (last - CENTRE) / SCALE;
  events.x.forEach((e, k) => (x[V2_HISTORY + k] = e));
  return x;
}

let loading: Promise<InferenceSession> | undefined;
function session(): Promise<InferenceSession> {
  loading ??= (async () => {
    const ort = await import('onnxruntime-node');
    return ort.InferenceSession.create(fileURLToPath(new URL('./glucose-forecast-v2.onnx', modelDir())), { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Predicted change from the newest reading (mg/dL) per input row: V2_HORIZONS × [10 %, 50 %,
 * 90 %], horizons 5 … 135 min. The interval's widening (train-report-v2.json) is in the graph.
 */
export async function predictChangesV2(rows: readonly Float32Array[]): Promise<Float32Array> {
  const s = await session();
  const ort = await import('onnxruntime-node');
  const input = new Float32Array(rows.length * V2_INPUTS);
  rows.forEach((r, i) => input.set(r, i * V2_INPUTS));
  const out = await s.run({ features: new ort.Tensor('float32', input, [rows.length, V2_INPUTS]) });
  return out.change_mg_dl!.data as Float32Array;
}

/** A row's [lo, median, hi] change (mg/dL) at horizon index h (0: 5 min). */
export function quantilesAtV2(out: Float32Array, row: number, h: number): [number, number, number] {
  const r = (row * V2_HORIZONS + h) * 3;
  return [out[r]!, out[r + 1]!, out[r + 2]!];
}
