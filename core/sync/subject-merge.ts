/**
 * A person's record merged field by field across installs: the name, the kind, the birth
 * date and each top-level part of the settings (`alerts`, `baby`, `tremor`, …) carry
 * their own time of last edit (`stamps`), and the later edit of each wins. So a nurse
 * changing alert settings on a kiosk and a parent changing the baby monitor's settings on
 * a laptop at the same time both keep their change. A field never stamped counts as
 * edited when the record was created. Equal times (two installs in the same millisecond)
 * are settled by the values themselves, so every install ends with the same record.
 */
export interface SubjectDoc {
  name: string;
  kind: string;
  birth_date: string | null;
  settings: Record<string, unknown>;
  stamps: Record<string, number>;
  created_at: number;
}

const FIXED = ['name', 'kind', 'birth_date'] as const;

const valueOf = (d: SubjectDoc, field: string): unknown =>
  field.startsWith('settings.') ? d.settings[field.slice('settings.'.length)] : d[field as (typeof FIXED)[number]];

export const stampOf = (d: SubjectDoc, field: string): number => d.stamps[field] ?? d.created_at;

export function fields(d: SubjectDoc): string[] {
  return [...FIXED, ...Object.keys(d.settings).map((k) => `settings.${k}`)];
}

/** The latest edit time of any field. */
export const lastEdit = (d: SubjectDoc): number => Math.max(d.created_at, ...Object.values(d.stamps));

/** `mine` with every field where `theirs` has the later edit; `changed` if any was taken. */
export function mergeSubject(mine: SubjectDoc, theirs: SubjectDoc): { merged: SubjectDoc; changed: boolean } {
  const merged: SubjectDoc = { ...mine, settings: { ...mine.settings }, stamps: { ...mine.stamps }, created_at: Math.min(mine.created_at, theirs.created_at) };
  let changed = false;
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
    if (JSON.stringify(vb ?? null) !== JSON.stringify(va ?? null) || b !== a) changed = true;
  }
  return { merged, changed };
}
