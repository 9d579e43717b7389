/**
 * Accelerometer CSV as `tend tremor FILE.csv` reads it: columns `t,x,y,z`, t in seconds,
 * acceleration in m/s² or g (contract §1: "acceleration in m/s² (accept g)"). A header
 * line is optional; when present it may name the columns in any order (t/time/timestamp,
 * x/ax/acc_x, …) and may state the unit ("x_g", "x (g)", "x (m/s2)"). Blank lines and lines
 * starting with `#` are skipped. Errors name the line (1-based) and the field.
 */
import { STANDARD_GRAVITY } from '../../api/metrics';
import { ApiError } from '../../api/errors';
import { inferRateHz } from './sampling';

export type AccelUnit = 'm/s2' | 'g';

export interface ParseAccelOptions {
  /** Sampling rate, Hz; inferred from t (median step) when absent. */
  rateHz?: number;
  /** Unit of x, y, z; 'auto' (default) reads the header, else looks at the data (see below). */
  unit?: AccelUnit | 'auto';
}

/** Parsed samples, converted to m/s². */
export interface ParsedAccel {
  t: Float64Array;
  x: Float32Array;
  y: Float32Array;
  z: Float32Array;
  rateHz: number;
  /** Unit the file was in (values returned are always m/s²). */
  unit: AccelUnit;
  /** How the unit was decided: 'given', 'header' or 'detected' (from the data). */
  unitSource: 'given' | 'header' | 'detected';
}

/** A CSV problem at a line and field; crosses boundaries as a bad_request ApiError. */
export class AccelCsvError extends ApiError {
  readonly line: number;
  constructor(line: number, field: string | undefined, message: string) {
    super('bad_request', `line ${line}${field ? `, field ${field}` : ''}: ${message}`, field);
    this.name = 'AccelCsvError';
    this.line = line;
  }
}

const NAMES: Record<'t' | 'x' | 'y' | 'z', RegExp> = {
  t: /^(t|time|timestamp|time_s|seconds|secs?)$/,
  x: /^(x|ax|acc_?x|accel_?x|acceleration_?x)$/,
  y: /^(y|ay|acc_?y|accel_?y|acceleration_?y)$/,
  z: /^(z|az|acc_?z|accel_?z|acceleration_?z)$/,
};

/** Splits a header cell into its name and a unit hint: "x (g)", "x_g", "x[m/s^2]". */
function headerCell(raw: string): { name: string; unit: AccelUnit | null } {
  let s = raw.trim().toLowerCase().replace(/^"|"$/g, '');
  let unit: AccelUnit | null = null;
  const bracket = /\s*[([]\s*([^)\]]*)\s*[)\]]\s*$/.exec(s);
  if (bracket) {
    const u = bracket[1].replace(/\s/g, '');
    if (u === 'g') unit = 'g';
    else if (/^m\/s(2|\^2|²)$|^ms-2$|^m\/s\/s$/.test(u)) unit = 'm/s2';
    s = s.slice(0, bracket.index);
  } else if (/_g$/.test(s)) {
    unit = 'g';
    s = s.slice(0, -2);
  } else if (/_(ms2|mps2|m_s2)$/.test(s)) {
    unit = 'm/s2';
    s = s.replace(/_(ms2|mps2|m_s2)$/, '');
  }
  return { name: s.trim(), unit };
}

/**
 * Parses accelerometer CSV text. Unit detection when neither `opts.unit` nor the header
 * says: the median |a| over the file is about 1 at rest in g and about 9.8 in m/s², so a
 * median between 0.5 and 2 means g; anything else is taken as m/s² (including data with
 * gravity already removed, whose median is small: state `unit: 'g'` for such files in g).
 */
export function parseAccelCsv(text: string, opts: ParseAccelOptions = {}): ParsedAccel {
  // Rough capacity from the number of newlines; grown if needed.
  let cap = 16;
  for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) cap++;
  let t = new Float64Array(cap);
  let x = new Float32Array(cap);
  let y = new Float32Array(cap);
  let z = new Float32Array(cap);
  let n = 0;
  let cols = [0, 1, 2, 3];
  let headerUnit: AccelUnit | null = null;
  let sawData = false;
  let lineNo = 0;
  let pos = 0;
  const len = text.length;
  const names = ['t', 'x', 'y', 'z'] as const;
  while (pos <= len) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = len;
    lineNo++;
    let line = text.slice(pos, end);
    pos = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '' || line.trimStart().startsWith('#')) {
      if (end === len) break;
      continue;
    }
    const fields = line.split(',');
    if (!sawData && fields.some((f) => f.trim() !== '' && Number.isNaN(Number(f)))) {
      // A header: map the columns by name.
      const cells = fields.map(headerCell);
      const found = names.map((k) => cells.findIndex((c) => NAMES[k].test(c.name)));
      const missing = names.filter((_, i) => found[i] < 0);
      if (missing.length > 0) throw new AccelCsvError(lineNo, missing[0], `header has no column for ${missing.join(', ')} (expected t,x,y,z)`);
      cols = found;
      const units = [1, 2, 3].map((i) => cells[found[i]].unit).filter((u): u is AccelUnit => u !== null);
      headerUnit = units[0] ?? null;
      sawData = true; // only one header
      continue;
    }
    sawData = true;
    if (fields.length < 4) throw new AccelCsvError(lineNo, names[fields.length], `expected 4 fields t,x,y,z, found ${fields.length}`);
    if (n === cap) {
      cap *= 2;
      const t2 = new Float64Array(cap);
      t2.set(t);
      t = t2;
      const x2 = new Float32Array(cap);
      x2.set(x);
      x = x2;
      const y2 = new Float32Array(cap);
      y2.set(y);
      y = y2;
      const z2 = new Float32Array(cap);
      z2.set(z);
      z = z2;
    }
    for (let k = 0; k < 4; k++) {
      const raw = fields[cols[k]];
      const v = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
      if (!Number.isFinite(v)) throw new AccelCsvError(lineNo, names[k], raw === undefined || raw.trim() === '' ? 'empty' : `"${raw.trim()}" is not a number`);
      if (k === 0) {
        if (n > 0 && !(v > t[n - 1])) throw new AccelCsvError(lineNo, 't', `time ${v} s is not after the previous sample's ${t[n - 1]} s`);
        t[n] = v;
      } else if (k === 1) x[n] = v;
      else if (k === 2) y[n] = v;
      else z[n] = v;
    }
    n++;
    if (end === len) break;
  }
  if (n < 2) throw new AccelCsvError(lineNo, undefined, `need at least 2 samples, found ${n}`);

  let unit: AccelUnit;
  let unitSource: ParsedAccel['unitSource'];
  if (opts.unit && opts.unit !== 'auto') {
    unit = opts.unit;
    unitSource = 'given';
  } else if (headerUnit) {
    unit = headerUnit;
    unitSource = 'header';
  } else {
    // Median |a| over (up to) 5001 evenly spaced samples.
    const step = Math.max(1, Math.floor(n / 5001));
    const mags: number[] = [];
    for (let i = 0; i < n; i += step) mags.push(Math.hypot(x[i], y[i], z[i]));
    mags.sort((a, b) => a - b);
    const med = mags[mags.length >> 1];
    unit = med >= 0.5 && med <= 2 ? 'g' : 'm/s2';
    unitSource = 'detected';
  }
  const tt = t.slice(0, n);
  const xs = x.slice(0, n);
  const ys = y.slice(0, n);
  const zs = z.slice(0, n);
  if (unit === 'g') {
    for (let i = 0; i < n; i++) {
      xs[i] *= STANDARD_GRAVITY;
      ys[i] *= STANDARD_GRAVITY;
      zs[i] *= STANDARD_GRAVITY;
    }
  }
  const rateHz = opts.rateHz ?? inferRateHz(tt);
  return { t: tt, x: xs, y: ys, z: zs, rateHz, unit, unitSource };
}
