/**
 * zod schemas for the Dexcom API v3 responses (developer.dexcom.com/docs/dexcomv3) and
 * the OAuth 2.0 token response. Enumerations Dexcom documents (trend, status, alertName,
 * eventType, …) are read as plain strings: a value Dexcom adds later must not stop a
 * sync; the mapping code decides what it understands. Structure and types are strict.
 */
import { z } from 'zod';
import { isDexcomTime } from './time';

/** ISO 8601 date-time, offset optional (receivers write none; it is then UTC). */
export const DexcomTime = z.string().refine(isDexcomTime, { message: 'must be an ISO 8601 date-time' });
const nullableString = z.string().nullable().optional();

/** The envelope every v3 record endpoint returns. */
const envelope = <T extends z.ZodType>(recordType: string, record: T) =>
  z.object({
    recordType: z.literal(recordType),
    recordVersion: z.string(),
    userId: z.string(),
    records: z.array(record),
  });

/** One estimated glucose value (GET /v3/users/self/egvs). */
export const EgvRecord = z.object({
  recordId: z.string().min(1),
  systemTime: DexcomTime,
  displayTime: DexcomTime,
  transmitterId: nullableString,
  transmitterTicks: z.number().int().nullable().optional(),
  /** In `unit`; null when the sensor reads out of its range (see `status`). */
  value: z.number().nullable(),
  /** `unknown` | `high` | `low` | `ok` */
  status: nullableString,
  /** `none` | `unknown` | `doubleUp` | `singleUp` | `fortyFiveUp` | `flat` | `fortyFiveDown` | `singleDown` | `doubleDown` | `notComputable` | `rateOutOfRange` */
  trend: nullableString,
  /** In `rateUnit` (mg/dL/min or mmol/L/min). */
  trendRate: z.number().nullable().optional(),
  /** `unknown` | `mg/dL` | `mmol/L` */
  unit: z.string(),
  rateUnit: z.string().optional(),
  /** `iOS` | `android` | `receiver` */
  displayDevice: z.string().optional(),
  transmitterGeneration: z.string().optional(),
});
export type EgvRecord = z.infer<typeof EgvRecord>;
export const EgvsResponse = envelope('egv', EgvRecord);
export type EgvsResponse = z.infer<typeof EgvsResponse>;

/** A fingerstick value entered to calibrate the sensor (GET /v3/users/self/calibrations). */
export const CalibrationRecord = z.object({
  recordId: z.string().min(1),
  systemTime: DexcomTime,
  displayTime: DexcomTime,
  unit: z.string(),
  value: z.number(),
  displayDevice: z.string().optional(),
  transmitterId: nullableString,
  transmitterTicks: z.number().int().nullable().optional(),
  transmitterGeneration: z.string().optional(),
});
export type CalibrationRecord = z.infer<typeof CalibrationRecord>;
export const CalibrationsResponse = envelope('calibration', CalibrationRecord);
export type CalibrationsResponse = z.infer<typeof CalibrationsResponse>;

/** A user-entered event: carbs, insulin, exercise, health, notes (GET /v3/users/self/events). */
export const EventRecord = z.object({
  recordId: z.string().min(1),
  systemTime: DexcomTime,
  displayTime: DexcomTime,
  /** `carbs` | `insulin` | `exercise` | `health` | `bloodGlucose` | `notes` | `unknown` */
  eventType: z.string(),
  /** e.g. `fastActing`/`longActing` for insulin, `light`/`medium`/`heavy` for exercise. */
  eventSubType: nullableString,
  value: z.number().nullable().optional(),
  /** `grams` | `units` | `minutes` | `mg/dL` | `unknown` */
  unit: nullableString,
  /** `created` | `updated` | `deleted` */
  eventStatus: z.string().optional(),
  transmitterId: nullableString,
  transmitterGeneration: nullableString,
  displayDevice: nullableString,
});
export type EventRecord = z.infer<typeof EventRecord>;
export const EventsResponse = envelope('event', EventRecord);
export type EventsResponse = z.infer<typeof EventsResponse>;

/** An alert the Dexcom app or receiver raised (GET /v3/users/self/alerts). */
export const AlertRecord = z.object({
  recordId: z.string().min(1),
  systemTime: DexcomTime,
  displayTime: DexcomTime,
  /** `high` | `low` | `rise` | `fall` | `outOfRange` | `urgentLow` | `urgentLowSoon` | `noReadings` | `fixedLow` | `unknown` */
  alertName: z.string(),
  /** `inactive` | `activeSnoozed` | `activeAlarming` | `unknown` */
  alertState: z.string(),
  displayDevice: z.string().optional(),
  transmitterGeneration: z.string().optional(),
  transmitterId: nullableString,
});
export type AlertRecord = z.infer<typeof AlertRecord>;
export const AlertsResponse = envelope('alert', AlertRecord);
export type AlertsResponse = z.infer<typeof AlertsResponse>;

/** A receiver or app that contributed data, with its alert settings (GET /v3/users/self/devices). */
export const DeviceRecord = z.object({
  lastUploadDate: DexcomTime,
  transmitterId: nullableString,
  transmitterGeneration: z.string(),
  displayDevice: z.string(),
  displayApp: nullableString,
  /** Alert schedules and settings, kept as Dexcom sends them. */
  alertSchedules: z.array(z.unknown()).optional(),
});
export type DeviceRecord = z.infer<typeof DeviceRecord>;
export const DevicesResponse = envelope('device', DeviceRecord);
export type DevicesResponse = z.infer<typeof DevicesResponse>;

const RangeMoment = z.object({ systemTime: DexcomTime.nullable(), displayTime: DexcomTime.nullable() });
/** Earliest and latest record of one kind; times are null (or the object absent) when there is none. */
export const DataRangeWindow = z.object({ start: RangeMoment, end: RangeMoment });
export type DataRangeWindow = z.infer<typeof DataRangeWindow>;
/** GET /v3/users/self/dataRange: bounds of the calibrations, EGVs and events held. */
export const DataRangeResponse = z.object({
  recordType: z.literal('dataRange'),
  recordVersion: z.string(),
  userId: z.string(),
  calibrations: DataRangeWindow.nullable().optional(),
  egvs: DataRangeWindow.nullable().optional(),
  events: DataRangeWindow.nullable().optional(),
});
export type DataRangeResponse = z.infer<typeof DataRangeResponse>;

/** POST /v2/oauth2/token answer (RFC 6749 §5.1); `expires_in` in seconds (Dexcom: 7200). */
export const TokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string(),
  refresh_token: z.string().min(1),
});
export type TokenResponse = z.infer<typeof TokenResponse>;

/** Formats a zod issue path as `records[3].systemTime`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out || '(root)';
}

/**
 * Validates `data` with `schema`; on failure returns the first problem as
 * `{ field: 'records[3].systemTime', message: 'must be an ISO 8601 date-time' }`.
 */
export function check<T extends z.ZodType>(
  schema: T,
  data: unknown,
): { ok: true; value: z.infer<T> } | { ok: false; field: string; message: string } {
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  return { ok: false, field: formatPath(issue?.path ?? []), message: issue?.message ?? 'invalid' };
}
