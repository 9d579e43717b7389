import { useState, type FormEvent } from 'react';
import { client } from '../../client';
import { CsvPiecer } from './csv-pieces';
import { instantAt } from './format';
import { toBase64, wearableFormat, WearablePiecer } from './wearable-pieces';

const SLICE = 2 * 1024 * 1024;

/**
 * Upload a recording (CSV t,x,y,z): read in 2 MB slices, sent in ~4 MB pieces that end at
 * whole minutes, with progress. t counts seconds from the start time given here unless
 * it is already Unix time. An Axivity .cwa or GENEActiv .bin (told by content) goes as base64
 * pieces of header + whole blocks/pages; it carries its own times, so the start time is not used.
 * The start time is read on the account's clock (`zone`), not the browser's.
 */
export function UploadPanel({ subjectId, date, zone, onUploaded }: { subjectId: string; date: string; zone: string; onUploaded: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [startTime, setStartTime] = useState('00:00');
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState<string>('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setStatus('');
    setProgress(0);
    const start = new Date(instantAt(zone, date, startTime)).toISOString();
    const piecer = new CsvPiecer();
    let seconds = 0;
    let duplicates = 0;
    const format = wearableFormat(new Uint8Array(await file.slice(0, 512).arrayBuffer()));
    if (format) {
      const wp = new WearablePiecer(format);
      // Each piece repeats the file's header, so a header's over-claim is reported once per piece: keep a few, once each.
      const warnings = new Set<string>();
      const sendFile = async (bytes: Uint8Array, final: boolean) => {
        const r = await client.call('tremor.upload', { subject_id: subjectId, file_base64: toBase64(bytes), final });
        seconds += r.seconds;
        duplicates += r.duplicate_chunks;
        for (const w of r.file?.warnings ?? []) warnings.add(w);
      };
      try {
        for (let at = 0; at < file.size; at += SLICE) {
          wp.push(new Uint8Array(await file.slice(at, at + SLICE).arrayBuffer()));
          // Keep one piece back: only the last is final.
          while (wp.ready.length > 1) await sendFile(wp.ready.shift()!, false);
          setProgress(Math.min(at + SLICE, file.size) / file.size);
        }
        wp.end();
        while (wp.ready.length > 0) await sendFile(wp.ready.shift()!, wp.ready.length === 0);
        setProgress(1);
        setStatus(
          `Uploaded ${file.name} (${format === 'cwa' ? 'Axivity' : 'GENEActiv'}): ${Math.round(seconds / 60)} minutes analysed` +
            `${duplicates ? ` (${duplicates} minutes were already stored)` : ''}.${warnings.size ? ` Note: ${[...warnings].slice(0, 3).join('; ')}${warnings.size > 3 ? '; …' : ''}.` : ''}`,
        );
        onUploaded();
      } catch (err) {
        setError((err as Error).message);
        setProgress(null);
      }
      return;
    }
    const send = async (text: string, final: boolean) => {
      const r = await client.call('tremor.upload', { subject_id: subjectId, csv: text, start, final });
      seconds += r.seconds;
      duplicates += r.duplicate_chunks;
    };
    try {
      for (let at = 0; at < file.size; at += SLICE) {
        piecer.push(await file.slice(at, at + SLICE).text());
        // Keep one piece back: a short tail may still be folded into it.
        while (piecer.ready.length > 1) await send(piecer.ready.shift()!.text, false);
        setProgress(Math.min(at + SLICE, file.size) / file.size);
      }
      piecer.end();
      while (piecer.ready.length > 0) {
        const p = piecer.ready.shift()!;
        await send(p.text, piecer.ready.length === 0);
      }
      setProgress(1);
      setStatus(`Uploaded ${file.name}: ${Math.round(seconds / 60)} minutes analysed${duplicates ? ` (${duplicates} minutes were already stored)` : ''}.`);
      onUploaded();
    } catch (err) {
      setError((err as Error).message);
      setProgress(null);
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="tremor-upload-title">
      <h2 id="tremor-upload-title" style={{ margin: 0 }}>Upload a recording</h2>
      <div className="row">
        <div className="field">
          <label htmlFor="tremor-file">Accelerometer CSV (t,x,y,z), Axivity .cwa or GENEActiv .bin</label>
          <input id="tremor-file" type="file" accept=".csv,.cwa,.bin,text/csv,text/plain,application/octet-stream" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="field">
          <label htmlFor="tremor-start">Recording started at ({date})</label>
          <input id="tremor-start" type="time" value={startTime} onChange={(e) => setStartTime(e.target.value)} required />
        </div>
        <button type="submit" className="primary" disabled={!file || (progress !== null && progress < 1)}>Upload</button>
      </div>
      {progress !== null && (
        <div className="row">
          <label htmlFor="tremor-progress" style={{ margin: 0 }}>Upload progress</label>
          <progress id="tremor-progress" value={progress} max={1}>{Math.round(progress * 100)} %</progress>
          <span aria-hidden="true">{Math.round(progress * 100)} %</span>
        </div>
      )}
      <p role="status" aria-live="polite" data-testid="upload-status" style={{ margin: 0 }}>{status}</p>
      {error && <p className="error" role="alert">{error}</p>}
    </form>
  );
}
