import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Checkin } from '../../../../api/baby';
import type { ProcOutput } from '../../../../api/procedures';
import { client } from '../../client';
import { fmtDateTime } from '../../app/time-format';

type Stats = ProcOutput<'baby.checkins.stats'>;
type Flag = '' | 'true' | 'false';

const fmt = (v: number | null, unit: string, digits = 1) => (v === null ? '—' : `${v.toFixed(digits)} ${unit}`);

async function fileBase64(f: File): Promise<string> {
  const bytes = new Uint8Array(await f.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** A check-in (body temperature, humidity, note, optional recording) and the history with filters and totals. */
export function Checkins({ subjectId, onSaved }: { subjectId: string; onSaved: () => void }) {
  const [temperature, setTemperature] = useState('');
  const [humidity, setHumidity] = useState('');
  const [note, setNote] = useState('');
  const [audio, setAudio] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cry, setCry] = useState<Flag>('');
  const [sick, setSick] = useState<Flag>('');
  const [items, setItems] = useState<Checkin[]>([]);
  const [total, setTotal] = useState(0);
  const [stats, setStats] = useState<Stats | null>(null);
  const [page, setPage] = useState(0);
  const PAGE = 10;

  const load = useCallback(async () => {
    const filters = { ...(cry ? { cry_detected: cry === 'true' } : {}), ...(sick ? { sick_detected: sick === 'true' } : {}) };
    const [list, s] = await Promise.all([
      client.call('baby.checkins.list', { subject_id: subjectId, ...filters, limit: PAGE, offset: page * PAGE }),
      client.call('baby.checkins.stats', { subject_id: subjectId }),
    ]);
    setItems(list.items);
    setTotal(list.total);
    setStats(s);
  }, [subjectId, cry, sick, page]);

  useEffect(() => {
    void load().catch((e: Error) => setError(e.message));
  }, [load]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await client.call('baby.checkins.create', {
        subject_id: subjectId,
        ...(temperature ? { temperature: Number(temperature) } : {}),
        ...(humidity ? { humidity: Number(humidity) } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(audio ? { audio_wav_base64: await fileBase64(audio) } : {}),
      });
      setTemperature('');
      setHumidity('');
      setNote('');
      setAudio(null);
      await load();
      onSaved();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="checkin-title">
      <h2 id="checkin-title" style={{ margin: 0 }}>Check-ins</h2>
      <form className="row" onSubmit={(e) => void submit(e)} aria-label="New check-in" style={{ alignItems: 'flex-end' }}>
        <div className="field">
          <label htmlFor="ci-temp">Body temperature (°C)</label>
          <input id="ci-temp" type="number" step="0.1" min="25" max="45" value={temperature} onChange={(e) => setTemperature(e.target.value)} style={{ minWidth: '8rem' }} />
        </div>
        <div className="field">
          <label htmlFor="ci-hum">Humidity (%RH)</label>
          <input id="ci-hum" type="number" step="1" min="0" max="100" value={humidity} onChange={(e) => setHumidity(e.target.value)} style={{ minWidth: '8rem' }} />
        </div>
        <div className="field">
          <label htmlFor="ci-note">Note</label>
          <input id="ci-note" type="text" maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ci-audio">Recording (WAV, FLAC, MP3, Ogg or M4A; optional)</label>
          <input id="ci-audio" type="file" accept=".wav,.flac,.mp3,.ogg,.oga,.opus,.m4a,.mp4,.aac,audio/wav,audio/flac,audio/mpeg,audio/ogg,audio/mp4,audio/x-m4a,audio/aac" onChange={(e) => setAudio(e.target.files?.[0] ?? null)} />
        </div>
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : 'Save check-in'}</button>
      </form>
      {error && <p className="error" role="alert">{error}</p>}

      {stats && (
        <p className="muted" data-testid="checkin-stats" style={{ margin: 0 }}>
          {stats.total} check-ins · {stats.cry_count} with crying · {stats.sick_count} flagged sick · average {fmt(stats.avg_temperature, '°C')} · {fmt(stats.avg_humidity, '%RH', 0)}
        </p>
      )}
      <div className="row">
        <div className="field">
          <label htmlFor="ci-f-cry">Crying</label>
          <select id="ci-f-cry" value={cry} onChange={(e) => { setCry(e.target.value as Flag); setPage(0); }}>
            <option value="">Any</option>
            <option value="true">Crying</option>
            <option value="false">Not crying</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="ci-f-sick">Sick</label>
          <select id="ci-f-sick" value={sick} onChange={(e) => { setSick(e.target.value as Flag); setPage(0); }}>
            <option value="">Any</option>
            <option value="true">Flagged sick</option>
            <option value="false">Not flagged</option>
          </select>
        </div>
      </div>
      {items.length === 0 ? (
        <p className="muted">No check-ins{cry || sick ? ' match these filters' : ' yet'}.</p>
      ) : (
        <table aria-label="Check-in history">
          <thead>
            <tr><th scope="col">When</th><th scope="col">Body</th><th scope="col">Humidity</th><th scope="col">Crying</th><th scope="col">Sick</th><th scope="col">Note</th></tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <td>{fmtDateTime(c.t)}</td>
                <td>{fmt(c.temperature, '°C')}</td>
                <td>{fmt(c.humidity, '%RH', 0)}</td>
                <td>{c.cry_detected ? 'yes' : 'no'}{c.cry_probability !== null ? ` (${Math.round(c.cry_probability * 100)} %)` : ''}</td>
                <td>{c.sick_detected ? <span className="badge medium">sick</span> : 'no'}</td>
                <td>{c.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > PAGE && (
        <div className="row">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>Newer</button>
          <span className="muted">{page * PAGE + 1}–{Math.min(total, (page + 1) * PAGE)} of {total}</span>
          <button type="button" disabled={(page + 1) * PAGE >= total} onClick={() => setPage(page + 1)}>Older</button>
        </div>
      )}
    </section>
  );
}
