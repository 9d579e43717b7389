import { useRef, useState, type DragEvent } from 'react';
import { client } from '../../client';
import { displayZone } from '../../app/time-format';

interface Summary {
  imported: number;
  duplicates: number;
  skipped: number;
  format: string;
  errors: Array<{ line: number; message: string }>;
  skip_reasons: Array<{ reason: string; count: number; lines: number[] }>;
}

/** The formats a person can name when Tend cannot tell (api/diabetes.ts ImportFormatName). */
const FORMATS = [
  ['dexcom-clarity', 'Dexcom Clarity (CSV)'],
  ['libreview', 'LibreView (CSV)'],
  ['nightscout', 'Nightscout (JSON)'],
  ['tend-csv', 'Tend CSV (time,metric,value)'],
  ['fhir', 'FHIR R4 (JSON)'],
] as const;
type FormatName = (typeof FORMATS)[number][0];

type Phase = { kind: 'idle' } | { kind: 'reading'; name: string; loaded: number; total: number } | { kind: 'importing'; name: string; size: number };

/** The largest file the import procedure takes (api/diabetes.ts, 50 MB of text). */
const MAX_BYTES = 50 * 1024 * 1024;

/** Reads a File as text, reporting progress (large exports take a visible while). */
function readWithProgress(file: File, onProgress: (loaded: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    r.onload = () => resolve(String(r.result ?? ''));
    r.onerror = () => reject(r.error ?? new Error('could not read the file'));
    r.readAsText(file);
  });
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/**
 * Drag-and-drop (or pick) a Dexcom Clarity, LibreView, Nightscout, tend-csv or FHIR
 * file; the format is detected. A bad line refuses the file naming the line, unless
 * "skip bad lines" is on. Export as FHIR R4 or CSV.
 */
export function ImportExport({ subjectId, subjectName, onImported }: { subjectId: string; subjectName: string; onImported: () => void }) {
  const [over, setOver] = useState(false);
  const [skipBad, setSkipBad] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [result, setResult] = useState<(Summary & { name: string }) | null>(null);
  const [error, setError] = useState<{ name: string; message: string; file: File; unknownFormat: boolean; format: FormatName | 'auto' } | null>(null);
  const [pick, setPick] = useState<FormatName>('dexcom-clarity');
  const [exportError, setExportError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (file: File, skip = skipBad, format: FormatName | 'auto' = 'auto') => {
    setResult(null);
    setError(null);
    if (file.size > MAX_BYTES) {
      setError({ name: file.name, message: `${file.name} is ${mb(file.size)}; files up to 50 MB can be imported here (use \`tend import\` for larger ones).`, file, unknownFormat: false, format });
      return;
    }
    try {
      setPhase({ kind: 'reading', name: file.name, loaded: 0, total: file.size });
      const text = await readWithProgress(file, (loaded, total) => setPhase({ kind: 'reading', name: file.name, loaded, total }));
      setPhase({ kind: 'importing', name: file.name, size: file.size });
      const s = await client.call('imports.text', {
        subject_id: subjectId,
        text,
        filename: file.name,
        format,
        skip_bad_lines: skip,
        time_zone: displayZone(),
      });
      setResult({ ...s, name: file.name });
      onImported();
    } catch (e) {
      // The core names `format` when it could not tell: offer the formats rather than a CLI flag.
      setError({ name: file.name, message: (e as Error).message, file, unknownFormat: (e as { field?: string }).field === 'format', format });
    } finally {
      setPhase({ kind: 'idle' });
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) void importFile(f);
  };

  const download = async (format: 'fhir' | 'tend-csv') => {
    setExportError(null);
    try {
      const r = await client.call('exports.text', { subject_id: subjectId, format });
      const url = URL.createObjectURL(new Blob([r.text], { type: r.mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = r.filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setExportError((e as Error).message);
    }
  };

  const busy = phase.kind !== 'idle';
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import and export</h2>
      <div className="dm-body stack">
        <div
          className={`dm-drop${over ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          data-testid="import-drop"
        >
          <p style={{ margin: '0 0 8px' }}>Drop a Dexcom Clarity, LibreView, Nightscout, tend-csv or FHIR file here, or</p>
          <label htmlFor="import-file" className="visually-hidden">Choose a file to import</label>
          <input id="import-file" ref={input} type="file" accept=".csv,.json,.txt,.tsv,text/csv,application/json,application/fhir+json" disabled={busy} onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
          }} />
        </div>
        <label className="check">
          <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} /> Skip bad lines and list them (otherwise a bad line refuses the whole file)
        </label>
        {phase.kind === 'reading' && (
          <div>
            <label htmlFor="import-progress">Reading {phase.name}: {mb(phase.loaded)} of {mb(phase.total)}</label>
            <progress id="import-progress" className="dm-progress" max={phase.total || 1} value={phase.loaded} />
          </div>
        )}
        {phase.kind === 'importing' && (
          <div>
            <label htmlFor="import-progress">Importing {phase.name} ({mb(phase.size)})…</label>
            <progress id="import-progress" className="dm-progress" />
          </div>
        )}
        {result && (
          <div role="status" data-testid="import-result">
            <p className="dm-ok" style={{ margin: 0 }}>
              {result.name}: imported {result.imported}, already held {result.duplicates}, skipped {result.skipped} ({result.format}).
            </p>
            {result.skip_reasons.length > 0 && (
              <ul className="dm-errors" aria-label="Why records were skipped">
                {result.skip_reasons.map((r) => (
                  <li key={r.reason}>
                    {r.count} × {r.reason} (line{r.lines.length === 1 ? '' : 's'} {r.lines.join(', ')}{r.count > r.lines.length ? ', …' : ''})
                  </li>
                ))}
              </ul>
            )}
            {result.errors.length > 0 && (
              <ul className="dm-errors" aria-label="Lines skipped">
                {result.errors.slice(0, 200).map((e) => (
                  <li key={`${e.line}-${e.message}`}>line {e.line}: {e.message}</li>
                ))}
                {result.errors.length > 200 && <li>… and {result.errors.length - 200} more</li>}
              </ul>
            )}
          </div>
        )}
        {error && (
          <div role="alert">
            <p className="error" style={{ margin: 0 }}>Nothing was imported from {error.name}: {error.message}</p>
            {error.unknownFormat && (
              <div className="row" style={{ alignItems: 'flex-end', marginTop: 8 }}>
                <div className="field">
                  <label htmlFor="import-format">Tend could not tell the format. It is</label>
                  <select id="import-format" value={pick} onChange={(e) => setPick(e.target.value as FormatName)}>
                    {FORMATS.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
                  </select>
                </div>
                <div className="field"><button type="button" onClick={() => void importFile(error.file, skipBad, pick)}>Import as this format</button></div>
              </div>
            )}
            {!error.unknownFormat && /:\d+:/.test(error.message) && !skipBad && (
              <button type="button" onClick={() => void importFile(error.file, true, error.format)} style={{ marginTop: 8 }}>Import the good lines and list the bad ones</button>
            )}
          </div>
        )}
        <div className="row">
          <span className="muted" style={{ fontSize: 'var(--text-sm)' }}>Export {subjectName}'s readings:</span>
          <button type="button" onClick={() => void download('fhir')}>FHIR R4 (JSON)</button>
          <button type="button" onClick={() => void download('tend-csv')}>CSV</button>
        </div>
        {exportError && <p className="error" role="alert">{exportError}</p>}
      </div>
    </section>
  );
}
