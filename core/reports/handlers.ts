import { ApiError, badRequest } from '../../api/errors';
import type { reportsProcedures, ReportStep } from '../../api/reports';
import type { Core, DomainHandlers } from '../core-types';
import { defaultTimeZone, isValidTimeZone } from '../imports/zoned-time';
import { reportPrinter } from './printer';

export function reportsHandlers(core: Core): DomainHandlers<typeof reportsProcedures> {
  return {
    // Read on the person is checked by core.call before this runs (api/reports.ts).
    'reports.print': async ({ subject_id, progress_id, ...request }, ctx) => {
      const user = core.access.requireUser(ctx);
      if (request.from && request.to && Date.parse(request.to) <= Date.parse(request.from)) throw badRequest('to must be after from', 'to');
      // The page is drawn in one named zone, so each day and time gets its own offset; only an
      // old caller that sent just a fixed offset keeps that fixed clock.
      if (request.time_zone === undefined && request.utc_offset_min === undefined) request.time_zone = reportZone(core, user.id);
      const print = reportPrinter(core);
      if (!print) throw new ApiError('internal', 'this host prints no reports (no report printer registered)');
      // A token for this print only, revoked as soon as the page is printed.
      const token = core.auth.issueToken(user.id);
      // Printing takes seconds (Chromium starts, the page loads its data, then prints): the
      // screen that asked shows each step, on the stream as everything else it hears.
      let last = -1;
      const progress = (step: ReportStep, percent: number) => {
        const p = Math.round(Math.min(100, Math.max(0, percent)));
        if (progress_id === undefined || p <= last) return;
        last = p;
        core.deps.bus.publish({ type: 'report.progress', subject_id, progress_id, step, percent: p });
      };
      progress('queued', 0);
      try {
        const pdf = await print({ subjectId: subject_id, request, token, progress });
        progress('done', 100);
        return { kind: request.kind, filename: `tend-${request.kind}.pdf`, mime: 'application/pdf' as const, pdf_base64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64') };
      } finally {
        core.auth.logout(token);
      }
    },
  };
}

/** The caller's saved zone (`auth.me` `time_zone`), else the host's own. */
function reportZone(core: Core, userId: string): string {
  const saved = core.auth.profile(userId).time_zone;
  return saved && isValidTimeZone(saved) ? saved : defaultTimeZone();
}
