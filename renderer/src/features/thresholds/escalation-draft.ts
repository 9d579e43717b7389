import { EscalationTier, EscalationTiers, MAX_TIER_MIN } from '../../../../api/alerts';
import type { Role } from '../../../../api/schemas';

/** One tier as the form holds it: minutes and name as typed. */
export interface TierDraft {
  after_min: string;
  label: string;
  user_ids: string[];
  roles: Role[];
}

/**
 * The form's tiers in the API's shape, or every wrong field by its API name
 * (`tiers.1.after_min`), checked with the API's own schema so the screen and the hub agree.
 */
export function tierDraftErrors(drafts: readonly TierDraft[]): { errors: Record<string, string>; tiers: EscalationTier[] | null } {
  const errors: Record<string, string> = {};
  drafts.forEach((d, i) => {
    if (!/^\s*\d+\s*$/.test(d.after_min)) errors[`tiers.${i}.after_min`] = `a whole number of minutes, 0–${MAX_TIER_MIN}`;
  });
  const candidate = drafts.map((d) => ({ after_min: Number(d.after_min), user_ids: d.user_ids, roles: d.roles, ...(d.label.trim() ? { label: d.label.trim() } : {}) }));
  const add = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, prefix: PropertyKey[]) => {
    for (const issue of issues) errors[['tiers', ...prefix, ...issue.path].slice(0, 3).join('.')] ??= issue.message;
  };
  // Each tier on its own first: zod checks the order of tiers only once every tier parses.
  candidate.forEach((t, i) => {
    if (errors[`tiers.${i}.after_min`]) return;
    const one = EscalationTier.safeParse(t);
    if (!one.success) add(one.error.issues, [i]);
  });
  const parsed = EscalationTiers.safeParse(candidate);
  if (!parsed.success) add(parsed.error.issues, []);
  return { errors, tiers: Object.keys(errors).length || !parsed.success ? null : parsed.data };
}
