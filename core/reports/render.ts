/**
 * PDF reports (contract section 5), rendered by Chromium's print engine from the same React
 * components as the screens. The hub serves the renderer; `#/report/<kind>?subject=…` shows
 * a print layout of those components and sets `data-report-ready` on its root once every
 * chart has its data (or `data-report-error` with a message). Here Playwright's Chromium
 * (Debian's binary, driven by playwright-core) opens that page as the requesting user,
 * with a token issued for this one render and revoked after, and prints it to A4.
 * The desktop app does the same with Electron's `webContents.printToPDF`.
 */
import { existsSync } from 'node:fs';
import type { chromium as Chromium } from 'playwright-core';
import { ApiError } from '../../api/errors';
import type { ReportRequest } from '../../api/reports';
import type { ReportJob, ReportPrinter } from './printer';
import { logger } from '../logger';

const log = logger('reports');

export { REPORT_KINDS, ReportRequest, type ReportKind } from '../../api/reports';

/** Chromium used for printing: env TEND_CHROMIUM, else Debian's. */
export const chromiumPath = (): string => process.env.TEND_CHROMIUM ?? '/usr/bin/chromium';

/** The hash route of a report page (renderer/src/features/reports/report-route.tsx reads it). */
export function reportHash(subjectId: string, r: ReportRequest): string {
  const q = new URLSearchParams({ subject: subjectId });
  if (r.from) q.set('from', r.from);
  if (r.to) q.set('to', r.to);
  // A named zone (reports.print fills in the caller's); `tz`, a fixed offset, only for a request that gave nothing else.
  if (r.time_zone) q.set('zone', r.time_zone);
  else q.set('tz', String(r.utc_offset_min ?? -new Date().getTimezoneOffset()));
  return `#/report/${r.kind}?${q.toString()}`;
}

/** One Chromium at a time: a report costs ~150 MB and a second or two; the rest queue. */
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/** Prints the report page at `baseUrl` signed in with `token`; returns the PDF bytes. */
export function printReportPage(opts: { baseUrl: string; token: string; subjectId: string; request: ReportRequest; timeoutMs?: number; progress?: ReportJob['progress'] }): Promise<Buffer> {
  const exe = chromiumPath();
  if (!existsSync(exe)) return Promise.reject(new ApiError('internal', `Chromium not found at ${exe} (set TEND_CHROMIUM)`));
  const progress = opts.progress ?? (() => undefined);
  return serialised(async () => {
    const started = performance.now();
    progress('starting', 10);
    // Loaded here, not at the top: playwright-core alone took half a second of every
    // `tend` start and every hub start, and only a PDF needs it.
    const { chromium }: { chromium: typeof Chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: exe,
      headless: true,
      // Keep Chromium off the network entirely: only the hub on loopback is reachable.
      args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost'],
    });
    try {
      // A4 width at 96 dpi less the margins, so the screen layout is the printed one.
      // Over HTTPS the hub is reached at its loopback address, which its certificate (made
      // for the name the network knows it by) need not name; this is our own hub, not the web.
      const context = await browser.newContext({ viewport: { width: 720, height: 1000 }, ignoreHTTPSErrors: opts.baseUrl.startsWith('https://') });
      await context.addInitScript(`window.localStorage.setItem('tend.token', ${JSON.stringify(opts.token)});`);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      progress('loading', 30);
      await page.goto(`${opts.baseUrl}/${reportHash(opts.subjectId, opts.request)}`);
      // The page now asks the hub for its data and draws its charts: most of a print's time.
      progress('preparing', 50);
      const timeout = opts.timeoutMs ?? 30_000;
      try {
        await page.waitForSelector('[data-report-ready="true"], [data-report-error]', { timeout });
      } catch {
        throw new ApiError('internal', `the report page did not finish within ${timeout} ms${errors.length ? `: ${errors[0]}` : ''}`);
      }
      const failed = await page.locator('[data-report-error]').count();
      if (failed) throw new ApiError('unprocessable', `report: ${(await page.locator('[data-report-error]').first().getAttribute('data-report-error')) ?? 'failed'}`);
      progress('printing', 85);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '12mm', bottom: '16mm', left: '12mm', right: '12mm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="font: 8px DejaVu Sans, sans-serif; color: #555; width: 100%; padding: 0 12mm; display: flex; justify-content: space-between"><span>Tend · not a diagnosis: discuss with your clinician</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>',
      });
      log.info('report printed', { kind: opts.request.kind, bytes: pdf.length, ms: Math.round(performance.now() - started) });
      return pdf;
    } finally {
      await browser.close();
    }
  });
}

/**
 * The hub's and the CLI's printer (core/reports/printer.ts): Chromium prints the report page
 * of the hub at `baseUrl()` (the running hub, or one started in-process on port 0 by the CLI),
 * signed in with the token the core issued for this print.
 */
export function chromiumPrinter(baseUrl: () => string, opts: { timeoutMs?: number } = {}): ReportPrinter {
  return (job) => printReportPage({ baseUrl: baseUrl(), token: job.token, subjectId: job.subjectId, request: job.request, progress: job.progress, ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}) });
}
