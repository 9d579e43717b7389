import { z } from 'zod';

/** ISO 8601 with an offset (or Z) on the way in; stored and returned as UTC `Z`. */
export const IsoTime = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), {
  message: 'must be an ISO 8601 time with an offset, e.g. 2026-01-02T03:04:05Z',
});

/** One observation as a client (device driver, importer, UI) sends it. */
export const ObservationInput = z.object({
  /** Client-made id (UUIDv7 preferred), unique within its subject only: makes retries and sync rounds idempotent. */
  id: z.string().min(1).max(64).optional(),
  metric: z.string().min(1),
  t: IsoTime,
  value: z.number(),
  unit: z.string().optional(),
  device_id: z.string().optional(),
});
export type ObservationInput = z.infer<typeof ObservationInput>;

/** An observation as stored and returned: canonical unit, UTC time. */
export const Observation = z.object({
  id: z.string(),
  subject_id: z.string(),
  metric: z.string(),
  t: z.string(),
  value: z.number(),
  unit: z.string(),
  device_id: z.string().nullable(),
});
export type Observation = z.infer<typeof Observation>;

/**
 * Where drivers, importers and analysers hand observations to be stored. The core's
 * ingest service implements it (validation, unit conversion, idempotency, alerts);
 * pure code depends on this interface only.
 */
export interface ObservationSink {
  ingest(subjectId: string, items: ObservationInput[]): Promise<{ accepted: number; duplicates: number }>;
}
