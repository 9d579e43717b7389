import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localUser } from '../core/auth/local-user';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';

/** `tend templates …` as processes on a real database file, checked by reading it back through the core. */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
let dir: string;
let db: string;
const ids: Record<string, string> = {};
const tend = (...args: string[]) => spawnSync(process.execPath, [TEND, '--db', db, 'templates', ...args], { encoding: 'utf8', env: { ...process.env, TEND_LOG: 'warn' }, timeout: 60_000 });
const json = (r: ReturnType<typeof tend>) => {
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as unknown;
};
/** What the database says now, through a core of its own (the CLI's has closed). */
async function read<T>(fn: (core: ReturnType<typeof createCore>, ctx: CallContext) => Promise<T>): Promise<T> {
  const core = createCore({ db: openDatabase(db) });
  try {
    return await fn(core, { user: localUser(core.auth), clientKey: 'test', transport: 'memory' });
  } finally {
    core.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tend-cli-templates-'));
  db = join(dir, 'tend.db');
  const core = createCore({ db: openDatabase(db) });
  // The CLI's own account (this machine's user) owns Ann and Bo; Cy is another account's, not shared.
  const local: CallContext = { user: localUser(core.auth), clientKey: 'test', transport: 'memory' };
  ids.Ann = core.subjects.create(local, { name: 'Ann', kind: 'general' }).id;
  ids.Bo = core.subjects.create(local, { name: 'Bo', kind: 'general' }).id;
  await core.call('thresholds.put', { subject_id: ids.Ann, thresholds: [{ metric: 'heart_rate', min: 40, max: 130, priority: 'medium' }, { metric: 'spo2', min: 90, priority: 'high' }] }, local);
  await core.call('thresholds.put', { subject_id: ids.Bo, thresholds: [{ metric: 'spo2', min: 88, priority: 'high' }] }, local);
  const other: CallContext = { user: await core.auth.register({ email: 'other@example.org', password: 'correct horse battery', name: 'Other' }), clientKey: 'test', transport: 'memory' };
  ids.Cy = core.subjects.create(other, { name: 'Cy', kind: 'general' }).id;
  core.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tend templates', () => {
  it('saves a person’s limits as a template, applies it to another (whose own limits stay), renames and deletes it, the person keeping its limits', async () => {
    expect(json(tend('list', '--json'))).toEqual([]);
    const saved = json(tend('save', '--from-subject', 'Ann', '--name', 'adult', '--json')) as { name: string; version: number; items: unknown[] };
    expect(saved).toMatchObject({ name: 'adult', version: 1 });
    expect(saved.items).toEqual(expect.arrayContaining([expect.objectContaining({ metric: 'heart_rate', min: 40, max: 130 }), expect.objectContaining({ metric: 'spo2', min: 90 })]));
    const listed = tend('list');
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^adult\tv1\t/m);

    const applied = json(tend('apply', 'adult', '--subject', 'Bo', '--json')) as { applied: string[]; kept: string[] };
    expect(applied).toMatchObject({ applied: ['heart_rate'], kept: ['spo2'] });
    const bo = await read((core, ctx) => core.call('thresholds.get', { subject_id: ids.Bo! }, ctx));
    expect(bo.map((t) => [t.metric, t.min, t.max]).sort()).toEqual([['heart_rate', 40, 130], ['spo2', 88, null]]);

    const renamed = tend('rename', 'adult', 'adult T1D');
    expect(renamed.status, renamed.stderr).toBe(0);
    expect(renamed.stdout).toBe('renamed adult to adult T1D\n');
    expect((json(tend('list', '--json')) as Array<{ name: string; version: number }>).map((t) => [t.name, t.version])).toEqual([['adult T1D', 1]]);

    expect(json(tend('delete', 'adult T1D', '--json'))).toMatchObject({ deleted: { name: 'adult T1D' } });
    expect(json(tend('list', '--json'))).toEqual([]);
    const after = await read(async (core, ctx) => ({
      limits: await core.call('thresholds.get', { subject_id: ids.Bo! }, ctx),
      origins: await core.call('thresholds.origins', { subject_id: ids.Bo! }, ctx),
    }));
    expect(after.limits.map((t) => [t.metric, t.min, t.max]).sort()).toEqual([['heart_rate', 40, 130], ['spo2', 88, null]]);
    expect(after.origins).toEqual([expect.objectContaining({ metric: 'heart_rate', template_name: 'adult', template_deleted: true })]);
  }, 180_000);

  it('exits 2 naming what is wrong, and 1 naming the account when it may not manage the person; nothing changes', async () => {
    expect(tend('save', '--from-subject', 'Ann', '--name', 'ward').stdout).toMatch(/^saved ward \(v1\): /);
    const twice = tend('save', '--from-subject', 'Ann', '--name', 'ward');
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/--name ward: you already have a template named "ward"/);
    const nobody = tend('save', '--from-subject', 'Zed', '--name', 'x');
    expect([nobody.status, nobody.stderr.trim()]).toEqual([2, 'tend: Zed: no such person']);
    const missing = tend('apply', 'nope', '--subject', 'Bo');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope: .* has no template of that name/);
    const stranger = tend('apply', 'ward', '--subject', 'Cy');
    expect(stranger.status).toBe(1);
    expect(stranger.stderr).toMatch(/--subject Cy: .* may not do this for that person .*use --as EMAIL/);
    expect(await read((core, ctx) => core.call('thresholds.get', { subject_id: ids.Cy! }, { ...ctx, user: { id: core.auth.listUsers().find((u) => u.email === 'other@example.org')!.id, email: 'other@example.org', name: 'Other' } }))).toEqual([]);
    // Another account has templates of its own; an unknown account is named.
    expect(json(tend('list', '--as', 'other@example.org', '--json'))).toEqual([]);
    const unknown = tend('list', '--as', 'who@example.org');
    expect([unknown.status, unknown.stderr.trim()]).toEqual([2, 'tend: --as who@example.org: no account with that e-mail on this install']);
    const noName = tend('save', '--from-subject', 'Ann');
    expect(noName.status).toBe(2);
    expect(noName.stderr).toMatch(/--name/);
  }, 180_000);
});
