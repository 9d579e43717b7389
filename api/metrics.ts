/**
 * The metric catalogue: the one place that says what each metric code means, its
 * canonical unit, which units are accepted and how they convert, the physiologically
 * possible range (values outside are rejected as bad input, not clamped), its LOINC
 * code and the UCUM unit used in FHIR. Contract section 3.
 */
export type MetricCode =
  | 'glucose'
  | 'body_temperature'
  | 'room_temperature'
  | 'humidity'
  | 'heart_rate'
  | 'spo2'
  | 'cry_probability'
  | 'tremor_magnitude'
  | 'tremor_percent'
  | 'accel'
  | 'systolic_bp'
  | 'diastolic_bp'
  | 'mean_arterial_pressure'
  | 'battery_level';

export interface UnitConversion {
  /** Converts a value in this unit to the canonical unit. */
  toCanonical: (v: number) => number;
}

export interface MetricInfo {
  code: MetricCode;
  display: string;
  /** Canonical unit, as stored and as returned by the API. */
  unit: string;
  /** UCUM code of the canonical unit (FHIR `valueQuantity.code`). */
  ucum: string;
  /** Other accepted spellings/units and their conversion to canonical. */
  accepts: Record<string, UnitConversion>;
  /** Inclusive range of physiologically (or physically) possible canonical values. */
  min: number;
  max: number;
  loinc: string | null;
  /** Samples per second above which the stream coalesces `observation.added`. */
  highRate?: boolean;
}

const id: UnitConversion = { toCanonical: (v) => v };
/** 1 mmol/L of glucose = 18.0182 mg/dL (contract: units). */
export const MGDL_PER_MMOLL = 18.0182;
/** Standard gravity, m/s² per g. */
export const STANDARD_GRAVITY = 9.80665;
const fahrenheit: UnitConversion = { toCanonical: (f) => ((f - 32) * 5) / 9 };
const kelvin: UnitConversion = { toCanonical: (k) => k - 273.15 };

export const METRICS: Record<MetricCode, MetricInfo> = {
  glucose: {
    code: 'glucose', display: 'Glucose', unit: 'mg/dL', ucum: 'mg/dL',
    accepts: { 'mg/dL': id, 'mg/dl': id, 'mmol/L': { toCanonical: (v) => v * MGDL_PER_MMOLL }, 'mmol/l': { toCanonical: (v) => v * MGDL_PER_MMOLL } },
    // Meters read down to ~10 mg/dL and CGMs up to 400–500; beyond 1000 is not a living person's glucose.
    min: 10, max: 1000,
    // Glucose [Mass/volume] in Interstitial fluid, as used by the HL7 CGM implementation guide.
    loinc: '99504-3',
  },
  body_temperature: {
    code: 'body_temperature', display: 'Body temperature', unit: '°C', ucum: 'Cel',
    accepts: { '°C': id, C: id, Cel: id, degC: id, '°F': fahrenheit, F: fahrenheit, degF: fahrenheit, '[degF]': fahrenheit, K: kelvin },
    min: 25, max: 45, loinc: '8310-5',
  },
  room_temperature: {
    code: 'room_temperature', display: 'Room temperature', unit: '°C', ucum: 'Cel',
    accepts: { '°C': id, C: id, Cel: id, degC: id, '°F': fahrenheit, F: fahrenheit, degF: fahrenheit, '[degF]': fahrenheit, K: kelvin },
    min: -40, max: 60, loinc: '60832-3',
  },
  humidity: {
    code: 'humidity', display: 'Humidity', unit: '%RH', ucum: '%',
    accepts: { '%RH': id, '%': id },
    min: 0, max: 100, loinc: null,
  },
  heart_rate: {
    code: 'heart_rate', display: 'Heart rate', unit: '/min', ucum: '/min',
    accepts: { '/min': id, bpm: id, 'beats/min': id },
    min: 20, max: 300, loinc: '8867-4',
  },
  spo2: {
    code: 'spo2', display: 'SpO₂', unit: '%', ucum: '%',
    accepts: { '%': id },
    min: 0, max: 100, loinc: '59408-5',
  },
  cry_probability: {
    code: 'cry_probability', display: 'Cry probability', unit: '1', ucum: '1',
    accepts: { '1': id },
    min: 0, max: 1, loinc: null,
  },
  tremor_magnitude: {
    code: 'tremor_magnitude', display: 'Tremor magnitude (RMS in band)', unit: 'm/s2', ucum: 'm/s2',
    accepts: { 'm/s2': id, 'm/s²': id, g: { toCanonical: (v) => v * STANDARD_GRAVITY } },
    min: 0, max: 100, loinc: null,
  },
  tremor_percent: {
    code: 'tremor_percent', display: 'Tremor time', unit: '%', ucum: '%',
    accepts: { '%': id },
    min: 0, max: 100, loinc: null,
  },
  accel: {
    code: 'accel', display: 'Acceleration', unit: 'm/s2', ucum: 'm/s2',
    accepts: { 'm/s2': id, 'm/s²': id, g: { toCanonical: (v) => v * STANDARD_GRAVITY } },
    // ±16 g is the widest range of common wrist IMUs.
    min: -160, max: 160, loinc: null, highRate: true,
  },
  systolic_bp: {
    code: 'systolic_bp', display: 'Systolic blood pressure', unit: 'mmHg', ucum: 'mm[Hg]',
    accepts: { mmHg: id, 'mm[Hg]': id, kPa: { toCanonical: (v) => v * 7.50062 } },
    min: 30, max: 300, loinc: '8480-6',
  },
  diastolic_bp: {
    code: 'diastolic_bp', display: 'Diastolic blood pressure', unit: 'mmHg', ucum: 'mm[Hg]',
    accepts: { mmHg: id, 'mm[Hg]': id, kPa: { toCanonical: (v) => v * 7.50062 } },
    min: 10, max: 250, loinc: '8462-4',
  },
  mean_arterial_pressure: {
    code: 'mean_arterial_pressure', display: 'Mean arterial pressure', unit: 'mmHg', ucum: 'mm[Hg]',
    accepts: { mmHg: id, 'mm[Hg]': id, kPa: { toCanonical: (v) => v * 7.50062 } },
    min: 20, max: 280, loinc: '8478-0',
  },
  battery_level: {
    code: 'battery_level', display: 'Battery', unit: '%', ucum: '%',
    accepts: { '%': id },
    min: 0, max: 100, loinc: null,
  },
};

export const METRIC_CODES = Object.keys(METRICS) as MetricCode[];

/** The conversion for `unit` if the metric accepts it; own properties only, never the prototype's. */
export function acceptedUnit(info: MetricInfo, unit: string): UnitConversion | undefined {
  return Object.hasOwn(info.accepts, unit) ? info.accepts[unit] : undefined;
}

export function isMetricCode(s: string): s is MetricCode {
  return Object.prototype.hasOwnProperty.call(METRICS, s);
}

/**
 * Converts `value` given in `unit` (canonical when omitted) to the metric's canonical
 * unit and checks it. Returns the canonical value or a reason it is not acceptable.
 */
export function toCanonical(
  metric: string,
  value: number,
  unit?: string,
): { ok: true; value: number } | { ok: false; field: 'metric' | 'unit' | 'value'; message: string } {
  if (!isMetricCode(metric)) return { ok: false, field: 'metric', message: `unknown metric "${metric}"` };
  const info = METRICS[metric];
  // Own properties only: `constructor`, `__proto__` or `toString` as a unit would otherwise
  // find Object.prototype's members and crash the conversion (a 500 instead of a 400).
  const conv = unit === undefined ? id : acceptedUnit(info, unit);
  if (!conv) {
    return { ok: false, field: 'unit', message: `unit "${unit}" is not accepted for ${metric} (use ${Object.keys(info.accepts).join(', ')})` };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { ok: false, field: 'value', message: `value must be a finite number` };
  }
  const v = conv.toCanonical(value);
  if (v < info.min || v > info.max) {
    return { ok: false, field: 'value', message: `${metric} ${v} ${info.unit} is outside the possible range ${info.min}–${info.max} ${info.unit}` };
  }
  return { ok: true, value: v };
}
