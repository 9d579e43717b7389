import { useCallback, useEffect, useState } from 'react';
import type { ThresholdTemplate } from '../../../../api/templates';
import type { Threshold } from '../../../../api/schemas';
import { client } from '../../client';

/**
 * Threshold templates (issue #19): save the limits on screen under a name, and apply one of
 * the caller's templates to this person. Applying keeps the person's own limits
 * (core/templates/README.md); the status line says which metrics were set and which kept.
 */
export function TemplatesCard({ subjectId, canApply, limits, onApplied, onStatus, onError }: {
  subjectId: string;
  canApply: boolean;
  /** The limits as the table shows them now (what "Save as template" saves). */
  limits: () => Threshold[];
  onApplied: () => Promise<void>;
  onStatus: (m: string) => void;
  onError: (m: string) => void;
}) {
  const [templates, setTemplates] = useState<ThresholdTemplate[]>([]);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState('');
  const [newName, setNewName] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const chosen = templates.find((t) => t.id === picked) ?? templates[0] ?? null;

  const load = useCallback(async () => setTemplates(await client.call('templates.list', {})), []);
  useEffect(() => void load().catch((e: Error) => onError(e.message)), [load, onError]);

  const saveAs = async () => {
    try {
      const made = await client.call('templates.create', { name, items: limits() });
      await load();
      setPicked(made.id);
      setName('');
      onStatus(`Template “${made.name}” saved.`);
    } catch (e) {
      onError((e as Error).message);
    }
  };
  const apply = async () => {
    if (!chosen) return;
    try {
      const r = await client.call('thresholds.apply_template', { subject_id: subjectId, template_id: chosen.id });
      await onApplied();
      const kept = r.kept.length ? `; kept this person’s own ${r.kept.join(', ')}` : '';
      onStatus(`Template “${chosen.name}” applied: ${r.applied.length ? r.applied.join(', ') : 'nothing'} set${kept}.`);
    } catch (e) {
      onError((e as Error).message);
    }
  };

  const rename = async () => {
    if (!chosen) return;
    try {
      const done = await client.call('templates.rename', { id: chosen.id, name: newName });
      await load();
      setNewName('');
      onStatus(`Template “${chosen.name}” renamed “${done.name}”.`);
    } catch (e) {
      onError((e as Error).message);
    }
  };
  const remove = async () => {
    if (!chosen) return;
    setConfirmDelete(false);
    try {
      await client.call('templates.delete', { id: chosen.id });
      await load();
      setPicked('');
      // Origins of people's limits now say the template was deleted.
      await onApplied();
      onStatus(`Template “${chosen.name}” deleted. People it was applied to keep its limits.`);
    } catch (e) {
      onError((e as Error).message);
    }
  };

  return (
    <div className="card stack" aria-label="Templates" role="group">
      <h2 style={{ marginTop: 0 }}>Templates</h2>
      <p className="muted">Save these limits once and apply them to anyone you manage. Limits a person has set for themselves are kept and marked “own”.</p>
      <form className="row" onSubmit={(e) => (e.preventDefault(), void saveAs())}>
        <div className="field">
          <label htmlFor="tpl-name">Template name</label>
          <input id="tpl-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" disabled={!name.trim()}>Save as template</button>
      </form>
      {templates.length === 0 ? (
        <p className="muted">You have no templates yet.</p>
      ) : (
        <div className="row">
          <div className="field">
            <label htmlFor="tpl-pick">Template</label>
            <select id="tpl-pick" value={chosen?.id ?? ''} onChange={(e) => setPicked(e.target.value)}>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>{t.name} (v{t.version}, {t.items.length} {t.items.length === 1 ? 'limit' : 'limits'})</option>
              ))}
            </select>
          </div>
          {canApply && <button type="button" onClick={() => void apply()}>Apply template</button>}
        </div>
      )}
      {chosen && (
        <div className="row">
          <form className="row" onSubmit={(e) => (e.preventDefault(), void rename())}>
            <div className="field">
              <label htmlFor="tpl-rename">New name for “{chosen.name}”</label>
              <input id="tpl-rename" value={newName} maxLength={100} onChange={(e) => setNewName(e.target.value)} />
            </div>
            <button type="submit" disabled={!newName.trim()}>Rename template</button>
          </form>
          {confirmDelete ? (
            <span className="row" role="group" aria-label="Confirm deleting">
              <span>Delete “{chosen.name}”? People it was applied to keep their limits.</span>
              <button type="button" onClick={() => void remove()}>Yes, delete</button>
              <button type="button" onClick={() => setConfirmDelete(false)}>Keep it</button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirmDelete(true)}>Delete template</button>
          )}
        </div>
      )}
    </div>
  );
}
