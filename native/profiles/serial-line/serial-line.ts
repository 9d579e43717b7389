/**
 * The serial line protocol for hobby boards (ESP32, Arduino): one reading per line,
 * JSON or CSV. Specified in PROTOCOL.md beside this file.
 */
import { METRICS, STANDARD_GRAVITY, isMetricCode, toCanonical } from '../../../api/metrics';
import type { MetricCode } from '../../../api/metrics';
import { DecodeError } from '../errors';

/** Longest accepted line, in characters, line ending excluded. */
export const SERIAL_LINE_MAX = 512;

/** Unix seconds for 2000-01-01: smaller numeric times are taken for uptime counters and refused. */
const EPOCH_2000_S = 946_684_800;

export type SerialReading =
  /** A reading in the metric's canonical unit. */
  | { kind: 'observation'; metric: MetricCode; value: number; unit: string; t: string }
  /** One accelerometer sample, m/s²; `hz`: the board's sampling rate when the line states it. */
  | { kind: 'accel'; t: string; x: number; y: number; z: number; hz?: number }
  /** Microphone level, 0–1 (RMS of full scale). No metric code exists for it yet. */
  | { kind: 'mic-level'; t: string; level: number }
  /** Blank line, `#` comment or a CSV header: nothing to store. */
  | { kind: 'skip' };

const fail = (msg: string): never => {
  throw new DecodeError('malformed', `serial line: ${msg}`);
};

function parseTime(t: unknown, now: Date): string {
  if (t === undefined || t === null) return now.toISOString();
  if (typeof t === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(t) || Number.isNaN(Date.parse(t))) {
      fail(`"t" ${JSON.stringify(t)} is not an ISO 8601 time with an offset (e.g. 2026-01-02T03:04:05Z)`);
    }
    return new Date(Date.parse(t)).toISOString();
  }
  if (typeof t === 'number' && Number.isFinite(t)) {
    if (t >= EPOCH_2000_S && t < 1e11) return new Date(t * 1000).toISOString();
    if (t >= EPOCH_2000_S * 1000 && t < 1e14) return new Date(t).toISOString();
    fail(`"t" ${t} looks like a time since boot, not Unix time; send Unix seconds or milliseconds, or leave "t" out to use arrival time`);
  }
  return fail(`"t" must be an ISO 8601 string or Unix seconds/milliseconds`);
}

function num(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`"${field}" must be a finite number, got ${JSON.stringify(v)}`);
  return v as number;
}

function observation(metric: unknown, value: unknown, unit: unknown, t: string): SerialReading {
  if (typeof metric !== 'string' || metric === '') return fail(`"metric" must be a metric code such as room_temperature`);
  if (!isMetricCode(metric)) return fail(`unknown metric "${metric}" (known: ${Object.keys(METRICS).join(', ')})`);
  const v = num(value, 'value');
  if (unit !== undefined && typeof unit !== 'string') fail(`"unit" must be a string`);
  const c = toCanonical(metric, v, unit as string | undefined);
  if (!c.ok) return fail(c.message);
  return { kind: 'observation', metric, value: c.value, unit: METRICS[metric].unit, t };
}

/**
 * Parses one line from a board. `now` stamps readings without a `t`. Returns what the
 * line holds, or throws DecodeError('malformed') with a message naming the problem.
 */
export function parseSerialLine(line: string, now: Date): SerialReading {
  const raw = line.replace(/\r?\n$/, '').replace(/\r$/, '');
  if (raw.length > SERIAL_LINE_MAX) fail(`line is ${raw.length} characters, the limit is ${SERIAL_LINE_MAX}`);
  const s = raw.trim();
  if (s === '' || s.startsWith('#')) return { kind: 'skip' };
  if (s.startsWith('{')) return parseJsonLine(s, now);
  return parseCsvLine(s, now);
}

function parseJsonLine(s: string, now: Date): SerialReading {
  let o: unknown;
  try {
    o = JSON.parse(s);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return fail('a JSON line must be one object');
  const j = o as Record<string, unknown>;
  const t = parseTime(j.t, now);
  if ('metric' in j || 'value' in j) return observation(j.metric, j.value, j.unit, t);
  if ('ax' in j || 'ay' in j || 'az' in j) {
    const unit = j.unit ?? 'm/s2';
    let k: number;
    if (unit === 'g') k = STANDARD_GRAVITY;
    else if (unit === 'm/s2' || unit === 'm/s²') k = 1;
    else return fail(`accelerometer "unit" must be "m/s2" or "g", got ${JSON.stringify(unit)}`);
    const [x, y, z] = [num(j.ax, 'ax') * k, num(j.ay, 'ay') * k, num(j.az, 'az') * k];
    for (const [axis, v] of [['ax', x], ['ay', y], ['az', z]] as const) {
      if (v < METRICS.accel.min || v > METRICS.accel.max) fail(`"${axis}" ${v} m/s² is outside ±${METRICS.accel.max} m/s²`);
    }
    if (j.hz === undefined) return { kind: 'accel', t, x, y, z };
    const hz = num(j.hz, 'hz');
    if (hz < 1 || hz > 2000) fail(`"hz" ${hz} is outside 1–2000 (the board's sampling rate)`);
    return { kind: 'accel', t, x, y, z, hz };
  }
  if ('mic_level' in j) {
    const level = num(j.mic_level, 'mic_level');
    if (level < 0 || level > 1) fail(`"mic_level" ${level} is outside 0–1 (RMS as a fraction of full scale)`);
    return { kind: 'mic-level', t, level };
  }
  return fail('a JSON line needs "metric" and "value", or "ax", "ay" and "az", or "mic_level"');
}

function parseCsvLine(s: string, now: Date): SerialReading {
  const cells = s.split(',').map((c) => c.trim());
  if (cells[0].toLowerCase() === 'metric' && cells[1]?.toLowerCase() === 'value') return { kind: 'skip' };
  if (cells.length < 2 || cells.length > 3) fail(`a CSV line is metric,value[,unit]; got ${cells.length} field(s)`);
  const value = cells[1] === '' ? NaN : Number(cells[1]);
  if (!Number.isFinite(value)) fail(`value "${cells[1]}" is not a number`);
  return observation(cells[0], value, cells.length === 3 && cells[2] !== '' ? cells[2] : undefined, now.toISOString());
}

/** Formats a reading as a JSON line (what the simulated boards print), newline included. */
export function formatSerialLine(
  r: { metric: string; value: number; unit?: string; t?: string } | { ax: number; ay: number; az: number; unit?: 'g' | 'm/s2'; t?: string | number; hz?: number } | { mic_level: number; t?: string },
): string {
  return `${JSON.stringify(r)}\n`;
}
