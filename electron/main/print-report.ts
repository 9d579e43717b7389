import { BrowserWindow, type WebContents } from 'electron';
import { join } from 'node:path';
import { badRequest } from '../../api/errors';
import type { ReportRequest } from '../../api/reports';
import type { ReportJob } from '../../core/reports/printer';
import { reportHash } from '../../core/reports/render';

/**
 * Reports on the desktop: the same report route of the same renderer the hub prints with
 * Chromium, printed here by Electron's own engine (`webContents.printToPDF`, contract
 * section 5) in a hidden, equally sandboxed window: the desktop's report printer, registered
 * with the core at start (core/reports/printer.ts).
 */
export async function printReport(
  subjectId: string,
  request: ReportRequest,
  opts: { preload: string; rendererDir: string; track: (wc: WebContents, on: boolean) => void; timeoutMs?: number; progress?: ReportJob['progress'] },
): Promise<Buffer> {
  // Access and the request were checked by the core's `reports.print`, which calls this printer.
  const progress = opts.progress ?? (() => undefined);
  progress('starting', 10);
  const win = new BrowserWindow({
    show: false,
    width: 1123,
    height: 1587,
    webPreferences: { preload: opts.preload, sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false },
  });
  opts.track(win.webContents, true);
  try {
    progress('loading', 30);
    await win.loadFile(join(opts.rendererDir, 'index.html'), { hash: reportHash(subjectId, request).slice(1) });
    progress('preparing', 50);
    const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
    for (;;) {
      const state = (await win.webContents.executeJavaScript(
        `(() => { const el = document.querySelector('[data-report-ready="true"], [data-report-error]'); return el ? (el.getAttribute('data-report-error') ?? 'ready') : null; })()`,
      )) as string | null;
      if (state === 'ready') break;
      if (state) throw badRequest(`report: ${state}`);
      if (Date.now() > deadline) throw new Error('the report page did not finish in time');
      await new Promise((r) => setTimeout(r, 100));
    }
    progress('printing', 85);
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, margins: { top: 0.47, bottom: 0.63, left: 0.47, right: 0.47 } });
  } finally {
    opts.track(win.webContents, false);
    win.destroy();
  }
}
