import { useEffect, useState } from 'react';
import type { Subject } from '../../../../api/schemas';
import { client, session } from '../../client';
import { displayZone, nextDay, startOfDayIn } from '../../app/time-format';

type Kind = 'agp' | 'baby' | 'tremor';
const LABEL: Record<Kind, string> = { tremor: 'Tremor', agp: 'Ambulatory glucose profile (AGP)', baby: 'Baby monitor' };
const defaultKind = (s: Subject | null): Kind => (s?.kind === 'baby' ? 'baby' : s?.kind === 'parkinson' ? 'tremor' : 'agp');

/** #/report: choose a report and a period; open its print view or download the PDF the hub prints. */
export function ReportsScreen({ subject }: { subject: Subject | null }) {
  const [kind, setKind] = useState<Kind>(defaultKind(subject));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The print this screen asked for, and how far the hub says it has got (report.progress). */
  const [job, setJob] = useState<{ id: string; percent: number } | null>(null);
  useEffect(() => {
    if (!job) return;
    return client.subscribe((ev) => {
      if (ev.type === 'report.progress' && ev.progress_id === job.id) setJob((j) => (j && j.id === ev.progress_id && ev.percent > j.percent ? { ...j, percent: ev.percent } : j));
    });
  }, [job?.id]);
  if (!subject) return <p>Add a person on the Overview first.</p>;
  // The report is drawn in the screens' zone: its days from each local midnight, at each day's own offset.
  const zone = displayZone();
  const isoOf = (d: string, end: boolean) => (d ? new Date(startOfDayIn(zone, end ? nextDay(d) : d)).toISOString() : undefined);
  const q = new URLSearchParams({ subject: subject.id, zone });
  const f = isoOf(from, false);
  const t = isoOf(to, true);
  if (f) q.set('from', f);
  if (t) q.set('to', t);

  const download = async () => {
    setBusy(true);
    setError(null);
    const progressId = crypto.randomUUID();
    setJob({ id: progressId, percent: 0 });
    try {
      const request = { kind, time_zone: zone, progress_id: progressId, ...(f ? { from: f } : {}), ...(t ? { to: t } : {}) };
      let pdf: Blob;
      if (window.tend?.report) {
        // Desktop: Electron prints the same report page with its own engine.
        const r = await window.tend.report(subject.id, request);
        if (!r.ok) throw new Error(r.error.message);
        pdf = new Blob([r.value as BlobPart], { type: 'application/pdf' });
      } else {
        const res = await fetch(`/api/subjects/${encodeURIComponent(subject.id)}/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${session.get() ?? ''}` },
          body: JSON.stringify(request),
        });
        if (!res.ok) throw new Error(((await res.json()) as { error?: { message?: string } }).error?.message ?? `HTTP ${res.status}`);
        pdf = await res.blob();
      }
      const url = URL.createObjectURL(pdf);
      const a = document.createElement('a');
      a.href = url;
      a.download = `tend-${kind}-${subject.name.replace(/[^\w.-]+/g, '_')}.pdf`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      setJob(null);
    }
  };

  return (
    <section aria-labelledby="reports-title" className="stack">
      <h1 id="reports-title">Reports: {subject.name}</h1>
      <div className="card stack">
        <div className="row">
          <div className="field">
            <label htmlFor="report-kind">Report</label>
            <select id="report-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {(Object.keys(LABEL) as Kind[]).map((k) => <option key={k} value={k}>{LABEL[k]}</option>)}
            </select>
          </div>
          <div className="field"><label htmlFor="report-from">From (optional)</label><input id="report-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} /></div>
          <div className="field"><label htmlFor="report-to">To (optional)</label><input id="report-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} /></div>
        </div>
        <div className="row">
          <a className="button" href={`#/report/${kind}?${q.toString()}`}>Open print view</a>
          {client.kind === 'http' && <button type="button" className="primary" disabled={busy} onClick={() => void download()}>{busy ? 'Printing…' : 'Download PDF'}</button>}
        </div>
        {job && (
          <p role="status" data-testid="report-progress">
            Preparing report… {job.percent} % <progress max={100} value={job.percent} aria-label="Report progress" />
          </p>
        )}
        {error && <p className="error" role="alert">{error}</p>}
      </div>
    </section>
  );
}
