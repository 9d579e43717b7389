import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../app';
import { openDatabase } from '../../db/open';

describe('deleting a subject', () => {
  it('leaves no row of theirs in any table (the audit trail aside) and no secret in kv', async () => {
    const core = createCore({ db: openDatabase(join(mkdtempSync(join(tmpdir(), 'tend-del-')), 'd.db')) });
    const ctx = { user: core.auth.ensureLocalUser('del'), clientKey: 't', transport: 'memory' as const };
    const s = core.subjects.create(ctx, { name: 'Gone', kind: 'diabetes' });
    const keep = core.subjects.create(ctx, { name: 'Stays', kind: 'diabetes' });
    for (const id of [s.id, keep.id]) {
      core.ingest(ctx, id, [{ metric: 'glucose', t: new Date(Date.now() - 60_000).toISOString(), value: 45 }]);
      await core.call('events.create', { subject_id: id, event: { type: 'note', t: new Date().toISOString(), data: { text: 'x' } } }, ctx);
      await core.call('devices.create', { subject_id: id, name: 'CGM', kind: 'cgm', transport: 'ble' }, ctx);
      core.deps.db.$client.prepare(`INSERT INTO kv (key, value, updated_at) VALUES (?, 'sealed', 0)`).run(`secret:dexcom:${id}:tokens`);
    }
    await core.call('subjects.delete', { id: s.id }, ctx);
    const c = core.deps.db.$client;
    // Views too: readings and rollups are read through `observations` and `rollups` (migration 0021).
    const tables = (c.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[]).filter(
      (t) => (c.prepare(`SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = 'subject_id'`).pluck().get(t) as number) > 0 && t !== 'audit',
    );
    expect(tables).toEqual(expect.arrayContaining(['observations', 'rollups', 'events', 'devices', 'alerts', 'grants']));
    for (const t of tables) expect([t, c.prepare(`SELECT COUNT(*) FROM ${t} WHERE subject_id = ?`).pluck().get(s.id)]).toEqual([t, 0]);
    expect(c.prepare(`SELECT COUNT(*) FROM kv WHERE key LIKE ?`).pluck().get(`%${s.id}%`)).toBe(0);
    // The other person's data are untouched.
    expect(c.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`).pluck().get(keep.id)).toBe(1);
    expect(c.prepare(`SELECT COUNT(*) FROM kv WHERE key LIKE ?`).pluck().get(`%${keep.id}%`)).toBe(1);
    core.close();
  });
});
