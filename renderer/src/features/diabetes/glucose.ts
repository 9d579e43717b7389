/**
 * Pure helpers of the diabetes dashboard: units, the trend arrow, the consensus ranges
 * and targets. No DOM, no React, so they are unit-tested in Node.
 */
import { MGDL_PER_MMOLL } from '../../../../api/metrics';
import type { CgmMetrics } from '../../../../api/diabetes';

export type GlucoseUnit = 'mg/dL' | 'mmol/L';

/** A value in mg/dL shown in `unit` (number only). mmol/L: 1 decimal, mg/dL: whole numbers. */
export function toUnit(mgdl: number, unit: GlucoseUnit): number {
  return unit === 'mmol/L' ? mgdl / MGDL_PER_MMOLL : mgdl;
}

/** Formats mg/dL in `unit`, with or without the unit's name. */
export function fmtGlucose(mgdl: number | null | undefined, unit: GlucoseUnit, withUnit = false): string {
  if (mgdl === null || mgdl === undefined || !Number.isFinite(mgdl)) return '—';
  const s = unit === 'mmol/L' ? (mgdl / MGDL_PER_MMOLL).toFixed(1) : String(Math.round(mgdl));
  return withUnit ? `${s} ${unit}` : s;
}

/**
 * The consensus thresholds (Battelino et al., Diabetes Care 2019;42:1593, Table 1) in
 * mg/dL and as the report prints them in mmol/L (3.0, 3.9, 10.0, 13.9).
 */
export const THRESHOLDS = { veryLow: 54, low: 70, high: 180, veryHigh: 250 } as const;

/** "70–180" or "3.9–10.0". */
export function rangeLabel(lo: number, hi: number, unit: GlucoseUnit): string {
  return `${fmtGlucose(lo, unit)}–${fmtGlucose(hi, unit)}`;
}

export interface TimeInRanges {
  veryLow: number;
  low: number;
  inRange: number;
  high: number;
  veryHigh: number;
}

/**
 * The five bands of the AGP's time-in-ranges bar from the contract's cumulative
 * percentages: low 54–69 = below 70 − below 54, high 181–250 = above 180 − above 250.
 */
export function timeInRanges(m: Pick<CgmMetrics, 'below_54' | 'below_70' | 'in_range_70_180' | 'above_180' | 'above_250'>): TimeInRanges | null {
  if (m.below_54 === null || m.below_70 === null || m.in_range_70_180 === null || m.above_180 === null || m.above_250 === null) return null;
  return {
    veryLow: m.below_54,
    low: Math.max(0, m.below_70 - m.below_54),
    inRange: m.in_range_70_180,
    high: Math.max(0, m.above_180 - m.above_250),
    veryHigh: m.above_250,
  };
}

export type Arrow = '⇈' | '↑' | '↗' | '→' | '↘' | '↓' | '⇊';

export interface Trend {
  /** mg/dL per minute, least-squares slope over the readings used. */
  rate: number;
  arrow: Arrow;
  /** Words for screen readers and the tooltip. */
  words: string;
  /** How many readings and minutes the slope was fitted over. */
  n: number;
  spanMin: number;
}

/**
 * The trend arrow from the slope of the last 15–30 minutes of readings, with the bands
 * CGM receivers use (Dexcom G6/G7 user guides: 1, 2 and 3 mg/dL per minute). Needs at
 * least 3 readings spanning 10 minutes or more, the newest at most 15 minutes old
 * (older: no arrow, the value is no longer "current").
 */
export function trendOf(readings: ReadonlyArray<{ t: number; v: number }>, now: number): Trend | null {
  if (!readings.length) return null;
  const newest = readings.reduce((a, b) => (b.t > a.t ? b : a));
  if (now - newest.t > 15 * 60_000) return null;
  const recent = readings.filter((r) => r.t >= newest.t - 30 * 60_000 && r.t <= newest.t);
  if (recent.length < 3) return null;
  const t0 = Math.min(...recent.map((r) => r.t));
  const spanMin = (newest.t - t0) / 60_000;
  if (spanMin < 10) return null;
  // Ordinary least squares, x in minutes.
  const xs = recent.map((r) => (r.t - t0) / 60_000);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = recent.reduce((a, r) => a + r.v, 0) / recent.length;
  let sxy = 0;
  let sxx = 0;
  recent.forEach((r, i) => {
    sxy += (xs[i]! - mx) * (r.v - my);
    sxx += (xs[i]! - mx) ** 2;
  });
  const rate = sxy / sxx;
  const [arrow, words] = arrowOf(rate);
  return { rate, arrow, words, n: recent.length, spanMin };
}

export function arrowOf(rate: number): [Arrow, string] {
  if (rate > 3) return ['⇈', 'rising quickly'];
  if (rate > 2) return ['↑', 'rising'];
  if (rate > 1) return ['↗', 'rising slowly'];
  if (rate >= -1) return ['→', 'steady'];
  if (rate >= -2) return ['↘', 'falling slowly'];
  if (rate >= -3) return ['↓', 'falling'];
  return ['⇊', 'falling quickly'];
}

/** Which consensus band a value falls in, for colouring the current value. */
export function bandOf(mgdl: number): keyof TimeInRanges {
  if (mgdl < THRESHOLDS.veryLow) return 'veryLow';
  if (mgdl < THRESHOLDS.low) return 'low';
  if (mgdl <= THRESHOLDS.high) return 'inRange';
  if (mgdl <= THRESHOLDS.veryHigh) return 'high';
  return 'veryHigh';
}

/** "3 min ago", "2 h 5 min ago", "3 days ago". */
export function ageText(t: number, now: number): string {
  const min = Math.max(0, Math.round((now - t) / 60_000));
  if (min < 1) return 'just now';
  if (min < 60) return `${min} min ago`;
  if (min < 48 * 60) return `${Math.floor(min / 60)} h ${min % 60} min ago`;
  return `${Math.round(min / 1440)} days ago`;
}

/**
 * Data sufficiency after the consensus (Battelino 2019, table 2): at least 14 days with
 * readings (`days` counts days that have readings, not the window's length) and at
 * least 70 % of the sensor's readings present.
 */
export function sufficiency(m: Pick<CgmMetrics, 'days' | 'active_percent'>): { ok: boolean; message: string | null } {
  const problems: string[] = [];
  if (m.days < 14) problems.push(`${m.days === 1 ? '1 day' : `${m.days} days`} with readings (14 recommended)`);
  if (m.active_percent < 70) problems.push(`the sensor was active ${m.active_percent.toFixed(0)} % of the time (70 % recommended)`);
  return problems.length ? { ok: false, message: `Not enough data for a reliable report: ${problems.join(' and ')}.` } : { ok: true, message: null };
}

