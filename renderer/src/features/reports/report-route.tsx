import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Subject } from '../../../../api/schemas';
import { useFromHash } from '../../app/route';
import { client } from '../../client';
import { AgpReport } from './agp-report';
import { BabyReport } from './baby-report';
import { ReportsScreen } from './reports-screen';
import { TremorReport } from './tremor-report';
import './print.css';
import '../tremor/tremor.css';
import { displayZone } from '../../app/time-format';
import { isIanaTimeZone } from '../../../../api/observations';
import type { ReportClock } from './report-clock';

export const REPORT_KINDS = ['agp', 'baby', 'tremor'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What a report page gets: the period (ISO, optional), the clock, and how to say it is done. */
export interface ReportPageProps {
  subject: Subject;
  from: string | undefined;
  to: string | undefined;
  /** The zone (or an old caller's fixed offset) for local days and times. */
  clock: ReportClock;
  /** Call once every chart has its data: the PDF is printed then. */
  onReady: () => void;
  onError: (message: string) => void;
}

/** `#/report/<kind>?subject=&from=&to=&zone=` (or `tz=`, minutes east of UTC, from older callers): parsed from the hash. */
export function parseReportHash(hash: string): { kind: ReportKind | null; subject: string | null; from?: string; to?: string; zone: string | null; tz: number | null } {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const kind = path!.split('/')[1] ?? '';
  const q = new URLSearchParams(query);
  const tz = q.get('tz');
  return {
    kind: (REPORT_KINDS as readonly string[]).includes(kind) ? (kind as ReportKind) : null,
    subject: q.get('subject'),
    ...(q.get('from') ? { from: q.get('from')! } : {}),
    ...(q.get('to') ? { to: q.get('to')! } : {}),
    zone: q.get('zone'),
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
  return <ReportPage kind={r.kind} subjectId={r.subject ?? subject?.id ?? null} from={r.from} to={r.to} zone={r.zone} tz={r.tz} />;
}

function ReportPage({ kind, subjectId, from, to, zone, tz }: { kind: ReportKind; subjectId: string | null; from: string | undefined; to: string | undefined; zone: string | null; tz: number | null }) {
  // A named zone wins; a bare offset is an older caller's fixed clock; neither: the screens' zone.
  // One object per zone, so the pages' effects that depend on it run once.
  const clock = useMemo<ReportClock>(() => (zone !== null ? { zone } : tz !== null ? { offsetMin: tz } : { zone: displayZone() }), [zone, tz]);
  const [subject, setSubject] = useState<Subject | null>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onReady = useCallback(() => setReady(true), []);
  useEffect(() => {
    if (!subjectId) {
      setError('no subject given');
      return;
    }
    if ('zone' in clock && !isIanaTimeZone(clock.zone)) {
      setError(`zone: "${clock.zone}" is not an IANA time zone`);
      return;
    }
    client.call('subjects.get', { id: subjectId }).then(setSubject).catch((e: Error) => setError(e.message));
  }, [subjectId, clock]);
  let body: ReactNode = <p role="status">Loading…</p>;
  if (subject) {
    const props: ReportPageProps = { subject, from, to, clock, onReady, onError: setError };
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
