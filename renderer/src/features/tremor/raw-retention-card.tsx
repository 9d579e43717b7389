import { useEffect, useState, type FormEvent } from 'react';
import type { Subject } from '../../../../api/schemas';
import { DEFAULT_DETAIL_RETENTION_DAYS, DEFAULT_RAW_RETENTION_DAYS, DetailRetentionDays, RawRetentionDays } from '../../../../api/tremor';
import { client } from '../../client';

/**
 * How many days of a person's raw wrist samples are kept (`settings.tremor.raw_retention_days`,
 * issue 18), beside the other per-person settings. The per-minute tremor stays whatever is
 * chosen; 0 keeps no raw samples once they are analysed. Beside it, how long each minute's
 * per-second detail stays (`detail_retention_days`). Viewers see them and cannot change them
 * (the core refuses their writes anyway: `tremor.settings.put` needs owner, caregiver or clinician).
 */
export function RawRetentionCard({ subject }: { subject: Subject }) {
  const [stored, setStored] = useState<{ subjectId: string; days: number; detailDays: number } | null>(null);
  const [text, setText] = useState('');
  const [detailText, setDetailText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const canEdit = subject.role !== 'viewer';

  useEffect(() => {
    let alive = true;
    setError(null);
    setSaved(null);
    client.call('tremor.settings.get', { subject_id: subject.id }).then(
      (s) => {
        if (!alive) return;
        setStored({ subjectId: subject.id, days: s.raw_retention_days, detailDays: s.detail_retention_days });
        setText(String(s.raw_retention_days));
        setDetailText(String(s.detail_retention_days));
      },
      (e: Error) => alive && setError(`Could not load the setting: ${e.message}`),
    );
    return () => {
      alive = false;
    };
  }, [subject.id]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canEdit || saving) return;
    setSaved(null);
    const days = RawRetentionDays.safeParse(text.trim() === '' ? NaN : Number(text));
    if (!days.success) return setError('Raw wrist samples kept: enter a whole number of days from 0 to 3650.');
    const detailDays = DetailRetentionDays.safeParse(detailText.trim() === '' ? NaN : Number(detailText));
    if (!detailDays.success) return setError('Per-second detail kept: enter a whole number of days from 1 to 3650.');
    setError(null);
    setSaving(true);
    try {
      const next = await client.call('tremor.settings.put', { subject_id: subject.id, settings: { raw_retention_days: days.data, detail_retention_days: detailDays.data } });
      setStored({ subjectId: subject.id, days: next.raw_retention_days, detailDays: next.detail_retention_days });
      setText(String(next.raw_retention_days));
      setDetailText(String(next.detail_retention_days));
      const raw = next.raw_retention_days === 0 ? 'raw samples are deleted once analysed' : `raw samples are kept for ${next.raw_retention_days} days`;
      setSaved(`Saved: ${raw}, per-second detail for ${Math.max(next.detail_retention_days, next.raw_retention_days)} days.`);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  const ready = stored?.subjectId === subject.id;
  return (
    <form className="card stack" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="raw-retention-title" style={{ maxWidth: 520 }} data-testid="raw-retention">
      <h2 id="raw-retention-title" style={{ marginTop: 0 }}>Wrist recordings of {subject.name}</h2>
      <p className="muted" style={{ margin: 0 }}>
        A wrist sensor at 100 Hz stores about 16 MB of raw samples a day. Older raw samples are deleted within the hour; the tremor by minute, doses, trend and reports stay.
      </p>
      <div className="field">
        <label htmlFor="raw-retention-days">Raw wrist samples kept (days, 0–3650; default {DEFAULT_RAW_RETENTION_DAYS}; 0: none once analysed)</label>
        <input
          id="raw-retention-days" type="number" inputMode="numeric" min={0} max={3650} step={1} value={text} disabled={!ready || !canEdit}
          aria-invalid={error ? true : undefined} aria-describedby={error ? 'raw-retention-error' : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setSaved(null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="detail-retention-days">Per-second detail kept (days, 1–3650; default {DEFAULT_DETAIL_RETENTION_DAYS}; never less than the raw samples)</label>
        <input
          id="detail-retention-days" type="number" inputMode="numeric" min={1} max={3650} step={1} value={detailText} disabled={!ready || !canEdit}
          aria-describedby="detail-retention-help"
          onChange={(e) => {
            setDetailText(e.target.value);
            setSaved(null);
          }}
        />
        <p className="muted" id="detail-retention-help" style={{ margin: 0 }}>
          About 1.5 MB a day: it lets a minute recorded in two pieces be completed. Older minutes keep their results; a late piece no longer changes them.
        </p>
      </div>
      {!canEdit && <p role="note" style={{ margin: 0 }}>You can see these settings but not change them: only the owner, caregivers and clinicians can.</p>}
      {error && <p className="error" role="alert" id="raw-retention-error">{error}</p>}
      {saved && <p role="status">{saved}</p>}
      {canEdit && (
        <div>
          <button type="submit" disabled={!ready || saving}>{saving ? 'Saving…' : 'Save'}</button>
        </div>
      )}
    </form>
  );
}
