/**
 * A person's record merged field by field across installs: the name, the kind, the birth
 * date and each top-level part of the settings (`alerts`, `baby`, `tremor`, …) carry
 * their own stamp of last edit (`stamps`), and the later edit of each wins. So a nurse
 * changing alert settings on a kiosk and a parent changing the baby monitor's settings on
 * a laptop at the same time both keep their change. "Later" is by hybrid logical clock
 * (core/sync/hlc.ts), not by either install's wall clock: an edit made after seeing
 * another's is later even when its install's clock is behind. A field never stamped
 * counts as edited when the record was created. Equal stamps (only one install's clock
 * makes a given stamp, so only a damaged remote has them) are settled by the values
 * themselves, so every install ends with the same record.
 */
export interface SubjectDoc {
  name: string;
  kind: string;
  birth_date: string | null;
  settings: Record<string, unknown>;
  /** Field → hybrid logical clock stamp of its last edit (a field not listed dates from `hlc`). */
  stamps: Record<string, string>;
  /** Field → wall time (epoch ms) of that edit: shown, and the record's `updated_at`; never compared. */
  wall: Record<string, number>;
  created_at: number;
  /** Hybrid logical clock stamp of the person's creation. */
  hlc: string;
}

const FIXED = ['name', 'kind', 'birth_date'] as const;

const valueOf = (d: SubjectDoc, field: string): unknown =>
  field.startsWith('settings.') ? d.settings[field.slice('settings.'.length)] : d[field as (typeof FIXED)[number]];

export const stampOf = (d: SubjectDoc, field: string): string => d.stamps[field] ?? d.hlc;

export function fields(d: SubjectDoc): string[] {
  return [...FIXED, ...Object.keys(d.settings).map((k) => `settings.${k}`)];
}

/** The latest wall time of any edit (epoch ms). */
export const lastEdit = (d: SubjectDoc): number => Math.max(d.created_at, ...Object.values(d.wall));

/** `mine` with every field where `theirs` has the later edit; `changed` if any was taken. */
export function mergeSubject(mine: SubjectDoc, theirs: SubjectDoc): { merged: SubjectDoc; changed: boolean } {
  const merged: SubjectDoc = {
    ...mine,
    settings: { ...mine.settings },
    stamps: { ...mine.stamps },
    wall: { ...mine.wall },
    created_at: Math.min(mine.created_at, theirs.created_at),
    // Both copies describe one creation; keeping the smaller makes every install agree.
    hlc: mine.hlc <= theirs.hlc ? mine.hlc : theirs.hlc,
  };
  let changed = merged.hlc !== mine.hlc;
  for (const f of new Set([...fields(mine), ...fields(theirs)])) {
    const a = stampOf(mine, f);
    const b = stampOf(theirs, f);
    const va = valueOf(mine, f);
    const vb = valueOf(theirs, f);
    const theirsWins = b > a || (b === a && JSON.stringify(vb ?? null) > JSON.stringify(va ?? null));
    if (!theirsWins) continue;
    if (f.startsWith('settings.')) {
      if (vb === undefined) continue;
      merged.settings[f.slice('settings.'.length)] = vb;
    } else if (f === 'birth_date') merged.birth_date = vb as string | null;
    else merged[f as 'name' | 'kind'] = vb as string;
    merged.stamps[f] = b;
    merged.wall[f] = theirs.wall[f] ?? theirs.created_at;
    if (JSON.stringify(vb ?? null) !== JSON.stringify(va ?? null) || b !== a) changed = true;
  }
  return { merged, changed };
}
