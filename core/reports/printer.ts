import type { ReportRequest, ReportStep } from '../../api/reports';
import type { Core } from '../core-types';

/**
 * What turns a report page into PDF bytes belongs to the host, not the core: the hub and the
 * CLI print with Chromium (render.ts), the desktop app with Electron's `printToPDF`. Each host
 * registers its printer with the core when it starts; `reports.print` asks it.
 */
export interface ReportJob {
  subjectId: string;
  request: ReportRequest;
  /** A token for this print only (revoked after), for a printer whose page signs in over HTTP. */
  token: string;
  /**
   * Says a step has begun, `percent` of the way (0–100), for the screen waiting on the PDF
   * (`report.progress`). A printer calls it at each step it passes; calling it is cheap.
   */
  progress: (step: ReportStep, percent: number) => void;
}
export type ReportPrinter = (job: ReportJob) => Promise<Buffer | Uint8Array>;

const printers = new WeakMap<Core, ReportPrinter>();

/** Registers the host's printer; returns a function that removes it again if it is still the one registered. */
export function setReportPrinter(core: Core, printer: ReportPrinter): () => void {
  printers.set(core, printer);
  return () => {
    if (printers.get(core) === printer) printers.delete(core);
  };
}

export const reportPrinter = (core: Core): ReportPrinter | undefined => printers.get(core);
