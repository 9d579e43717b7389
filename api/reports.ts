import { z } from 'zod';
import { on } from './access';
import { procedure } from './define';
import { IsoTime } from './observations';
import { FixedUtcOffset, RequestTimeZone } from './zone';

/**
 * PDF reports (contract section 5) as a procedure: the core checks access and the request,
 * then hands the printing to the printer its host registered (core/reports/printer.ts).
 */
export const REPORT_KINDS = ['agp', 'baby', 'tremor'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** `POST /api/subjects/:id/reports` body, `tend report` options. */
export const ReportRequest = z.object({
  kind: z.enum(REPORT_KINDS, { message: `kind must be one of ${REPORT_KINDS.join(', ')}` }),
  from: IsoTime.optional(),
  to: IsoTime.optional(),
  /**
   * The IANA zone the report is drawn in (`America/New_York`): local days run midnight to
   * midnight (23 or 25 hours across a daylight-saving change) and every time is read at its
   * own offset. Default: the caller's saved zone (`auth.me` `time_zone`), else the host's.
   */
  time_zone: RequestTimeZone.optional(),
  /**
   * For callers from before `time_zone`: one fixed clock this many minutes east of UTC for
   * the whole period (no daylight-saving change). Ignored when `time_zone` is given.
   */
  utc_offset_min: FixedUtcOffset.optional(),
});
export type ReportRequest = z.infer<typeof ReportRequest>;

export const ReportPrintInput = ReportRequest.extend({
  subject_id: z.string().min(1),
  /**
   * The caller's name for this print (a screen makes one up): its `report.progress` events
   * carry it, so the screen that asked shows how far its report is.
   */
  progress_id: z.string().min(1).max(64).optional(),
});

/** Steps of a print, in order, as `report.progress` names them. */
export const REPORT_STEPS = ['queued', 'starting', 'loading', 'preparing', 'printing', 'done'] as const;
export type ReportStep = (typeof REPORT_STEPS)[number];

/**
 * The PDF, base64 over JSON transports (RPC, IPC); the REST route answers the bytes
 * themselves as `application/pdf` (host/routes.ts).
 */
export const ReportPdf = z.object({
  kind: z.enum(REPORT_KINDS),
  filename: z.string(),
  mime: z.literal('application/pdf'),
  pdf_base64: z.string(),
});
export type ReportPdf = z.infer<typeof ReportPdf>;

export const reportsProcedures = {
  'reports.print': procedure(ReportPrintInput, ReportPdf, on('read')),
} as const;
