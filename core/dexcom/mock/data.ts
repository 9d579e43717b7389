/**
 * A seeded, realistic Dexcom account for the mock server: EGVs every 5 minutes over
 * `days` days (two devices: a G6 receiver whose times carry no offset, then a G7 on an
 * iPhone whose times do), 2-hour warm-up gaps at each 10-day sensor change, meals,
 * insulin, exercise, health and note events, fingerstick calibrations, alerts raised
 * where the glucose crossed the usual thresholds, and the device list.
 *
 * Every record also has an `uploadedAt`: the moment it became visible through the API.
 * Dexcom's data reach partner apps 1–3 hours late, so each record is visible from
 * `systemTime + 1..3 h`; the mock hides records whose upload lies in its future.
 */
import type { AlertRecord, CalibrationRecord, DeviceRecord, EgvRecord, EventRecord } from '../schemas';
import { DAY_MS, toDexcomTime } from '../time';
import { mulberry32 } from '../../random';

const MIN_MS = 60_000;
const HOUR_MS = 60 * MIN_MS;
const FIVE_MIN = 5 * MIN_MS;

export { mulberry32 };

/** A record as the mock holds it: the JSON Dexcom would send, its time and its upload time (ms). */
export interface Held<T> {
  record: T;
  /** `systemTime` in ms since epoch. */
  t: number;
  /** When it became visible through the API, ms since epoch. */
  uploadedAt: number;
}

export interface MockDataset {
  /** First and last EGV times (ms). */
  start: number;
  end: number;
  egvs: Held<EgvRecord>[];
  calibrations: Held<CalibrationRecord>[];
  events: Held<EventRecord>[];
  alerts: Held<AlertRecord>[];
  devices: DeviceRecord[];
}

export interface MockDataOptions {
  seed?: number;
  /** Days of history. Default 90. */
  days?: number;
  /** Where the history ends, ms since epoch (exclusive). Default 2025-04-01T00:00:00Z. */
  end?: number;
  /** Glucose unit the account displays; EGV values are sent in it. Default mg/dL. */
  unit?: 'mg/dL' | 'mmol/L';
}

interface Device {
  displayDevice: 'receiver' | 'iOS';
  generation: 'g6' | 'g7';
  transmitterId: string;
  app: string;
}
const RECEIVER: Device = { displayDevice: 'receiver', generation: 'g6', transmitterId: '8GA1JK', app: 'G6' };
const PHONE: Device = { displayDevice: 'iOS', generation: 'g7', transmitterId: 'G7XK2P', app: 'G7' };
/** The user lives at UTC−5: display times are local. */
const LOCAL_OFFSET_MS = -5 * HOUR_MS;
/** The receiver's clock runs 97 s fast: display time is what the user set, not the truth. */
const RECEIVER_DRIFT_MS = 97_000;

function times(t: number, dev: Device): { systemTime: string; displayTime: string } {
  if (dev.displayDevice === 'receiver') {
    // Receivers send no offsets (Dexcom v3 notes).
    return { systemTime: toDexcomTime(t), displayTime: toDexcomTime(t + LOCAL_OFFSET_MS + RECEIVER_DRIFT_MS) };
  }
  return { systemTime: `${toDexcomTime(t)}+00:00`, displayTime: `${toDexcomTime(t + LOCAL_OFFSET_MS)}-05:00` };
}

function uuid(rng: () => number): string {
  const h = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  h[12] = '4';
  h[16] = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function gaussian(rng: () => number): number {
  // Box–Muller.
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

function trendOf(rate: number | null): string {
  if (rate === null) return 'notComputable';
  if (rate > 3) return 'doubleUp';
  if (rate > 2) return 'singleUp';
  if (rate > 1) return 'fortyFiveUp';
  if (rate >= -1) return 'flat';
  if (rate >= -2) return 'fortyFiveDown';
  if (rate >= -3) return 'singleDown';
  return 'doubleDown';
}

export function generateDataset(opts: MockDataOptions = {}): MockDataset {
  const rng = mulberry32(opts.seed ?? 1);
  const days = opts.days ?? 90;
  const end = opts.end ?? Date.parse('2025-04-01T00:00:00Z');
  const unit = opts.unit ?? 'mg/dL';
  // Sensor readings are not aligned to whole minutes: this account's fall 27 s past.
  const first = end - days * DAY_MS + 27_000;
  const n = days * 288;
  const switchAt = first + Math.floor(n / 2) * FIVE_MIN;
  const deviceAt = (t: number) => (t < switchAt ? RECEIVER : PHONE);
  // Upload delay is constant over 6-hour blocks, 1–3 h (Dexcom's data are 1–3 h late).
  const delays = Array.from({ length: days * 4 + 8 }, () => HOUR_MS + Math.round(rng() * 2 * HOUR_MS));
  const uploadOf = (t: number) => t + delays[Math.max(0, Math.floor((t - first) / (6 * HOUR_MS)))];

  // ---- events first: the meals shape the glucose curve.
  const events: Held<EventRecord>[] = [];
  const meals: { t: number; carbs: number }[] = [];
  const dayStart = (d: number) => end - days * DAY_MS + d * DAY_MS - LOCAL_OFFSET_MS; // local midnight in UTC
  const pushEvent = (t: number, eventType: string, eventSubType: string | null, value: number | null, evUnit: string | null, status = 'created') => {
    if (t < first || t >= end) return;
    const dev = deviceAt(t);
    events.push({
      t,
      uploadedAt: uploadOf(t),
      record: {
        recordId: uuid(rng),
        ...times(t, dev),
        eventType,
        eventSubType,
        value,
        unit: evUnit,
        eventStatus: status,
        transmitterId: dev.transmitterId,
        transmitterGeneration: dev.generation,
        displayDevice: dev.displayDevice,
      },
    });
  };
  for (let d = 0; d < days; d++) {
    const base = dayStart(d);
    for (const [h, m] of [
      [7, 30],
      [12, 30],
      [19, 0],
    ]) {
      const t = base + h * HOUR_MS + m * MIN_MS + Math.round((rng() - 0.5) * 40 * MIN_MS) + Math.floor(rng() * 60) * 1000;
      const carbs = 30 + Math.round(rng() * 50);
      meals.push({ t, carbs });
      pushEvent(t, 'carbs', null, carbs, 'grams', d === 15 && h === 12 ? 'deleted' : 'created');
      pushEvent(t - 5 * MIN_MS, 'insulin', 'fastActing', Math.round((carbs / 10) * 2) / 2, 'units');
    }
    pushEvent(base + 22 * HOUR_MS + Math.floor(rng() * 600) * 1000, 'insulin', 'longActing', 18 + Math.round(rng() * 6), 'units');
    if (d % 2 === 1) pushEvent(base + 17 * HOUR_MS + Math.floor(rng() * 1800) * 1000, 'exercise', ['light', 'medium', 'heavy'][d % 3], 20 + Math.round(rng() * 40), 'minutes');
    if (d % 7 === 3) pushEvent(base + 10 * HOUR_MS + Math.floor(rng() * 3600) * 1000, 'health', d % 14 === 3 ? 'stress' : 'illness', null, null);
    if (d % 10 === 5) pushEvent(base + 9 * HOUR_MS + Math.floor(rng() * 3600) * 1000, 'notes', 'Changed sensor site', null, null);
    if (d % 5 === 2) pushEvent(base + 6 * HOUR_MS + 45 * MIN_MS, 'bloodGlucose', null, 90 + Math.round(rng() * 60), 'mg/dL');
  }
  events.sort((a, b) => a.t - b.t);

  // ---- EGVs.
  const egvs: Held<EgvRecord>[] = [];
  const alerts: Held<AlertRecord>[] = [];
  const calibrations: Held<CalibrationRecord>[] = [];
  let noise = 0;
  let prev: number | null = null;
  let alertState: 'none' | 'low' | 'urgentLow' | 'high' = 'none';
  let mealIdx = 0;
  const hypoDays = new Set(Array.from({ length: days }, (_, d) => d).filter((d) => d % 5 === 4));
  for (let i = 0; i < n; i++) {
    const t = first + i * FIVE_MIN;
    const session = Math.floor(i / 2880);
    if (session > 0 && i % 2880 < 24) {
      // 2-hour warm-up after a sensor change: no readings.
      prev = null;
      continue;
    }
    const dev = deviceAt(t);
    const localH = (((t + LOCAL_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS / HOUR_MS;
    let g = 135 + 25 * Math.sin((2 * Math.PI * (localH - 5)) / 24);
    while (mealIdx < meals.length && meals[mealIdx].t < t - 5 * HOUR_MS) mealIdx++;
    for (let k = mealIdx; k < meals.length && meals[k].t <= t; k++) {
      const x = (t - meals[k].t) / MIN_MS / 60; // hours since the meal
      g += meals[k].carbs * 1.3 * x * Math.exp(1 - x);
    }
    const day = Math.floor((t - first) / DAY_MS);
    if (hypoDays.has(day) && localH > 2 && localH < 5) g -= 95 * Math.sin((Math.PI * (localH - 2)) / 3);
    noise = 0.9 * noise + 3 * gaussian(rng);
    g += noise;
    const v = Math.round(g);
    let value: number | null = v;
    let status = 'ok';
    if (v > 400) {
      value = null;
      status = 'high';
    } else if (v < 40) {
      value = null;
      status = 'low';
    }
    const rate = prev === null || value === null ? null : Math.round(((value - prev) / 5) * 10) / 10;
    const shown = value === null ? null : unit === 'mmol/L' ? Math.round((value / 18.0182) * 10) / 10 : value;
    egvs.push({
      t,
      uploadedAt: uploadOf(t),
      record: {
        recordId: uuid(rng),
        ...times(t, dev),
        transmitterId: dev.transmitterId,
        transmitterTicks: Math.round((t - (first + session * 2880 * FIVE_MIN)) / 1000),
        value: shown,
        status,
        trend: trendOf(rate),
        trendRate: rate === null ? null : unit === 'mmol/L' ? Math.round((rate / 18.0182) * 100) / 100 : rate,
        unit,
        rateUnit: unit === 'mmol/L' ? 'mmol/L/min' : 'mg/dL/min',
        displayDevice: dev.displayDevice,
        transmitterGeneration: dev.generation,
      },
    });
    prev = value;

    // Alerts where the curve crosses the usual thresholds (the app's defaults).
    const level = v < 55 ? 'urgentLow' : v < 70 ? 'low' : v > 250 ? 'high' : 'none';
    if (level !== 'none' && level !== alertState) {
      alerts.push({
        t,
        uploadedAt: uploadOf(t),
        record: {
          recordId: uuid(rng),
          ...times(t, dev),
          alertName: level,
          alertState: 'activeAlarming',
          displayDevice: dev.displayDevice,
          transmitterGeneration: dev.generation,
          transmitterId: dev.transmitterId,
        },
      });
    }
    alertState = level;

    // The G6 on the receiver was calibrated once a day, around 08:10 local time.
    if (dev === RECEIVER && value !== null && Math.abs(localH - 8.17) < 2.5 / 60) {
      const tc = t + 95_000;
      calibrations.push({
        t: tc,
        uploadedAt: uploadOf(tc),
        record: {
          recordId: uuid(rng),
          ...times(tc, dev),
          unit: 'mg/dL',
          value: Math.round(v + 8 * gaussian(rng)),
          displayDevice: dev.displayDevice,
          transmitterId: dev.transmitterId,
          transmitterTicks: Math.round((tc - (first + session * 2880 * FIVE_MIN)) / 1000),
          transmitterGeneration: dev.generation,
        },
      });
    }
  }

  const lastUpload = (dev: Device) =>
    toDexcomTime(Math.max(...egvs.filter((e) => e.record.displayDevice === dev.displayDevice).map((e) => e.uploadedAt)));
  const devices: DeviceRecord[] = [RECEIVER, PHONE].map((dev) => ({
    lastUploadDate: lastUpload(dev),
    transmitterId: dev.transmitterId,
    transmitterGeneration: dev.generation,
    displayDevice: dev.displayDevice,
    displayApp: dev.app,
    alertSchedules: [
      {
        alertScheduleSettings: {
          alertScheduleName: 'Default',
          isEnabled: true,
          isDefaultSchedule: true,
          startTime: '00:00',
          endTime: '00:00',
          daysOfWeek: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
        },
        alertSettings: [
          { alertName: 'urgentLow', value: 55, unit: 'mg/dL', snooze: 30, enabled: true },
          { alertName: 'low', value: 70, unit: 'mg/dL', snooze: 15, enabled: true },
          { alertName: 'high', value: 250, unit: 'mg/dL', snooze: 120, enabled: true },
        ],
      },
    ],
  }));

  return { start: egvs[0].t, end: egvs[egvs.length - 1].t, egvs, calibrations, events, alerts, devices };
}
