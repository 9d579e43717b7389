import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Subject } from '../../../../api/schemas';
import { useFromHash } from '../../app/route';
import { client } from '../../client';
import { AgpReport } from './agp-report';
import { BabyReport } from './baby-report';
import { ReportsScreen } from './reports-screen';
import { TremorReport } from './tremor-report';
import './print.css';
import '../tremor/tremor.css';
import { displayOffsetMin } from '../../app/time-format';

export const REPORT_KINDS = ['agp', 'baby', 'tremor'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What a report page gets: the period (ISO, optional), the clock, and how to say it is done. */
export interface ReportPageProps {
  subject: Subject;
  from: string | undefined;
  to: string | undefined;
  /** Minutes east of UTC for local days and times. */
  offsetMin: number;
  /** Call once every chart has its data: the PDF is printed then. */
  onReady: () => void;
  onError: (message: string) => void;
}

/** `#/report/<kind>?subject=&from=&to=&tz=`: parsed from the hash. */
export function parseReportHash(hash: string): { kind: ReportKind | null; subject: string | null; from?: string; to?: string; tz: number | null } {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const kind = path!.split('/')[1] ?? '';
  const q = new URLSearchParams(query);
  const tz = q.get('tz');
  return {
    kind: (REPORT_KINDS as readonly string[]).includes(kind) ? (kind as ReportKind) : null,
    subject: q.get('subject'),
    ...(q.get('from') ? { from: q.get('from')! } : {}),
    ...(q.get('to') ? { to: q.get('to')! } : {}),
    tz: tz !== null && /^-?\d+$/.test(tz) ? Number(tz) : null,
  };
}

const TITLES: Record<ReportKind, string> = { agp: 'Ambulatory glucose profile', baby: 'Baby monitor report', tremor: 'Tremor report' };

const readHash = () => window.location.hash;

/** #/report: the chooser, or with a kind the print layout Chromium turns into the PDF. */
export function ReportsRoute({ subject }: { subject: Subject | null }) {
  const hash = useFromHash(readHash);
  const r = parseReportHash(hash);
  if (!r.kind) return <ReportsScreen subject={subject} />;
  return <ReportPage kind={r.kind} subjectId={r.subject ?? subject?.id ?? null} from={r.from} to={r.to} offsetMin={r.tz ?? displayOffsetMin()} />;
}

function ReportPage({ kind, subjectId, from, to, offsetMin }: { kind: ReportKind; subjectId: string | null; from: string | undefined; to: string | undefined; offsetMin: number }) {
  const [subject, setSubject] = useState<Subject | null>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onReady = useCallback(() => setReady(true), []);
  useEffect(() => {
    if (!subjectId) {
      setError('no subject given');
      return;
    }
    client.call('subjects.get', { id: subjectId }).then(setSubject).catch((e: Error) => setError(e.message));
  }, [subjectId]);
  let body: ReactNode = <p role="status">Loading…</p>;
  if (subject) {
    const props: ReportPageProps = { subject, from, to, offsetMin, onReady, onError: setError };
    body = kind === 'tremor' ? <TremorReport {...props} /> : kind === 'agp' ? <AgpReport {...props} /> : <BabyReport {...props} />;
  }
  return (
    <article className="report" aria-labelledby="report-title" data-report-ready={ready && !error ? 'true' : 'false'} {...(error ? { 'data-report-error': error } : {})}>
      <header className="report-head">
        <h1 id="report-title">{TITLES[kind]}{subject ? `: ${subject.name}` : ''}</h1>
        <span className="muted" style={{ fontSize: 11 }}>Tend · printed {new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC</span>
      </header>
      <p className="no-print"><a href="#/report">All reports</a> · <button type="button" onClick={() => window.print()}>Print</button></p>
      {error ? <p className="error" role="alert">{error}</p> : body}
    </article>
  );
}
