import type { Db } from '../../db/open';
import { EscalationSettings, type AlertEscalation, type EscalationTier } from '../../api/alerts';
import { iso } from '../clock';
import type { SqlRow } from '../../db/rows';
import type { users } from '../../db/schema';

const MIN = 60_000;

/** What the `escalation` column holds (epoch ms; the API shows ISO). */
export interface StoredEscalation extends Omit<AlertEscalation, 'at'> {
  at: number;
  /** Epoch ms the tiers are counted from: the raise, or when the alert became high. */
  since: number;
}

/**
 * The person's tiers, from the subject's `settings.escalation`. Read leniently like the
 * other alert settings: what `alerts.escalation.put` did not write (a hand-edited or older
 * record that no longer validates) counts as no tiers, i.e. today's behaviour.
 */
export function tiersOf(subjectSettings: Record<string, unknown> | undefined): EscalationTier[] {
  const parsed = EscalationSettings.safeParse(subjectSettings?.escalation ?? { tiers: [] });
  return parsed.success ? parsed.data.tiers : [];
}

/** The 1-based tier due `elapsedMs` after the escalation began (tier 1 at once). */
export function tierDue(tiers: readonly EscalationTier[], elapsedMs: number): number {
  let n = 0;
  for (const t of tiers) if (elapsedMs >= t.after_min * MIN) n++;
  return Math.max(1, n);
}

/**
 * Who a tier is, now: its named users who are still shared the person, and everyone holding
 * one of its roles on the person, by name. A user whose grant was revoked drops out.
 */
export function tierMembers(db: Db['$client'], subjectId: string, tier: EscalationTier): Array<{ id: string; name: string }> {
  const ids = [...new Set(tier.user_ids)];
  const roles = [...new Set(tier.roles)];
  const idMarks = ids.map(() => '?').join(',') || 'NULL';
  const roleMarks = roles.map(() => '?').join(',') || 'NULL';
  return db
    .prepare<unknown[], Pick<SqlRow<typeof users>, 'id' | 'name'>>(
      `SELECT u.id, u.name FROM grants g JOIN users u ON u.id = g.user_id
       WHERE g.subject_id = ? AND (g.user_id IN (${idMarks}) OR g.role IN (${roleMarks})) ORDER BY u.name, u.id`,
    )
    .all(subjectId, ...ids, ...roles);
}

/** The snapshot for tier `n` (1-based) of `tiers`: who it goes to, and who sounds (this tier and every earlier one). */
export function escalationAt(db: Db['$client'], subjectId: string, tiers: readonly EscalationTier[], n: number, since: number, at: number): StoredEscalation {
  const tier = tiers[n - 1]!;
  const to = tierMembers(db, subjectId, tier);
  const sounding = new Set<string>();
  for (const t of tiers.slice(0, n)) for (const u of tierMembers(db, subjectId, t)) sounding.add(u.id);
  return { tier: n, of: tiers.length, label: tier.label ?? null, to, sounding: [...sounding].sort(), at, since };
}

/** The API shape of the stored snapshot; undefined when absent or damaged. */
export function toEscalation(raw: string | null): AlertEscalation | undefined {
  if (raw === null) return undefined;
  try {
    const e = JSON.parse(raw) as StoredEscalation;
    if (!Number.isInteger(e.tier) || !Array.isArray(e.to) || !Array.isArray(e.sounding)) return undefined;
    return { tier: e.tier, of: e.of, label: e.label ?? null, to: e.to, sounding: e.sounding, at: iso(e.at) };
  } catch {
    return undefined;
  }
}

/** The stored snapshot's tier and start, for the timer. */
export function parseStored(raw: string | null): StoredEscalation | null {
  if (raw === null) return null;
  try {
    const e = JSON.parse(raw) as StoredEscalation;
    return Number.isInteger(e.tier) && Number.isFinite(e.since) ? e : null;
  } catch {
    return null;
  }
}
