import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { Kv } from '../kv';
import { installId, lastFailure, PUSH_PAGE, syncRound } from './round';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

/**
 * Sync with wrong clocks (issue 20), through the core, real SQLite files and a real
 * Postgres: which edit wins goes by what each install had seen (hybrid logical clock),
 * not by what its wall clock said.
 */

const T0 = Date.parse('2026-05-01T08:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

interface Install {
  core: Core;
  clock: ManualClock;
  ctx: CallContext;
  id: string;
  round: () => ReturnType<typeof syncRound>;
}

describe('sync with clocks that disagree', () => {
  let pgs: ThrowawayPostgres;
  let dir: string;
  let n = 0;
  const opened: Core[] = [];

  beforeAll(async () => {
    pgs = await startThrowawayPostgres();
    dir = mkdtempSync(join(tmpdir(), 'tend-sync-clocks-'));
  }, 120_000);
  afterAll(() => {
    for (const c of opened) c.close();
    pgs?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** An install whose wall clock reads `skew` ms off the true time (T0 at the start). */
  function install(url: string, skew = 0): Install {
    const clock = new ManualClock(T0 + skew);
    const core = createCore({ db: openDatabase(join(dir, `i${++n}.db`)), clock });
    opened.push(core);
    const user = core.auth.ensureLocalUser(`nurse${n}`);
    const ctx: CallContext = { user, clientKey: 'test', transport: 'cli' };
    const id = installId(new Kv(core.deps.db, () => clock.now()));
    return { core, clock, ctx, id, round: () => syncRound(url, { core, ownerId: user.id }) };
  }

  function freshRemote(): string {
    const name = `r${++n}`;
    pgs.createDatabase(name);
    return pgs.urlFor(name);
  }

  /** Everything that syncs, as one install holds it, in a fixed order (user ids are per install, so left out). */
  function snapshot(i: Install): unknown {
    const c = i.core.deps.db.$client;
    return {
      subjects: c.prepare(`SELECT id, name, kind, birth_date, settings, hlc, field_hlc, thresholds_hlc FROM subjects ORDER BY id`).all(),
      thresholds: c.prepare(`SELECT subject_id, metric, min, max, priority, sustain_min FROM thresholds ORDER BY subject_id, metric, min, max`).all(),
      events: c.prepare(`SELECT subject_id, id, type, t, data, updated_at, hlc FROM events ORDER BY subject_id, id`).all(),
      observations: c.prepare(`SELECT subject_id, id, metric, t, value FROM observations ORDER BY subject_id, id`).all(),
    };
  }

  /** Edits an event as the medication log does: new data, stamped with this install's wall clock. */
  function editDose(i: Install, subjectId: string, eventId: string, doseMg: number): void {
    i.core.deps.db.$client
      .prepare(`UPDATE events SET data = ?, updated_at = ? WHERE subject_id = ? AND id = ?`)
      .run(JSON.stringify({ drug: 'levodopa', dose_mg: doseMg }), i.clock.now(), subjectId, eventId);
  }

  const dose = (i: Install, subjectId: string, eventId: string): number =>
    (JSON.parse(i.core.deps.db.$client.prepare(`SELECT data FROM events WHERE subject_id = ? AND id = ?`).pluck().get(subjectId, eventId) as string) as { dose_mg: number }).dose_mg;

  async function remoteRows(url: string, sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as Array<Record<string, unknown>>;
    } finally {
      await c.end();
    }
  }

  it('an edit made after seeing another install\'s wins on every install, whether its clock is an hour behind or the other\'s an hour ahead', async () => {
    const url = freshRemote();
    const fast = install(url, HOUR); // a laptop whose clock runs an hour ahead
    const clinic = install(url); // right
    const slow = install(url, -HOUR); // a kiosk an hour behind

    const s = fast.core.subjects.create(fast.ctx, { name: 'Pat', kind: 'parkinson' });
    const ev = fast.core.events.write(s.id, { type: 'medication', t: new Date(T0).toISOString(), data: { drug: 'levodopa', dose_mg: 100 } }, fast.ctx.user!.id).event;
    await fast.round();
    await clinic.round();
    await slow.round();

    // The laptop edits; the clinic sees it, then corrects all three, at a wall time 55 minutes "before" the laptop's edit.
    fast.clock.advance(MIN);
    editDose(fast, s.id, ev.id, 200);
    fast.core.subjects.update(fast.ctx, s.id, { name: 'Pat (typo)' });
    await fast.core.call('thresholds.put', { subject_id: s.id, thresholds: [{ metric: 'glucose', max: 400, priority: 'low' }] }, fast.ctx);
    await fast.round();
    await clinic.round();
    expect(dose(clinic, s.id, ev.id)).toBe(200);

    clinic.clock.advance(5 * MIN);
    editDose(clinic, s.id, ev.id, 150);
    clinic.core.subjects.update(clinic.ctx, s.id, { name: 'Pat Q.' });
    await clinic.core.call('thresholds.put', { subject_id: s.id, thresholds: [{ metric: 'glucose', max: 250, priority: 'high' }] }, clinic.ctx);
    const wall = (i: Install) => i.core.deps.db.$client.prepare(`SELECT updated_at FROM events WHERE id = ?`).pluck().get(ev.id) as number;
    // By wall clock the laptop's edit is the later one; it is not.
    expect(wall(clinic)).toBeLessThan(wall(fast));
    await clinic.round();
    await fast.round();
    for (const i of [fast, clinic]) {
      expect(dose(i, s.id, ev.id)).toBe(150);
      expect(i.core.subjects.get(i.ctx, s.id).name).toBe('Pat Q.');
      expect(i.core.alerts.store.thresholds(s.id)).toEqual([{ metric: 'glucose', min: null, max: 250, priority: 'high', sustain_min: 0 }]);
    }

    // The kiosk, an hour behind, sees the clinic's correction and changes the dose again: its change is the latest.
    await slow.round();
    expect(dose(slow, s.id, ev.id)).toBe(150);
    slow.clock.advance(10 * MIN);
    editDose(slow, s.id, ev.id, 125);
    expect(wall(slow)).toBeLessThan(wall(clinic));
    await slow.round();
    await fast.round();
    await clinic.round();
    for (const i of [fast, clinic, slow]) expect(dose(i, s.id, ev.id)).toBe(125);

    // Every install and the remote hold the same rows, and a further round moves nothing.
    await slow.round();
    expect(snapshot(fast)).toEqual(snapshot(clinic));
    expect(snapshot(slow)).toEqual(snapshot(clinic));
    const [remoteEvent] = await remoteRows(url, `SELECT data, hlc, origin FROM tend_events WHERE id = $1`, [ev.id]);
    const slowStamp = slow.core.deps.db.$client.prepare(`SELECT hlc FROM events WHERE id = ?`).pluck().get(ev.id);
    expect(remoteEvent).toEqual({ data: { drug: 'levodopa', dose_mg: 125 }, hlc: slowStamp, origin: slow.id });
    expect((await remoteRows(url, `SELECT name FROM tend_subjects WHERE id = $1`, [s.id]))[0]!.name).toBe('Pat Q.');
    for (const i of [fast, clinic, slow]) {
      const r = await i.round();
      expect(r.pushed_new).toEqual({ subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
      expect(r.pulled).toEqual({ subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
    }
  });

  it('refuses a page stamped by a clock days ahead, naming the install, the row and by how much, stores nothing of it, and says so in sync status until it syncs', async () => {
    const url = freshRemote();
    const home = install(url);
    const s = home.core.subjects.create(home.ctx, { name: 'Lou', kind: 'diabetes' });
    const ev = home.core.events.write(s.id, { type: 'medication', t: new Date(T0).toISOString(), data: { drug: 'levodopa', dose_mg: 100 } }, home.ctx.user!.id).event;
    await home.round();
    // A machine whose clock says three days later. The test server's own clock is far past T0, so
    // the push-side check lets it through, as an older Tend or a server with a wrong clock would.
    const broken = install(url, 3 * 24 * HOUR);
    await broken.round();
    editDose(broken, s.id, ev.id, 900);
    await broken.round();

    const clockBefore = home.core.deps.db.$client.prepare(`SELECT millis, counter FROM sync_hlc`).get();
    const failed = await home.round().then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(failed?.message).toMatch(
      new RegExp(`^install ${broken.id} \\(events row ${ev.id}, stamped \\d{15}-[0-9A-F]{4}-[0-9a-f]{16}\\) carries a time 3\\.0 days ahead of this install's clock \\(the limit is 24\\.0 h\\)`),
    );
    expect(dose(home, s.id, ev.id)).toBe(100);
    expect(home.core.deps.db.$client.prepare(`SELECT millis, counter FROM sync_hlc`).get()).toEqual(clockBefore);
    expect(lastFailure(new Kv(home.core.deps.db, () => home.clock.now()))?.message).toBe(failed!.message);
    // The next round is refused the same way; once this clock is within the limit of that stamp, the edit arrives.
    await expect(home.round()).rejects.toThrow(/3\.0 days ahead/);
    home.clock.advance(2 * 24 * HOUR + HOUR);
    await home.round();
    expect(dose(home, s.id, ev.id)).toBe(900);
    expect(lastFailure(new Kv(home.core.deps.db, () => home.clock.now()))).toBeNull();
  });

  it('an install whose clock is days ahead of the remote server\'s is refused before it sends anything, its changes kept for when the clock is right', async () => {
    const url = freshRemote();
    // Against the server's real clock, not the tests' T0.
    const clock = new ManualClock(Date.now() + 3 * 24 * HOUR);
    const core = createCore({ db: openDatabase(join(dir, `fast${++n}.db`)), clock });
    opened.push(core);
    const user = core.auth.ensureLocalUser('fast');
    const ctx: CallContext = { user, clientKey: 'test', transport: 'cli' };
    core.subjects.create(ctx, { name: 'Max', kind: 'diabetes' });
    const round = () => syncRound(url, { core, ownerId: user.id });
    await expect(round()).rejects.toThrow(/^this install's clock is 3\.0 days ahead of the sync database server's \(the limit is 24\.0 h\): set this machine's date and time right/);
    expect(lastFailure(new Kv(core.deps.db, () => clock.now()))?.message).toMatch(/3\.0 days ahead/);
    expect(await remoteRows(url, `SELECT id FROM tend_subjects`)).toEqual([]);
    // The clock set right, the change goes, stamped again as of now (the stamp it was made with never left), and another install takes it.
    clock.set(Date.now());
    const lines: string[] = [];
    const r = await syncRound(url, { core, ownerId: user.id, log: (l) => lines.push(l) });
    expect(r.pushed_new.subjects).toBe(1);
    expect(lines).toContain('1 changes made while this install\'s clock was ahead were stamped again as of now');
    const [{ hlc }] = (await remoteRows(url, `SELECT hlc FROM tend_subjects`)) as Array<{ hlc: string }>;
    expect(Number(hlc.slice(0, 15))).toBeLessThan(Date.now() + HOUR);
    const other = install(url, Date.now() - T0);
    await other.round();
    expect(other.core.deps.db.$client.prepare(`SELECT name FROM subjects`).pluck().all()).toEqual(['Max']);
  });

  it('a remote set up by sync schema 5 (wall-clock merges) is upgraded in place at the first round: its rows get stamps from their wall times and go on merging', async () => {
    const url = freshRemote();
    const a = install(url);
    const s = a.core.subjects.create(a.ctx, { name: 'Old', kind: 'diabetes' });
    const ev = a.core.events.write(s.id, { type: 'medication', t: new Date(T0).toISOString(), data: { drug: 'levodopa', dose_mg: 100 } }, a.ctx.user!.id).event;
    await a.core.call('thresholds.put', { subject_id: s.id, thresholds: [{ metric: 'glucose', max: 300, priority: 'high' }] }, a.ctx);
    await a.round();
    // As sync schema 5 left it: no stamps.
    await remoteRows(
      url,
      `ALTER TABLE tend_subjects DROP COLUMN hlc, DROP COLUMN field_hlc;
       ALTER TABLE tend_thresholds DROP COLUMN hlc;
       ALTER TABLE tend_events DROP COLUMN hlc;
       UPDATE tend_meta SET value = '5' WHERE key = 'schema_version'`,
    );

    const b = install(url);
    await b.round();
    expect((await remoteRows(url, `SELECT value FROM tend_meta WHERE key = 'schema_version'`))[0]!.value).toBe('6');
    const node = (await remoteRows(url, `SELECT substr(md5($1), 1, 16) AS node`, [a.id]))[0]!.node as string;
    const at = (ms: number) => `${String(ms).padStart(15, '0')}-0000-${node}`;
    expect(await remoteRows(url, `SELECT hlc FROM tend_events`)).toEqual([{ hlc: at(T0) }]);
    expect(await remoteRows(url, `SELECT hlc FROM tend_thresholds`)).toEqual([{ hlc: at(T0) }]);
    expect(await remoteRows(url, `SELECT hlc, field_hlc FROM tend_subjects`)).toEqual([{ hlc: at(T0), field_hlc: {} }]);
    expect(b.core.subjects.get(b.ctx, s.id).name).toBe('Old');
    expect(dose(b, s.id, ev.id)).toBe(100);

    // Edits on either side after the upgrade merge by stamp.
    b.clock.advance(MIN);
    editDose(b, s.id, ev.id, 75);
    await b.round();
    await a.round();
    expect(dose(a, s.id, ev.id)).toBe(75);
    await b.round();
    const [onA, onB] = [snapshot(a), snapshot(b)] as Array<{ thresholds: unknown; events: unknown }>;
    expect(onA!.events).toEqual(onB!.events);
    expect(onA!.thresholds).toEqual(onB!.thresholds);
  });

  it('a round that fails in the middle of its pull keeps the pages it stored and resumes after them', async () => {
    const url = freshRemote();
    const a = install(url, HOUR);
    const b = install(url);
    const s = a.core.subjects.create(a.ctx, { name: 'Bo', kind: 'diabetes' });
    a.core.ingest(a.ctx, s.id, Array.from({ length: 6000 }, (_, i) => ({ metric: 'glucose', t: new Date(T0 - (6000 - i) * 60_000).toISOString(), value: 100 + (i % 150) })));
    await a.round();
    // B fails while storing the second page (its last reading), as a full disk or a crash would.
    // The readings' times rise with their order, so the last is the newest (on the compact table: `observations` is a view).
    const last = a.core.deps.db.$client.prepare(`SELECT t FROM observations ORDER BY t DESC LIMIT 1`).pluck().get() as number;
    const bdb = b.core.deps.db.$client;
    bdb.exec(`CREATE TRIGGER cut BEFORE INSERT ON observation_rows WHEN NEW.t = ${last} BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    await expect(b.round()).rejects.toThrow(/disk full/);
    expect(bdb.prepare(`SELECT COUNT(*) FROM observations`).pluck().get()).toBe(5000);
    bdb.exec(`DROP TRIGGER cut`);
    const resumed = await b.round();
    expect(resumed.pulled.observations).toBe(1000);
    expect(snapshot(b)).toEqual(snapshot(a));
  }, 120_000);

  it('a round whose connection is killed in the middle of its push loses nothing: the next one finishes it and every install converges', async () => {
    const url = freshRemote();
    const a = install(url, HOUR);
    const b = install(url);
    const s = a.core.subjects.create(a.ctx, { name: 'Ann', kind: 'diabetes' });
    await a.round();
    // A push page of readings, 1000 more and an event: two pages, the event on the second.
    const n = PUSH_PAGE + 1000;
    a.core.ingest(a.ctx, s.id, Array.from({ length: n }, (_, i) => ({ metric: 'glucose', t: new Date(T0 - (n - i) * 60_000).toISOString(), value: 100 + (i % 150) })));
    const ev = a.core.events.write(s.id, { type: 'medication', t: new Date(T0).toISOString(), data: { drug: 'levodopa', dose_mg: 100 } }, a.ctx.user!.id).event;
    // The remote's connection dies at the first event row it is sent (a sequence, so the trap fires once whatever rolls back).
    await remoteRows(
      url,
      `CREATE SEQUENCE cut_once;
       CREATE FUNCTION cut() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN IF nextval('cut_once') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END $$;
       CREATE TRIGGER cut BEFORE INSERT ON tend_events FOR EACH ROW EXECUTE FUNCTION cut()`,
    );
    await expect(a.round()).rejects.toThrow();
    // The first page was committed and acknowledged; the second is still queued.
    expect(Number((await remoteRows(url, `SELECT COUNT(*) AS n FROM tend_observations`))[0]!.n)).toBe(PUSH_PAGE);
    expect(Number((await remoteRows(url, `SELECT COUNT(*) AS n FROM tend_events`))[0]!.n)).toBe(0);

    // Meanwhile B, an hour behind A, pulls what landed and the round resumes.
    await b.round();
    const resumed = await a.round();
    expect(resumed.pushed_new.observations).toBe(1000);
    expect(resumed.pushed_new.events).toBe(1);
    await b.round();
    editDose(b, s.id, ev.id, 50);
    await b.round();
    await a.round();
    expect(dose(a, s.id, ev.id)).toBe(50);
    expect(snapshot(a)).toEqual(snapshot(b));
    expect((snapshot(a) as { observations: unknown[] }).observations).toHaveLength(n);
  }, 120_000);
});
