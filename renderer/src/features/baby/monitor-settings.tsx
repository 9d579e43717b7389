import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { DEFAULT_BABY_SETTINGS, type BabySettings } from '../../../../api/baby';
import type { Subject } from '../../../../api/schemas';
import { client } from '../../client';
import type { ClientError } from '../../client/transport';
import {
  CRY_ALERT_CHOICES,
  FIELDS,
  FIELD_ORDER,
  boundsOf,
  changedFields,
  defaultText,
  draftOf,
  formatValue,
  parseNumber,
  rangeText,
  rebase,
  settingOfErrorField,
  validate,
  type Draft,
  type NumberKey,
  type OffableKey,
  type SettingKey,
} from './monitor-settings-form';

const inputId = (key: SettingKey) => `bs-${key}`;
const hintId = (key: SettingKey) => `bs-${key}-hint`;
const errorId = (key: SettingKey) => `bs-${key}-error`;
const focusField = (key: SettingKey) => document.getElementById(inputId(key))?.focus();
const list = (keys: SettingKey[], s: BabySettings) => keys.map((k) => `${FIELDS[k].label} ${formatValue(k, s[k])}`).join('; ');

/**
 * The baby monitor's settings for one subject (#/baby/settings, opened from the baby
 * screen): every limit the baby alerts use (`settings.baby`, core/baby/README.md), with
 * its unit, range and default. Checked as typed against the API's own bounds; only the
 * changed fields are sent (`baby.settings.put` merges), and a refusal from the server is
 * shown on the field it names. Keeping audio clips needs an explicit confirmation.
 * Viewers see the values and cannot change them (the core refuses their writes anyway:
 * `baby.settings.put` needs owner, caregiver or clinician).
 */
export function MonitorSettings({ subject, onSaved }: { subject: Subject; onSaved: () => void }) {
  const [stored, setStored] = useState<{ subjectId: string; settings: BabySettings } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Opening the panel moves focus to it (it appears above the monitor, out of tab order).
  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    let alive = true;
    setLoadError(null);
    client.call('baby.settings.get', { subject_id: subject.id }).then(
      (settings) => alive && setStored({ subjectId: subject.id, settings }),
      (e: Error) => alive && setLoadError(`Could not load the monitor settings: ${e.message}`),
    );
    return () => {
      alive = false;
    };
  }, [subject.id]);

  const ready = stored?.subjectId === subject.id ? stored.settings : null;
  return (
    <section className="card stack" aria-labelledby="bs-title" data-testid="monitor-settings">
      <h2 id="bs-title" ref={heading} tabIndex={-1} style={{ margin: 0 }}>
        Monitor settings
      </h2>
      <p className="muted" style={{ margin: 0 }}>
        The limits the baby alerts use for {subject.name}. They are kept with {subject.name} in Tend, so every screen and device watching {subject.name} uses the same ones.
      </p>
      {subject.role === 'viewer' && (
        <p role="note" style={{ margin: 0 }} data-testid="read-only-note">
          You can see these settings but not change them: only the owner, caregivers and clinicians can.
        </p>
      )}
      {loadError ? (
        <p className="error" role="alert">{loadError}</p>
      ) : ready ? (
        // Keyed by subject: a new person starts with a clean form.
        <SettingsForm key={subject.id} subject={subject} initial={ready} onSaved={onSaved} />
      ) : (
        <p role="status">Loading…</p>
      )}
      {!ready && <a href="#/baby">Close monitor settings</a>}
    </section>
  );
}

/** The form, once the stored settings are in. */
function SettingsForm({ subject, initial, onSaved }: { subject: Subject; initial: BabySettings; onSaved: () => void }) {
  const canEdit = subject.role !== 'viewer';
  /** What is stored, as far as this form knows: the base that changes are measured from. */
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<{ key: SettingKey | null; message: string } | null>(null);
  const [result, setResult] = useState<{ ok: true; text: string } | { ok: false; lines: string[] } | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmingClips, setConfirmingClips] = useState(false);
  const confirmBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirmingClips) confirmBox.current?.focus();
  }, [confirmingClips]);

  const errors = validate(draft);
  // Field errors show from the first save on, then follow the typing. Not on leaving a
  // field: the message would push the save button down between press and release.
  const errorOf = (key: SettingKey): string | undefined =>
    serverError?.key === key ? `${FIELDS[key].label}: ${serverError.message}` : submitted ? errors[key] : undefined;
  const changed = FIELD_ORDER.filter((k) => k in changedFields(draft, saved));

  /** Applies an edit; the server's complaint about that field and the last result go. */
  const edit = (key: SettingKey, next: (d: Draft) => Draft) => {
    setDraft(next);
    setResult(null);
    if (serverError && (serverError.key === key || serverError.key === null)) setServerError(null);
  };
  const setText = (key: NumberKey | OffableKey, value: string) => edit(key, (d) => ({ ...d, text: { ...d.text, [key]: value } }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!canEdit || saving) return;
    setSubmitted(true);
    setServerError(null);
    const bad = FIELD_ORDER.filter((k) => errors[k]);
    if (bad.length) {
      setResult({ ok: false, lines: bad.map((k) => errors[k]!) });
      focusField(bad[0]!);
      return;
    }
    const patch = changedFields(draft, saved);
    const keys = FIELD_ORDER.filter((k) => k in patch);
    if (!keys.length) {
      setResult({ ok: true, text: 'Nothing to save: no setting was changed.' });
      return;
    }
    setSaving(true);
    setResult(null);
    try {
      const next = await client.call('baby.settings.put', { subject_id: subject.id, settings: patch });
      setSaved(next);
      setDraft(draftOf(next));
      setSubmitted(false);
      setResult({ ok: true, text: `Monitor settings saved: ${list(keys, next)}.` });
      onSaved();
    } catch (err) {
      const ce = err as ClientError;
      const key = settingOfErrorField(ce.field);
      const lines = [key ? `${FIELDS[key].label}: ${ce.message}` : ce.message];
      // The put merges into what is stored now, which another screen may have changed
      // since this form loaded (the usual reason a checked form is refused): show it.
      const now = await client.call('baby.settings.get', { subject_id: subject.id }).catch(() => null);
      if (now) {
        const r = rebase(draft, saved, now);
        setSaved(now);
        setDraft(r.draft);
        if (r.elsewhere.length) lines.push(`Changed elsewhere since these settings were opened, now shown here: ${list(r.elsewhere, now)}.`);
      }
      setServerError({ key, message: ce.message });
      setResult({ ok: false, lines });
      if (key) focusField(key);
    } finally {
      setSaving(false);
    }
  };

  const resetToDefaults = () => {
    // The defaults keep no audio, so going back to them needs no confirmation.
    setDraft(draftOf({ ...DEFAULT_BABY_SETTINGS }));
    setConfirmingClips(false);
    setServerError(null);
    setResult(null);
  };

  /** aria-describedby: the hint (and more), and the error while there is one. */
  const described = (key: SettingKey, extra?: string) => [hintId(key), extra, errorOf(key) ? errorId(key) : undefined].filter(Boolean).join(' ');
  const hint = (key: SettingKey, more?: ReactNode) => (
    <span id={hintId(key)} className="hint">
      {defaultText(key)}
      {key !== 'cry_alert' && key !== 'keep_clips' ? ` · ${rangeText(key)}` : ''}
      {more}
    </span>
  );
  const fieldError = (key: SettingKey) => {
    const msg = errorOf(key);
    return msg ? <span id={errorId(key)} className="hint error" data-testid={`error-${key}`}>{msg}</span> : null;
  };

  const numberField = (key: NumberKey | OffableKey, opts: { disabled?: boolean } = {}) => {
    const b = boundsOf(key);
    const { unit, label } = FIELDS[key];
    return (
      <div className="field">
        <label htmlFor={inputId(key)}>{label} ({unit})</label>
        <input
          id={inputId(key)}
          type="number"
          inputMode={b.int ? 'numeric' : 'decimal'}
          min={b.min}
          max={b.max}
          step={b.int ? 1 : 0.1}
          value={draft.text[key]}
          readOnly={!canEdit}
          disabled={opts.disabled === true}
          aria-invalid={errorOf(key) ? true : undefined}
          aria-describedby={described(key)}
          onChange={(e) => setText(key, e.target.value)}
          style={{ minWidth: '8rem', width: '8rem' }}
        />
        {hint(key)}
        {fieldError(key)}
      </div>
    );
  };

  const offableField = (key: OffableKey, toggleLabel: string) => (
    <div>
      <div className="row" style={{ gap: 'var(--space-2)', marginBottom: 'var(--space-2)', flexWrap: 'nowrap', alignItems: 'flex-start' }}>
        <input
          id={`${inputId(key)}-on`}
          type="checkbox"
          checked={draft.on[key]}
          disabled={!canEdit}
          aria-describedby={hintId(key)}
          onChange={(e) => {
            const on = e.target.checked;
            edit(key, (d) => ({ ...d, on: { ...d.on, [key]: on } }));
          }}
          style={{ minWidth: 0 }}
        />
        <label htmlFor={`${inputId(key)}-on`} style={{ margin: 0 }}>{toggleLabel}</label>
      </div>
      {numberField(key, { disabled: !draft.on[key] })}
    </div>
  );

  const days = errors.clip_retention_days ? saved.clip_retention_days : parseNumber(draft.text.clip_retention_days);

  return (
    <form noValidate className="stack" aria-labelledby="bs-title" onSubmit={(e) => void submit(e)}>
      <fieldset className="stack">
        <legend>Fever</legend>
        <div className="grid">
          {numberField('fever_c')}
          {numberField('ill_window_min')}
        </div>
      </fieldset>

      <fieldset className="stack">
        <legend>Room</legend>
        <p className="hint" style={{ margin: 0 }}>A low-priority alert is raised when the room stays outside these ranges for the minutes below; it clears once back inside.</p>
        <div className="grid">
          {numberField('room_min_c')}
          {numberField('room_max_c')}
          {numberField('humidity_min')}
          {numberField('humidity_max')}
          {numberField('room_sustain_min')}
        </div>
      </fieldset>

      <fieldset className="stack">
        <legend>Crying</legend>
        <div className="field">
          <label htmlFor={inputId('cry_alert')}>{FIELDS.cry_alert.label}</label>
          <select
            id={inputId('cry_alert')}
            value={draft.cry_alert}
            disabled={!canEdit}
            aria-describedby={described('cry_alert')}
            onChange={(e) => {
              const v = e.target.value as BabySettings['cry_alert'];
              edit('cry_alert', (d) => ({ ...d, cry_alert: v }));
            }}
          >
            {CRY_ALERT_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>{c.label}</option>
            ))}
          </select>
          {hint('cry_alert')}
          {fieldError('cry_alert')}
        </div>

        <div className="field">
          <div className="row" style={{ gap: 'var(--space-2)', flexWrap: 'nowrap', alignItems: 'flex-start' }}>
            <input
              id={inputId('keep_clips')}
              type="checkbox"
              checked={draft.keep_clips}
              disabled={!canEdit}
              aria-describedby={described('keep_clips', 'bs-keep_clips-state')}
              onChange={(e) => {
                if (!e.target.checked) {
                  setConfirmingClips(false);
                  edit('keep_clips', (d) => ({ ...d, keep_clips: false }));
                } else if (saved.keep_clips) {
                  // Still on in the store: putting it back needs no new consent.
                  edit('keep_clips', (d) => ({ ...d, keep_clips: true }));
                } else {
                  // Privacy: the box stays unticked until the explanation is confirmed.
                  setConfirmingClips(true);
                }
              }}
              style={{ minWidth: 0 }}
            />
            <label htmlFor={inputId('keep_clips')} style={{ margin: 0 }}>{FIELDS.keep_clips.label}</label>
          </div>
          {hint('keep_clips', '. Off: no audio is kept at all; it is analysed and thrown away.')}
          <span id="bs-keep_clips-state" className="hint" data-testid="keep-clips-state">
            {draft.keep_clips
              ? `On${saved.keep_clips ? '' : ' once saved'}: a 10-second clip around each cry episode heard while listening live is kept on this machine for ${days} days, then deleted. Applies from the next time listening starts.`
              : saved.keep_clips
                ? 'Off once saved: no new clips are kept. Clips already kept stay until you delete them from the crying list.'
                : ''}
          </span>
          {fieldError('keep_clips')}
        </div>

        {confirmingClips && (
          <div
            ref={confirmBox}
            tabIndex={-1}
            role="group"
            aria-labelledby="bs-clips-confirm-title"
            aria-describedby="bs-clips-confirm-text"
            className="card stack"
            data-testid="keep-clips-confirm"
            style={{ borderColor: 'var(--warn)', borderWidth: 2 }}
          >
            <p id="bs-clips-confirm-title" style={{ margin: 0, fontWeight: 700 }}>Keep recordings of {subject.name} crying?</p>
            <div id="bs-clips-confirm-text" className="stack">
              <p style={{ margin: 0 }}>
                While you listen live, Tend will keep a 10-second recording around each cry episode (from 2 s before the crying starts to 8 s after) and delete it after {days} days.
              </p>
              <p style={{ margin: 0 }}>
                Clips are stored only on this machine, the one running Tend, in its own database: they are never uploaded or synced. Everyone {subject.name} is shared with can play and download them, and any clip can be deleted from the crying list.
              </p>
              <p style={{ margin: 0 }}>Nothing is kept until you confirm here and save.</p>
            </div>
            <div className="row">
              <button
                type="button"
                className="primary"
                onClick={() => {
                  edit('keep_clips', (d) => ({ ...d, keep_clips: true }));
                  setConfirmingClips(false);
                  focusField('keep_clips');
                }}
              >
                Yes, keep clips
              </button>
              <button
                type="button"
                onClick={() => {
                  setConfirmingClips(false);
                  focusField('keep_clips');
                }}
              >
                No, keep no audio
              </button>
            </div>
          </div>
        )}

        {numberField('clip_retention_days')}
        <p className="hint" style={{ margin: 0 }}>
          Listening stores a cry reading every second (about 23 MB a day). Older ones are deleted; the 5-minute, hourly and daily summaries and the
          cry episodes are kept.
        </p>
        {numberField('window_retention_days')}
      </fieldset>

      <fieldset className="stack">
        <legend>Listening</legend>
        <p className="hint" style={{ margin: 0 }}>Alerts that the monitor itself has stopped hearing while listening live.</p>
        <div className="grid">
          {offableField('audio_loss_alert_s', 'Alert when audio stops arriving')}
          {offableField('silence_alert_s', 'Alert when the microphone gives only silence')}
        </div>
      </fieldset>

      {/* Always in the page, so that a screen reader announces what is put in it. */}
      <p role="status" style={{ margin: 0 }} data-testid="settings-status">{result?.ok ? result.text : ''}</p>
      {result && !result.ok && (
        <div className="error" role="alert" data-testid="settings-result">
          <p style={{ margin: 0 }}>Not saved:</p>
          <ul style={{ margin: 0 }}>
            {result.lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="row">
        {canEdit && (
          <>
            <button type="submit" className="primary" disabled={saving}>{saving ? 'Saving…' : 'Save monitor settings'}</button>
            <button type="button" disabled={saving} onClick={resetToDefaults}>Put back the defaults</button>
            <span className="muted" data-testid="unsaved">{changed.length ? `${changed.length} unsaved change${changed.length === 1 ? '' : 's'}` : ''}</span>
          </>
        )}
        <a href="#/baby">Close monitor settings</a>
      </div>
    </form>
  );
}
