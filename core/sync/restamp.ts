import type { Db } from '../../db/open';
import { formatTimestamp, StoredClock } from './hlc';
import type { SqlRow } from '../../db/rows';
import type { subjects as subjectsTable } from '../../db/schema';

/**
 * Takes back the stamps this install made while its wall clock was far ahead (a date set a
 * year wrong), once the clock is right again: every stamp later than `limit` (epoch ms) is
 * replaced by a fresh one from the clock wound back to now (or to the latest stamp it holds
 * that is not ahead, so nothing received is overtaken). Those stamps never left this
 * install (a round refuses to push while they exist: core/sync/round.ts), so no other
 * install has ordered anything after them; the changes they mark are still queued and go at
 * this round, stamped as of now, which is when the rest of the world sees them. One
 * transaction. Returns how many stamps were replaced.
 */
export function restampAhead(db: Db, now: number, limit: number): number {
  const c = db.$client;
  const cut = formatTimestamp({ millis: limit, counter: 0xffff, node: 'ffffffffffffffff' });
  return c.transaction(() => {
    const kept = c
      .prepare<{ cut: string }, string | null>(
        `SELECT MAX(h) FROM (
           SELECT hlc AS h FROM events WHERE hlc <= @cut
           UNION ALL SELECT hlc FROM tremor_minutes WHERE hlc <= @cut
           UNION ALL SELECT hlc FROM subjects WHERE hlc <= @cut
           UNION ALL SELECT thresholds_hlc FROM subjects WHERE thresholds_hlc <= @cut
           UNION ALL SELECT j.value FROM subjects, json_each(subjects.field_hlc) j WHERE j.value <= @cut)`,
      )
      .pluck()
      .get({ cut })!;
    const keptMillis = kept === null ? 0 : Number(kept.slice(0, 15));
    const store = new StoredClock(db);
    c.prepare(`UPDATE sync_hlc SET millis = ?, counter = 0 WHERE id = 1`).run(Math.max(now, keptMillis));
    const clock = store.load(() => now);
    const fresh = (): string => formatTimestamp(clock.send());
    let n = 0;
    // Oldest first, so their order among themselves is kept.
    for (const r of c.prepare<[string], { id: number }>(`SELECT rowid AS id FROM events WHERE hlc > ? ORDER BY hlc`).all(cut)) {
      c.prepare(`UPDATE events SET hlc = ? WHERE rowid = ?`).run(fresh(), r.id);
      n++;
    }
    for (const r of c.prepare<[string], { id: number }>(`SELECT rowid AS id FROM tremor_minutes WHERE hlc > ? ORDER BY hlc`).all(cut)) {
      c.prepare(`UPDATE tremor_minutes SET hlc = ? WHERE rowid = ?`).run(fresh(), r.id);
      n++;
    }
    const subjects = c.prepare<[], { id: number } & Pick<SqlRow<typeof subjectsTable>, 'hlc' | 'field_hlc' | 'thresholds_hlc'>>(`SELECT rowid AS id, hlc, field_hlc, thresholds_hlc FROM subjects`).all();
    for (const s of subjects) {
      const fields = JSON.parse(s.field_hlc) as Record<string, string>;
      const ahead = Object.keys(fields).filter((k) => fields[k]! > cut).sort((a, b) => (fields[a]! < fields[b]! ? -1 : 1));
      const hlc = s.hlc !== null && s.hlc > cut ? fresh() : s.hlc;
      for (const k of ahead) fields[k] = fresh();
      const thresholds = s.thresholds_hlc !== null && s.thresholds_hlc > cut ? fresh() : s.thresholds_hlc;
      const changed = (hlc !== s.hlc ? 1 : 0) + ahead.length + (thresholds !== s.thresholds_hlc ? 1 : 0);
      if (!changed) continue;
      c.prepare(`UPDATE subjects SET hlc = ?, field_hlc = ?, thresholds_hlc = ? WHERE rowid = ?`).run(hlc, JSON.stringify(fields), thresholds, s.id);
      n += changed;
    }
    store.save(clock);
    return n;
  }).immediate();
}
