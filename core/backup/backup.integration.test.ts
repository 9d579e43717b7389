import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { backupName, backupScheduler, listBackups } from './scheduler';
import { BackupError, backupTo, inspectBackup, restoreBackup } from './snapshot';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 10, 23, 9);

let dir: string;
let cores: Core[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-backup-'));
  cores = [];
});
afterEach(() => {
  for (const c of cores) {
    backupScheduler(c).stop();
    c.alerts.stop();
    c.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

function install(name = 'tend.db', clock = new ManualClock(T0)): { core: Core; ctx: CallContext; file: string; clock: ManualClock } {
  const file = join(dir, name);
  const core = createCore({ db: openDatabase(file), clock });
  cores.push(core);
  return { core, ctx: { user: core.auth.ensureLocalUser('carer'), clientKey: 'test', transport: 'memory' }, file, clock };
}
const rows = (n: number, from: number) => Array.from({ length: n }, (_, i) => ({ metric: 'glucose', t: new Date(from + i * 5 * MIN).toISOString(), value: 100 + (i % 50) }));
const names = (file: string): string[] => {
  const c = new Database(file, { readonly: true });
  try {
    return c.prepare(`SELECT name FROM subjects ORDER BY name`).pluck().all() as string[];
  } finally {
    c.close();
  }
};
const rejects = async (p: Promise<unknown>, code: BackupError['code'], text: RegExp) => {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(BackupError);
  expect((e as BackupError).code).toBe(code);
  expect((e as BackupError).message).toMatch(text);
};

describe('a backup of a live database', () => {
  it('is a whole, checked copy taken while writes go on, owner-only, and never overwrites', async () => {
    const { core, ctx } = install();
    const s = core.subjects.create(ctx, { name: 'Pat', kind: 'diabetes' }).id;
    core.ingest(ctx, s, rows(5000, T0 - 40 * 24 * HOUR));
    const out = join(dir, 'copy.db');
    // Writers keep committing while the online backup steps through the pages.
    const backingUp = backupTo(core.deps.db.$client, out);
    for (let i = 0; i < 20; i++) {
      core.ingest(ctx, s, rows(50, T0 - 20 * 24 * HOUR + i * 50 * 5 * MIN));
      await new Promise((r) => setImmediate(r));
    }
    const facts = await backingUp;
    expect(facts).toMatchObject({ path: out, subjects: 1 });
    expect(facts.observations).toBeGreaterThanOrEqual(5000);
    expect(facts.observations).toBeLessThanOrEqual(6000);
    expect(facts.migrations).toBe(facts.known);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(existsSync(`${out}.partial`)).toBe(false);
    // The copy opens as a Tend database and holds exactly what it reports.
    const copy = createCore({ db: openDatabase(out) });
    cores.push(copy);
    expect(copy.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations`).pluck().get()).toBe(facts.observations);
    await rejects(backupTo(core.deps.db.$client, out), 'bad_input', /already exists/);
  });

  it('refuses, by name, what is not a Tend backup: text, another SQLite file, a damaged copy, a newer Tend’s', async () => {
    const { core, ctx } = install();
    core.subjects.create(ctx, { name: 'Pat', kind: 'general' });
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello');
    expect(() => inspectBackup(text)).toThrow(/notes\.txt: not a Tend backup \(not an SQLite file\)/);
    expect(() => inspectBackup(join(dir, 'missing.db'))).toThrow(/missing\.db: no such file/);
    const other = join(dir, 'other.db');
    new Database(other).exec('CREATE TABLE x (a)');
    expect(() => inspectBackup(other)).toThrow(/other\.db: an SQLite file, but not a Tend database/);
    const good = join(dir, 'good.db');
    await backupTo(core.deps.db.$client, good);
    const damaged = join(dir, 'damaged.db');
    copyFileSync(good, damaged);
    truncateSync(damaged, Math.floor(statSync(good).size / 2));
    expect(() => inspectBackup(damaged)).toThrow(/damaged\.db: (damaged|cannot be opened)/);
    const newer = join(dir, 'newer.db');
    copyFileSync(good, newer);
    const n = new Database(newer);
    n.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 1)`).run();
    n.close();
    expect(() => inspectBackup(newer)).toThrow(/newer\.db: written by a newer Tend/);
  });
});

describe('restoring a backup', () => {
  it('puts the backup in place, keeps the replaced database beside it whole, and drops the old WAL', async () => {
    const a = install();
    for (const name of ['Ada', 'Ben']) a.core.subjects.create(a.ctx, { name, kind: 'general' });
    const backup = join(dir, 'monday.db');
    await backupTo(a.core.deps.db.$client, backup);
    a.core.subjects.create(a.ctx, { name: 'Cy', kind: 'general' });
    // The app closes cleanly (its heartbeat says so) before the restore.
    a.core.alerts.start();
    a.core.alerts.stop();
    cores.splice(cores.indexOf(a.core), 1);
    a.core.close();
    writeFileSync(`${a.file}-wal`, 'stale');
    const { restored, previous } = await restoreBackup(backup, a.file, { now: T0 + HOUR });
    expect(existsSync(`${a.file}-wal`)).toBe(false);
    expect(restored).toMatchObject({ path: a.file, subjects: 2 });
    expect(previous).toBe(`${a.file}.before-restore-2026-11-23T10-00-00-000Z`);
    expect(names(a.file)).toEqual(['Ada', 'Ben']);
    expect(names(previous!)).toEqual(['Ada', 'Ben', 'Cy']);
    expect(readdirSync(dir).filter((f) => f.endsWith('partial'))).toEqual([]);
    // It opens and works on.
    const b = install('tend.db');
    expect(b.core.subjects.list(b.ctx).map((s) => s.name).sort()).toEqual(['Ada', 'Ben']);
  });

  it('refuses while Tend is running on the database (its heartbeat is fresh) unless forced, and refuses the database itself and bad files, changing nothing', async () => {
    const a = install();
    a.core.subjects.create(a.ctx, { name: 'Ada', kind: 'general' });
    const backup = join(dir, 'b.db');
    await backupTo(a.core.deps.db.$client, backup);
    a.core.subjects.create(a.ctx, { name: 'Ben', kind: 'general' });
    a.core.alerts.beat();
    await rejects(restoreBackup(backup, a.file, { now: T0 + 30_000 }), 'in_use', /Tend is running on .*tend\.db \(its alert timer beat 30 s ago\).*--force/);
    expect(names(a.file)).toEqual(['Ada', 'Ben']);
    await rejects(restoreBackup(a.file, a.file, { now: T0 + 30_000 }), 'bad_input', /that is the database itself/);
    const text = join(dir, 'x.txt');
    writeFileSync(text, 'nope');
    await rejects(restoreBackup(text, a.file, { now: T0 + 30_000 }), 'bad_input', /x\.txt: not a Tend backup/);
    expect(names(a.file)).toEqual(['Ada', 'Ben']);
    // After a crash the heartbeat stays fresh for two minutes; --force goes ahead.
    cores.splice(cores.indexOf(a.core), 1);
    a.core.close();
    const { previous } = await restoreBackup(backup, a.file, { now: T0 + 30_000, force: true });
    expect(names(a.file)).toEqual(['Ada']);
    expect(names(previous!)).toEqual(['Ada', 'Ben']);
  });
});

describe('automatic backups', () => {
  it('backs up at start when none is recent, again when due, keeps the newest N of its own files only, and reports it', async () => {
    const { core, ctx, clock } = install();
    core.subjects.create(ctx, { name: 'Ada', kind: 'general' });
    const folder = join(dir, 'backups');
    mkdirSync(folder);
    writeFileSync(join(folder, 'my-notes.txt'), 'keep me');
    const s = backupScheduler(core);
    s.start({ dir: folder, everyH: 24, keep: 2 });
    await s.settle();
    expect(listBackups(folder).map((f) => f.name)).toEqual([backupName(T0)]);
    clock.advance(23 * HOUR);
    expect(await s.runIfDue()).toBeNull();
    clock.advance(HOUR);
    expect(await s.runIfDue()).not.toBeNull();
    clock.advance(24 * HOUR);
    await s.runIfDue();
    expect(listBackups(folder).map((f) => f.name)).toEqual([backupName(T0 + 48 * HOUR), backupName(T0 + 24 * HOUR)]);
    expect(readdirSync(folder)).toContain('my-notes.txt');
    const status = await core.call('backup.status', {}, ctx);
    expect(status).toMatchObject({ dir: folder, every_h: 24, keep: 2, running: false, next_at: new Date(T0 + 72 * HOUR).toISOString(), last_error: null });
    expect(status.files[0]!.bytes).toBeGreaterThan(0);
    // "Back up now" adds one and prunes to two.
    clock.advance(HOUR);
    const after = await core.call('backup.run', {}, ctx);
    expect(after.files.map((f) => f.name)).toEqual([backupName(T0 + 49 * HOUR), backupName(T0 + 48 * HOUR)]);
  });

  it('shows a failure in the status until the next success, and answers 409 on a hub that makes no backups', async () => {
    const { core, ctx, clock } = install();
    const folder = join(dir, 'backups');
    const s = backupScheduler(core);
    s.start({ dir: folder, everyH: 24, keep: 3 });
    await s.settle();
    // Another file already has the next backup's name: that backup fails, nothing is lost.
    clock.advance(24 * HOUR);
    writeFileSync(join(folder, backupName(clock.now())), 'in the way');
    const failed = await core.call('backup.run', {}, ctx);
    expect(failed.last_error?.message).toMatch(/already exists/);
    clock.advance(MIN);
    expect((await core.call('backup.run', {}, ctx)).last_error).toBeNull();
    s.stop();
    await expect(core.call('backup.run', {}, ctx)).rejects.toMatchObject({ code: 'conflict' });
    expect((await core.call('backup.status', {}, ctx)).dir).toBeNull();
  });
});
