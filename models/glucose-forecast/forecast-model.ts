/**
 * Runs the glucose forecast model (`glucose-forecast.onnx`, trained by `train.py`,
 * described in MODEL.md) with onnxruntime-node. Input preparation mirrors train.py
 * (`on_grid`, `features`) and is checked against it by forecast-model.integration.test.ts.
 */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { InferenceSession } from 'onnxruntime-node';

export const STEP_MIN = 5;
export const HISTORY = 13;
export const HORIZONS = 27;
export const MAX_GAP_MIN = 15;
const SCALE = 50;
const CENTRE = 140;
/**
 * How much the 10 %/90 % quantiles' distances from the median are widened so the
 * interval holds 80 % for type 1 dynamics too (MODEL.md; calibrate-interval.ts).
 */
export const INTERVAL_WIDEN = 1.34;

const modelDir = () => (process.env.TEND_MODELS_DIR ? pathToFileURL(join(process.env.TEND_MODELS_DIR, 'glucose-forecast') + '/') : new URL('./', import.meta.url));

/**
 * Glucose on the 5-minute grid of the 60 minutes ending at reading `newest` (oldest
 * first), interpolating between readings at most 15 minutes apart; null where the window
 * has a longer gap or starts before the first reading. Times in minutes, ascending.
 */
export function gridBefore(t: ArrayLike<number>, v: ArrayLike<number>, newest: number): number[] | null {
  const t0 = t[newest]! - (HISTORY - 1) * STEP_MIN;
  let i = newest;
  while (i > 0 && t[i]! > t0) i--;
  if (t[i]! > t0) return null;
  const out: number[] = [];
  for (let k = 0; k < HISTORY; k++) {
    const q = t[newest]! + (k - (HISTORY - 1)) * STEP_MIN; // as train.py forms it, to the last bit
    while (i < newest && t[i + 1]! <= q) i++;
    if (t[i] === q) {
      out.push(v[i]!);
      continue;
    }
    const j = i + 1;
    if (j > newest || t[j]! - t[i]! > MAX_GAP_MIN) return null;
    const w = (q - t[i]!) / (t[j]! - t[i]!);
    out.push(v[i]! + w * (v[j]! - v[i]!));
  }
  return out;
}

/** Model inputs from a grid (oldest → newest): each point minus the newest ÷ 50, then (newest − 140) ÷ 50. */
export function features(grid: readonly number[]): Float32Array {
  const last = grid[grid.length - 1]!;
  const x = new Float32Array(HISTORY);
  for (let k = 0; k < HISTORY - 1; k++) x[k] = (grid[k]! - last) / SCALE;
  x[HISTORY - 1] = (last - CENTRE) / SCALE;
  return x;
}

let loading: Promise<InferenceSession> | undefined;
function session(): Promise<InferenceSession> {
  loading ??= (async () => {
    const ort = await import('onnxruntime-node');
    return ort.InferenceSession.create(fileURLToPath(new URL('./glucose-forecast.onnx', modelDir())), { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: 'all' });
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Predicted change from the newest reading (mg/dL) for each input row: per row,
 * HORIZONS × [10 % quantile, median, 90 % quantile], horizons 5, 10 … 135 minutes.
 */
export async function predictChanges(rows: readonly Float32Array[]): Promise<Float32Array> {
  const s = await session();
  const ort = await import('onnxruntime-node');
  const input = new Float32Array(rows.length * HISTORY);
  rows.forEach((r, i) => input.set(r, i * HISTORY));
  const out = await s.run({ features: new ort.Tensor('float32', input, [rows.length, HISTORY]) });
  return out.change_mg_dl!.data as Float32Array;
}

/** A row's quantiles at horizon index h (0: 5 min), widened by `widen`: [lo, median, hi] change in mg/dL. */
export function quantilesAt(out: Float32Array, row: number, h: number, widen = INTERVAL_WIDEN): [number, number, number] {
  const r = (row * HORIZONS + h) * 3;
  const mid = out[r + 1]!;
  return [mid - (mid - out[r]!) * widen, mid, mid + (out[r + 2]! - mid) * widen];
}
