import { z } from 'zod';
import { procedure } from './define';
import { IsoTime } from './observations';

export const AgpRow = z.object({ hour: z.number(), p5: z.number().nullable(), p25: z.number().nullable(), p50: z.number().nullable(), p75: z.number().nullable(), p95: z.number().nullable() });
const num = z.number().nullable();
/** Contract section 3: CGM metrics over a window, percentages of readings. */
export const CgmMetrics = z.object({
  from: z.string(),
  to: z.string(),
  n: z.number(),
  days: z.number(),
  active_percent: z.number(),
  mean: num, sd: num, cv: num, gmi: num,
  below_54: num, below_70: num, in_range_70_180: num, above_180: num, above_250: num,
  gri: num, lbgi: num, hbgi: num, mage: num, modd: num, conga: num, j_index: num,
  median: num, q25: num, q75: num,
  agp: z.array(AgpRow),
});
export type CgmMetrics = z.infer<typeof CgmMetrics>;

export const ImportFormatName = z.enum(['auto', 'dexcom-clarity', 'libreview', 'nightscout', 'tend-csv', 'fhir']);
export const ImportSummary = z.object({
  imported: z.number(),
  duplicates: z.number(),
  skipped: z.number(),
  format: z.string(),
  errors: z.array(z.object({ line: z.number(), message: z.string() })),
});

export const diabetesProcedures = {
  'diabetes.metrics': procedure(
    z.object({ subject_id: z.string().min(1), from: IsoTime.optional(), to: IsoTime.optional(), time_zone: z.string().max(64).optional() }),
    CgmMetrics,
  ),
  /** A file's text, as dropped on the dashboard (≤ 50 MB); one transaction, idempotent. */
  'imports.text': procedure(
    z.object({
      subject_id: z.string().min(1),
      text: z.string().max(50 * 1024 * 1024),
      filename: z.string().max(500).optional(),
      format: ImportFormatName.default('auto'),
      skip_bad_lines: z.boolean().default(false),
      time_zone: z.string().max(64).optional(),
    }),
    ImportSummary,
  ),
  'exports.text': procedure(
    z.object({ subject_id: z.string().min(1), format: z.enum(['fhir', 'tend-csv']) }),
    z.object({ filename: z.string(), mime: z.string(), text: z.string() }),
  ),
} as const;
