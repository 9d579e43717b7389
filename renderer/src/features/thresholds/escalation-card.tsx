import { useCallback, useEffect, useState } from 'react';
import { MAX_TIER_MIN, MAX_TIERS, type EscalationTier } from '../../../../api/alerts';
import { Role, type Grant } from '../../../../api/schemas';
import { client } from '../../client';
import { tierDraftErrors, type TierDraft } from './escalation-draft';

const ROLES = Role.options;
const toDraft = (t: EscalationTier): TierDraft => ({ after_min: String(t.after_min), label: t.label ?? '', user_ids: t.user_ids, roles: t.roles });

/**
 * Tiered escalation of a person's unacknowledged high alarms (issue 19; core/alerts/README.md
 * "Tiered escalation"): who hears them first, and who after how many minutes. Checked here with
 * the API's own schema so every wrong field is named beside itself before anything is sent; what
 * only the hub can check (an account no longer shared the person) comes back named the same way.
 */
export function EscalationCard({ subjectId, canEdit, onStatus }: { subjectId: string; canEdit: boolean; onStatus: (m: string) => void }) {
  const [tiers, setTiers] = useState<TierDraft[] | null>(null);
  const [grants, setGrants] = useState<Grant[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [e, g] = await Promise.all([client.call('alerts.escalation.get', { subject_id: subjectId }), client.call('subjects.grants', { subject_id: subjectId })]);
    setTiers(e.tiers.map(toDraft));
    setGrants(g);
    setErrors({});
  }, [subjectId]);
  useEffect(() => {
    setError(null);
    void load().catch((e: Error) => setError(e.message));
  }, [load]);

  if (tiers === null) return null;
  const update = (i: number, patch: Partial<TierDraft>) => setTiers((ts) => ts!.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  const toggle = <T,>(list: readonly T[], x: T, on: boolean): T[] => (on ? [...list.filter((y) => y !== x), x] : list.filter((y) => y !== x));

  const save = async () => {
    setError(null);
    const { errors: found, tiers: parsed } = tierDraftErrors(tiers);
    setErrors(found);
    if (!parsed) return;
    try {
      const out = await client.call('alerts.escalation.put', { subject_id: subjectId, tiers: parsed });
      setTiers(out.tiers.map(toDraft));
      onStatus(out.tiers.length ? `Escalation saved: ${out.tiers.length} ${out.tiers.length === 1 ? 'tier' : 'tiers'}.` : 'Escalation turned off.');
    } catch (e) {
      const err = e as Error & { field?: string };
      if (err.field?.startsWith('tiers.')) setErrors({ [err.field.split('.').slice(0, 3).join('.')]: err.message.replace(/^tiers\.\d+\.[a-z_]+(\.\d+)?: /, '') });
      else setError(err.message);
    }
  };

  const fieldError = (key: string) =>
    errors[key] ? (
      <span id={`err-${key}`} className="hint error" data-testid={`error-${key}`}>
        {errors[key]}
      </span>
    ) : null;
  const invalid = (key: string) => (errors[key] ? { 'aria-invalid': true as const, 'aria-describedby': `err-${key}` } : {});

  return (
    <form className="card stack" aria-label="Escalation" onSubmit={(e) => (e.preventDefault(), void save())}>
      <h2 style={{ marginTop: 0 }}>Escalation of unacknowledged high alarms</h2>
      <p className="muted">
        Without tiers every high alarm sounds for everyone who can see this person. With tiers it sounds first for tier 1; if nobody acknowledges it, each later tier is
        added after its minutes (earlier tiers keep hearing it).
      </p>
      {error && <p className="error" role="alert">{error}</p>}
      {tiers.length === 0 && <p data-testid="escalation-none">No tiers: every high alarm sounds for everyone.</p>}
      {tiers.map((t, i) => {
        const n = i + 1;
        return (
          <fieldset key={i} className="stack" data-tier={n} disabled={!canEdit}>
            <legend>Tier {n}</legend>
            <div className="row">
              <div className="field">
                <label htmlFor={`tier-${n}-after`}>Tier {n}: minutes after the alarm</label>
                <input
                  id={`tier-${n}-after`}
                  type="number"
                  min={0}
                  max={MAX_TIER_MIN}
                  step={1}
                  style={{ width: '6em', minWidth: 0 }}
                  value={t.after_min}
                  onChange={(e) => update(i, { after_min: e.target.value })}
                  {...invalid(`tiers.${i}.after_min`)}
                />
                {fieldError(`tiers.${i}.after_min`)}
              </div>
              <div className="field">
                <label htmlFor={`tier-${n}-label`}>Tier {n} name (optional)</label>
                <input id={`tier-${n}-label`} maxLength={80} value={t.label} placeholder="on-call clinician" onChange={(e) => update(i, { label: e.target.value })} {...invalid(`tiers.${i}.label`)} />
                {fieldError(`tiers.${i}.label`)}
              </div>
            </div>
            <div role="group" aria-label={`Tier ${n} people`} {...invalid(`tiers.${i}.user_ids`)}>
              {grants.map((g) => (
                <label key={g.user.id} className="row">
                  <input type="checkbox" checked={t.user_ids.includes(g.user.id)} onChange={(e) => update(i, { user_ids: toggle(t.user_ids, g.user.id, e.target.checked) })} /> {g.user.name} ({g.role})
                </label>
              ))}
              {t.user_ids
                .filter((id) => !grants.some((g) => g.user.id === id))
                .map((id) => (
                  <label key={id} className="row">
                    <input type="checkbox" checked onChange={() => update(i, { user_ids: t.user_ids.filter((x) => x !== id) })} /> an account no longer shared this person
                  </label>
                ))}
              {fieldError(`tiers.${i}.user_ids`)}
            </div>
            <div role="group" aria-label={`Tier ${n} roles`}>
              {ROLES.map((r) => (
                <label key={r} className="row">
                  <input type="checkbox" checked={t.roles.includes(r)} onChange={(e) => update(i, { roles: toggle(t.roles, r, e.target.checked) })} /> everyone who is {r}
                </label>
              ))}
            </div>
            {canEdit && (
              <button type="button" onClick={() => setTiers((ts) => ts!.filter((_, j) => j !== i))}>
                Remove tier {n}
              </button>
            )}
          </fieldset>
        );
      })}
      {canEdit && (
        <div className="row">
          <button
            type="button"
            disabled={tiers.length >= MAX_TIERS}
            onClick={() => setTiers((ts) => [...ts!, { after_min: ts!.length ? String(Number(ts!.at(-1)!.after_min || 0) + 10) : '0', label: '', user_ids: [], roles: [] }])}
          >
            Add a tier
          </button>
          <button type="submit">Save escalation</button>
        </div>
      )}
    </form>
  );
}

