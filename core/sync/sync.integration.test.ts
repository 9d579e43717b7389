import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { deleteDose } from '../tremor/service';
import { simulateRecording } from '../../native/lab/motion/wrist-sim';
import { EpisodeStore } from '../baby/episodes-store';
import { syncRound } from './round';
import { CopiedInstallError, REMOTE_SCHEMA_VERSION } from './remote';
import { Kv } from '../kv';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

/** Sync rounds driven through the core, two installs (two SQLite files) and a real Postgres. */

const T0 = Date.parse('2026-05-01T08:00:00Z');

interface Install {
  core: Core;
  clock: ManualClock;
  ctx: CallContext;
  round: () => ReturnType<typeof syncRound>;
}

describe('sync rounds', () => {
  let pgs: ThrowawayPostgres;
  let dir: string;
  let n = 0;
  const opened: Core[] = [];

  beforeAll(async () => {
    pgs = await startThrowawayPostgres();
    dir = mkdtempSync(join(tmpdir(), 'tend-sync-'));
  }, 120_000);
  afterAll(() => {
    for (const c of opened) c.close();
    pgs?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function install(url: string, file = join(dir, `i${++n}.db`)): Install {
    const clock = new ManualClock(T0);
    const core = createCore({ db: openDatabase(file), clock });
    opened.push(core);
    const user = core.auth.ensureLocalUser(`nurse${n}`);
    const ctx: CallContext = { user, clientKey: 'test', transport: 'cli' };
    return { core, clock, ctx, round: () => syncRound(url, { core, ownerId: user.id }) };
  }

  function freshRemote(): string {
    const name = `r${++n}`;
    pgs.createDatabase(name);
    return pgs.urlFor(name);
  }

  /** `count` 5-minutely readings ending before T0. */
  const readings = (count: number, base = 100) =>
    Array.from({ length: count }, (_, i) => ({ metric: 'glucose', t: new Date(T0 - (count - i) * 300_000).toISOString(), value: base + (i % 150) }));

  it('an edit made on either install reaches the other; concurrent edits of different fields both survive, of the same field the later wins', async () => {
    const url = freshRemote();
    const a = install(url);
    const b = install(url);
    const s = a.core.subjects.create(a.ctx, { name: 'Pat', kind: 'parkinson', settings: { tremor: { band_hz: [3, 7] } } });
    const dose = a.core.events.write(s.id, { type: 'medication', t: new Date(T0).toISOString(), data: { drug: 'levodopa', dose_mg: 100 } }, a.ctx.user!.id).event;
    await a.round();
    await b.round();
    const onB = () => b.core.deps.db.$client.prepare(`SELECT name, settings, updated_at FROM subjects WHERE id = ?`).get(s.id) as { name: string; settings: string; updated_at: number };
    expect(onB().name).toBe('Pat');

    // B (its local user owns what it pulled) edits; A gets the edit.
    b.clock.set(T0 + 60_000);
    b.core.subjects.update(b.ctx, s.id, { settings: { tremor: { band_hz: [4, 6] } } });
    b.core.deps.db.$client
      .prepare(`UPDATE events SET data = ?, updated_at = ? WHERE id = ?`)
      .run(JSON.stringify({ drug: 'levodopa', dose_mg: 150 }), T0 + 60_000, dose.id);
    await b.round();
    const pulled = await a.round();
    expect(pulled.pulled).toMatchObject({ subjects: 1, events: 1 });
    expect(a.core.subjects.get(a.ctx, s.id).settings).toEqual({ tremor: { band_hz: [4, 6] } });
    expect(a.core.events.list(s.id, { limit: 10 })[0]!.data).toEqual({ drug: 'levodopa', dose_mg: 150 });

    // While apart, A changes the alert settings and B the tremor band: both changes survive.
    a.clock.set(T0 + 90_000);
    a.core.subjects.update(a.ctx, s.id, { settings: { alerts: { sound: false } } });
    b.clock.set(T0 + 95_000);
    b.core.subjects.update(b.ctx, s.id, { settings: { tremor: { band_hz: [3, 8] } } });
    await a.round();
    await b.round();
    await a.round();
    for (const i of [a, b]) expect(i.core.subjects.get(i.ctx, s.id).settings).toEqual({ tremor: { band_hz: [3, 8] }, alerts: { sound: false } });

    // Both rename while apart; B's rename is later. Whatever order they sync in, both end with B's.
    a.clock.set(T0 + 120_000);
    a.core.subjects.update(a.ctx, s.id, { name: 'Pat A.' });
    b.clock.set(T0 + 180_000);
    b.core.subjects.update(b.ctx, s.id, { name: 'Pat B.' });
    await b.round();
    await a.round();
    await b.round();
    expect(a.core.subjects.get(a.ctx, s.id).name).toBe('Pat B.');
    expect(onB().name).toBe('Pat B.');
    // …and the remote agrees; a further round moves nothing.
    const again = [await a.round(), await b.round()];
    for (const r of again) {
      expect(r.pushed_new).toEqual({ subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
      expect(r.pulled).toEqual({ subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
    }
  });

  it('thresholds a clinician sets on one install reach the other and raise alerts there; a later edit wins even from a clock that is behind', async () => {
    const url = freshRemote();
    const laptop = install(url);
    const kiosk = install(url);
    const s = laptop.core.subjects.create(laptop.ctx, { name: 'Gil', kind: 'diabetes' });
    await laptop.round();
    await kiosk.round();

    kiosk.clock.set(T0 + 60_000);
    const set = [{ metric: 'glucose', max: 250, priority: 'high' as const }, { metric: 'glucose', min: 70, priority: 'high' as const }];
    await kiosk.core.call('thresholds.put', { subject_id: s.id, thresholds: set }, kiosk.ctx);
    const pushed = await kiosk.round();
    expect(pushed.pushed.thresholds).toBe(1);
    const pulled = await laptop.round();
    expect(pulled.pulled.thresholds).toBe(1);
    expect(laptop.core.alerts.store.thresholds(s.id)).toEqual(kiosk.core.alerts.store.thresholds(s.id));

    laptop.clock.set(T0 + 120_000);
    const out = laptop.core.ingest(laptop.ctx, s.id, [{ metric: 'glucose', t: new Date(T0 + 110_000).toISOString(), value: 300 }]);
    expect((out.alerts as Array<{ metric: string; priority: string }>).map((a) => [a.metric, a.priority])).toEqual([['glucose', 'high']]);

    // The laptop's clock is behind the kiosk's: an edit made there after it pulled the kiosk's
    // set is still the newer one, and both installs and the remote end with it.
    laptop.clock.set(T0 + 30_000);
    await laptop.core.call('thresholds.put', { subject_id: s.id, thresholds: [{ metric: 'glucose', max: 400, priority: 'low' }] }, laptop.ctx);
    await laptop.round();
    await kiosk.round();
    expect(kiosk.core.alerts.store.thresholds(s.id)).toEqual([{ metric: 'glucose', min: null, max: 400, priority: 'low', sustain_min: 0 }]);
    const remote = new pg.Client({ connectionString: url });
    await remote.connect();
    expect((await remote.query(`SELECT items FROM tend_thresholds WHERE subject_id = $1`, [s.id])).rows[0].items).toEqual([
      { metric: 'glucose', min: null, max: 400, priority: 'low', sustain_min: 0 },
    ]);
    await remote.end();
  });

  it('insulin settings a clinician enters on the kiosk reach the laptop, which then suggests from them; forgetting them there turns it off here', async () => {
    const url = freshRemote();
    const laptop = install(url);
    const kiosk = install(url);
    const s = laptop.core.subjects.create(laptop.ctx, { name: 'Ines', kind: 'diabetes' });
    await laptop.round();
    await kiosk.round();
    const ask = () => laptop.core.call('diabetes.dose', { subject_id: s.id, carbs_g: 50, glucose_mg_dl: 150, at: new Date(T0 + 120_000).toISOString() }, laptop.ctx);
    await expect(ask()).rejects.toMatchObject({ code: 'unprocessable' });

    kiosk.clock.set(T0 + 60_000);
    const settings = { carb_ratio_g_per_u: 10, isf_mg_dl_per_u: 50, target_mg_dl: 100, insulin_duration_h: 5, max_bolus_u: 10 };
    await kiosk.core.call('diabetes.dosing.put', { subject_id: s.id, settings }, kiosk.ctx);
    await kiosk.round();
    await laptop.round();
    const onLaptop = await laptop.core.call('diabetes.dosing.get', { subject_id: s.id }, laptop.ctx);
    expect(onLaptop.settings).toMatchObject({ ...settings, set_by: kiosk.ctx.user!.email, set_at: new Date(T0 + 60_000).toISOString() });
    // 50 ÷ 10 + (150 − 100) ÷ 50 = 6 U.
    expect((await ask()).units).toBe(6);

    kiosk.clock.set(T0 + 180_000);
    await kiosk.core.call('diabetes.dosing.clear', { subject_id: s.id }, kiosk.ctx);
    await kiosk.round();
    await laptop.round();
    await expect(ask()).rejects.toMatchObject({ code: 'unprocessable' });
  });

  it('a round cut off after the remote took its new token is not mistaken for a copy; a real mismatch is refused before anything moves', async () => {
    const url = freshRemote();
    const a = install(url);
    a.core.subjects.create(a.ctx, { name: 'Ivo', kind: 'general' });
    const first = await a.round();
    const kv = new Kv(a.core.deps.db, () => a.clock.now());
    const key = `sync.token:${first.remote_id}`;
    const taken = kv.get(key)!;
    // As if the process died between the remote's commit and writing the token here.
    kv.set(`sync.token_pending:${first.remote_id}`, taken);
    kv.set(key, 'the-token-before');
    await expect(a.round()).resolves.toMatchObject({ install_id: first.install_id });
    expect(kv.get(`sync.token_pending:${first.remote_id}`)).toBeUndefined();
    expect(kv.get(key)).not.toBe(taken);

    // A token the remote never held from this database: another copy synced.
    kv.set(key, 'someone-elses');
    a.core.subjects.create(a.ctx, { name: 'Eva', kind: 'general' });
    await expect(a.round()).rejects.toBeInstanceOf(CopiedInstallError);
    const remote = new pg.Client({ connectionString: url });
    await remote.connect();
    expect((await remote.query(`SELECT name FROM tend_subjects ORDER BY name`)).rows.map((r) => r.name)).toEqual(['Ivo']);
    await remote.end();
  });

  it('a wrist sensor’s tremor minutes reach the clinic, a minute completed by a later upload included, so its tremor screens match the laptop’s', async () => {
    const url = freshRemote();
    const laptop = install(url);
    const clinic = install(url);
    const rec = simulateRecording({ seed: 7102, durationS: 600, startMs: T0, rateHz: 50, noSleep: true, activities: [{ startS: 0, durationS: 600, activity: 'rest' }] });
    const csvOf = (from: number, to: number) => {
      const { t, x, y, z } = rec.samples;
      const lines = ['t,x,y,z'];
      for (let i = from; i < to; i++) lines.push(`${t[i]!.toFixed(3)},${x[i]!.toFixed(4)},${y[i]!.toFixed(4)},${z[i]!.toFixed(4)}`);
      return lines.join('\n') + '\n';
    };
    const s = laptop.core.subjects.create(laptop.ctx, { name: 'Rui', kind: 'parkinson' });
    // The first 3.5 minutes, then the rest: minute 3 is stored half-done, then completed.
    const cut = 210 * 50;
    laptop.clock.set(T0 + 4 * 60_000);
    await laptop.core.call('tremor.upload', { subject_id: s.id, csv: csvOf(0, cut), start: new Date(T0).toISOString() }, laptop.ctx);
    const first = await laptop.round();
    expect(first.pushed.tremor_minutes).toBe(4);
    await clinic.round();
    const day = (i: Install) => i.core.call('tremor.day', { subject_id: s.id, date: new Date(T0).toISOString().slice(0, 10) }, i.ctx);
    expect((await day(clinic)).minutes).toEqual((await day(laptop)).minutes);

    laptop.clock.set(T0 + 11 * 60_000);
    await laptop.core.call('tremor.upload', { subject_id: s.id, csv: csvOf(cut, rec.samples.t.length), start: new Date(T0).toISOString(), final: true }, laptop.ctx);
    await laptop.round();
    const pulled = await clinic.round();
    expect(pulled.pulled.tremor_minutes).toBe(7); // minute 3 again, completed, and minutes 4–9
    const onLaptop = await day(laptop);
    expect(onLaptop.minutes).toHaveLength(10);
    expect((await day(clinic)).minutes).toEqual(onLaptop.minutes);
    const stored = (i: Install) => i.core.deps.db.$client.prepare(`SELECT t, seconds, tremor_seconds, features, flags, settled, updated_at FROM tremor_minutes ORDER BY t`).all();
    expect(stored(clinic)).toEqual(stored(laptop));
    // The clinic does not send them back, and another round moves nothing.
    expect((await clinic.round()).pushed.tremor_minutes).toBe(0);
    expect((await laptop.round()).pulled.tremor_minutes).toBe(0);
  });

  it('a cry episode heard on the nursery laptop reaches the other install open, then closed, with its peak; its clip stays where it was recorded', async () => {
    const url = freshRemote();
    const nursery = install(url);
    const parent = install(url);
    const s = nursery.core.subjects.create(nursery.ctx, { name: 'Lia', kind: 'baby' });
    const store = new EpisodeStore(nursery.core.deps);
    store.upsert({ id: 'ep-1', subject_id: s.id, source: 'live', session_id: 'sess-1', start_t: T0, end_t: null, peak: 0.81 });
    store.addClip({ id: 'clip-1', subject_id: s.id, episode_id: 'ep-1', start_t: T0 - 5000, end_t: T0 + 5000, wav: new Uint8Array(64) });
    expect((await nursery.round()).pushed.cry_episodes).toBe(1);
    await parent.round();
    const list = (i: Install) => i.core.call('baby.episodes.list', { subject_id: s.id, from: new Date(T0 - 3_600_000).toISOString(), to: new Date(T0 + 3_600_000).toISOString() }, i.ctx);
    expect((await list(parent)).items).toMatchObject([{ id: 'ep-1', start: new Date(T0).toISOString(), end: null, peak: 0.81, has_clip: false }]);

    // The cry goes on, louder, and stops.
    store.upsert({ id: 'ep-1', subject_id: s.id, source: 'live', session_id: 'sess-1', start_t: T0, end_t: T0 + 95_000, peak: 0.97 });
    await nursery.round();
    expect((await parent.round()).pulled.cry_episodes).toBe(1);
    const there = (await list(parent)).items[0]!;
    const here = (await list(nursery)).items[0]!;
    expect({ ...there, has_clip: true }).toEqual(here);
    expect(there).toMatchObject({ end: new Date(T0 + 95_000).toISOString(), peak: 0.97, has_clip: false });
    const remote = new pg.Client({ connectionString: url });
    await remote.connect();
    expect((await remote.query(`SELECT to_regclass('tend_audio_clips') AS t`)).rows[0].t).toBeNull();
    await remote.end();
    expect((await parent.round()).pushed.cry_episodes).toBe(0);
  });

  it('a pulled cry episode naming another person under an id an episode here has never changes this install\'s episode', async () => {
    const url = freshRemote();
    const a = install(url);
    const lia = a.core.subjects.create(a.ctx, { name: 'Lia', kind: 'baby' });
    const max = a.core.subjects.create(a.ctx, { name: 'Max', kind: 'baby' });
    new EpisodeStore(a.core.deps).upsert({ id: 'ep-x', subject_id: lia.id, source: 'live', session_id: 'sess-1', start_t: T0, end_t: null, peak: 0.5 });
    await a.round();
    // Another program rewrites the remote row: same id, another person, louder and closed.
    const remote = new pg.Client({ connectionString: url });
    await remote.connect();
    await remote.query(
      `UPDATE tend_cry_episodes SET subject_id = $1, peak = 0.99, end_t = start_t + interval '1 minute', origin = 'someone-else', seq = nextval('tend_seq') WHERE id = 'ep-x'`,
      [max.id],
    );
    await remote.end();
    await a.round();
    const rows = a.core.deps.db.$client.prepare(`SELECT subject_id, end_t, peak FROM cry_episodes`).all();
    expect(rows).toEqual([{ subject_id: lia.id, end_t: null, peak: 0.5 }]);
  });

  it('an alert raised on the laptop is announced on the kiosk; acknowledged there, it is acknowledged on the laptop; resolved on the laptop, it is resolved on the kiosk', async () => {
    const url = freshRemote();
    const laptop = install(url);
    const kiosk = install(url);
    const s = laptop.core.subjects.create(laptop.ctx, { name: 'Hal', kind: 'diabetes' });
    await laptop.core.call('thresholds.put', { subject_id: s.id, thresholds: [{ metric: 'glucose', max: 250, priority: 'high' }] }, laptop.ctx);
    laptop.clock.set(T0 + 60_000);
    const raised = laptop.core.ingest(laptop.ctx, s.id, [{ metric: 'glucose', t: new Date(T0 + 60_000).toISOString(), value: 320 }]).alerts as Array<{ id: string }>;
    expect(raised).toHaveLength(1);
    await laptop.round();

    const heard: Array<{ type: string; via?: string; alert?: { id: string } }> = [];
    kiosk.core.deps.bus.subscribe((ev) => heard.push(ev as (typeof heard)[number]));
    const first = await kiosk.round();
    expect(first.pulled.alerts).toBe(1);
    expect(heard.filter((e) => e.type.startsWith('alert.'))).toEqual([expect.objectContaining({ type: 'alert.raised', via: 'sync', alert: expect.objectContaining({ id: raised[0]!.id }) })]);
    const onKiosk = await kiosk.core.call('alerts.list', { state: 'open' }, kiosk.ctx);
    expect(onKiosk.items.map((a) => [a.id, a.priority, a.value])).toEqual([[raised[0]!.id, 'high', 320]]);

    kiosk.clock.set(T0 + 120_000);
    await kiosk.core.call('alerts.ack', { id: raised[0]!.id }, kiosk.ctx);
    await kiosk.round();
    await laptop.round();
    const acked = laptop.core.alerts.store.get(raised[0]!.id)!;
    expect([acked.state, acked.acknowledged_at, acked.acknowledged_by]).toEqual(['acknowledged', T0 + 120_000, kiosk.ctx.user!.email]);

    // Back in range on the laptop: the laptop's rules resolve it; the kiosk hears of it.
    laptop.clock.set(T0 + 180_000);
    laptop.core.ingest(laptop.ctx, s.id, [{ metric: 'glucose', t: new Date(T0 + 180_000).toISOString(), value: 150 }]);
    expect(laptop.core.alerts.store.get(raised[0]!.id)!.state).toBe('resolved');
    await laptop.round();
    heard.length = 0;
    await kiosk.round();
    const onKioskNow = kiosk.core.alerts.store.get(raised[0]!.id)!;
    expect([onKioskNow.state, onKioskNow.acknowledged_at, onKioskNow.resolved_at]).toEqual(['resolved', T0 + 120_000, T0 + 180_000]);
    expect(heard.filter((e) => e.type.startsWith('alert.')).map((e) => [e.type, e.via])).toEqual([['alert.resolved', 'sync']]);
    for (const r of [await laptop.round(), await kiosk.round()]) expect(r.pulled.alerts + r.pushed_new.alerts).toBe(0);
  });

  it('an alarm that escalates on the laptop escalates on the kiosk; its ended condition reaches the kiosk, where acknowledging it closes it on both', async () => {
    const url = freshRemote();
    const laptop = install(url);
    const kiosk = install(url);
    const s = laptop.core.subjects.create(laptop.ctx, { name: 'Ida', kind: 'diabetes' });
    const reading = (t: number, value: number) => {
      laptop.clock.set(t);
      return laptop.core.ingest(laptop.ctx, s.id, [{ metric: 'glucose', t: new Date(t).toISOString(), value }]).alerts as Array<{ id: string }>;
    };
    const [low] = reading(T0 + 60_000, 65);
    await laptop.round();
    await kiosk.round();
    expect(kiosk.core.alerts.store.get(low!.id)!.priority).toBe('medium');

    const heard: Array<{ type: string; via?: string; change?: string }> = [];
    kiosk.core.deps.bus.subscribe((ev) => heard.push(ev as (typeof heard)[number]));
    reading(T0 + 6 * 60_000, 48);
    await laptop.round();
    await kiosk.round();
    const escalated = kiosk.core.alerts.store.get(low!.id)!;
    expect([escalated.kind, escalated.priority, escalated.value, escalated.state]).toEqual(['urgent_low', 'high', 48, 'open']);
    expect(heard.filter((e) => e.type.startsWith('alert.')).map((e) => [e.type, e.change, e.via])).toEqual([['alert.updated', 'escalated', 'sync']]);

    // Back in range on the laptop: the alarm latches; the kiosk learns when its condition ended.
    reading(T0 + 11 * 60_000, 95);
    expect((await laptop.round()).rejected_count).toBe(0);
    heard.length = 0;
    await kiosk.round();
    const ended = kiosk.core.alerts.store.get(low!.id)!;
    expect([ended.state, ended.condition_ended_at, ended.priority]).toEqual(['open', T0 + 11 * 60_000, 'high']);
    expect(heard.filter((e) => e.type.startsWith('alert.')).map((e) => [e.type, e.change])).toEqual([['alert.updated', 'condition_ended']]);

    kiosk.clock.set(T0 + 12 * 60_000);
    expect((await kiosk.core.call('alerts.ack', { id: low!.id }, kiosk.ctx)).state).toBe('resolved');
    await kiosk.round();
    await laptop.round();
    const closed = laptop.core.alerts.store.get(low!.id)!;
    expect([closed.state, closed.acknowledged_at, closed.resolved_at, closed.condition_ended_at]).toEqual(['resolved', T0 + 12 * 60_000, T0 + 12 * 60_000, T0 + 11 * 60_000]);
    for (const r of [await laptop.round(), await kiosk.round()]) expect(r.pulled.alerts + r.pushed_new.alerts).toBe(0);
  });

  it('a person deleted on one install stays deleted there when another install edits them later', async () => {
    const url = freshRemote();
    const a = install(url);
    const b = install(url);
    const s = a.core.subjects.create(a.ctx, { name: 'Del', kind: 'general' });
    a.core.ingest(a.ctx, s.id, readings(10));
    await a.round();
    await b.round();
    b.core.subjects.delete(b.ctx, s.id);
    a.clock.set(T0 + 60_000);
    a.core.subjects.update(a.ctx, s.id, { name: 'Del (edited)' });
    a.core.ingest(a.ctx, s.id, [{ metric: 'glucose', t: new Date(T0 + 30_000).toISOString(), value: 120 }]);
    await a.round();
    const r = await b.round();
    expect(r.pulled).toEqual({ subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
    expect(r.skipped).toBe(2);
    expect(b.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM subjects WHERE id = ?`).pluck().get(s.id)).toBe(0);
    expect(b.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`).pluck().get(s.id)).toBe(0);
    // Deletion does not travel (yet): the other install keeps the person.
    expect(a.core.subjects.get(a.ctx, s.id).name).toBe('Del (edited)');
  });

  it('a medication entry deleted on one install is deleted on the other, even one edited there meanwhile', async () => {
    const url = freshRemote();
    const a = install(url);
    const b = install(url);
    const s = a.core.subjects.create(a.ctx, { name: 'Pip', kind: 'parkinson' });
    const dose = (mg: number, h: number) =>
      a.core.events.write(s.id, { type: 'medication', t: new Date(T0 - h * 3_600_000).toISOString(), data: { drug: 'levodopa', dose_mg: mg } }, a.ctx.user!.id).event;
    const wrong = dose(1000, 2);
    const kept = dose(100, 1);
    await a.round();
    await b.round();
    const onB = () => (b.core.deps.db.$client.prepare(`SELECT id FROM events WHERE subject_id = ? ORDER BY id`).pluck().all(s.id) as string[]);
    expect(onB()).toEqual([wrong.id, kept.id].sort());

    // B corrects the dose while A deletes the entry; neither has seen the other's change.
    b.clock.set(T0 + 60_000);
    b.core.deps.db.$client.prepare(`UPDATE events SET data = ?, updated_at = ? WHERE id = ?`).run(JSON.stringify({ drug: 'levodopa', dose_mg: 100 }), T0 + 60_000, wrong.id);
    a.clock.set(T0 + 30_000);
    deleteDose(a.core, a.ctx, s.id, wrong.id);
    const pushed = await a.round();
    expect(pushed.pushed.events).toBe(1);
    await b.round();
    await a.round();
    expect(onB()).toEqual([kept.id]);
    expect(a.core.deps.db.$client.prepare(`SELECT id FROM events WHERE subject_id = ?`).pluck().all(s.id)).toEqual([kept.id]);
  });

  it('the same client ids on two installs\' people are two records on the shared Postgres and on each install; a deletion stays with its person', async () => {
    const url = freshRemote();
    const a = install(url);
    const b = install(url);
    const sa = a.core.subjects.create(a.ctx, { name: 'Ann', kind: 'diabetes' });
    const sb = b.core.subjects.create(b.ctx, { name: 'Ben', kind: 'diabetes' });
    const t = new Date(T0 - 60_000).toISOString();
    a.core.ingest(a.ctx, sa.id, [{ id: 'cgm-0001', metric: 'glucose', t, value: 45 }]);
    b.core.ingest(b.ctx, sb.id, [{ id: 'cgm-0001', metric: 'glucose', t, value: 210 }]);
    a.core.events.write(sa.id, { id: 'meal-0001', type: 'meal', t, data: { carbs_g: 60 } }, a.ctx.user!.id);
    b.core.events.write(sb.id, { id: 'meal-0001', type: 'meal', t, data: { carbs_g: 10 } }, b.ctx.user!.id);
    const pushedA = await a.round();
    const pushedB = await b.round();
    expect(pushedA.pushed_new).toMatchObject({ observations: 1, events: 1 });
    expect(pushedB.pushed_new).toMatchObject({ observations: 1, events: 1 });
    await a.round();

    const remote = new pg.Client({ connectionString: url });
    await remote.connect();
    try {
      const rows = async (table: string, col: string) =>
        (await remote.query(`SELECT subject_id, ${col} AS v FROM ${table} WHERE id = $1 ORDER BY v`, [table === 'tend_events' ? 'meal-0001' : 'cgm-0001'])).rows.map((r) => [r.subject_id, Number(r.v)]);
      expect(await rows('tend_observations', 'value')).toEqual([[sa.id, 45], [sb.id, 210]]);
      expect(await rows('tend_events', `(data->>'carbs_g')`)).toEqual([[sb.id, 10], [sa.id, 60]]);
    } finally {
      await remote.end();
    }
    const value = (i: Install, s: string) => i.core.deps.db.$client.prepare(`SELECT value FROM observations WHERE subject_id = ? AND id = 'cgm-0001'`).pluck().get(s);
    const carbs = (i: Install, s: string) => (i.core.events.list(s, { limit: 10 }).find((e) => e.id === 'meal-0001')?.data.carbs_g ?? null);
    for (const i of [a, b]) {
      expect([value(i, sa.id), value(i, sb.id)]).toEqual([45, 210]);
      expect([carbs(i, sa.id), carbs(i, sb.id)]).toEqual([60, 10]);
    }

    // Ann's meal deleted on A: gone for Ann everywhere; Ben's meal with the same id stays.
    a.clock.set(T0 + 60_000);
    a.core.deps.db.$client.transaction(() => a.core.events.remove(sa.id, 'meal-0001'))();
    await a.round();
    await b.round();
    for (const i of [a, b]) expect([carbs(i, sa.id), carbs(i, sb.id)]).toEqual([null, 10]);
  });

  it('a remote set up by the previous sync schema (ids keyed alone) is re-keyed per person in place, keeping its rows', async () => {
    const url = freshRemote();
    const a = install(url);
    const sa = a.core.subjects.create(a.ctx, { name: 'Old', kind: 'diabetes' });
    a.core.ingest(a.ctx, sa.id, [...readings(10), { id: 'shared-id', metric: 'glucose', t: new Date(T0 - 30_000).toISOString(), value: 99 }]);
    a.core.events.write(sa.id, { id: 'shared-id', type: 'meal', t: new Date(T0).toISOString(), data: { carbs_g: 30 } }, a.ctx.user!.id);
    await a.round();
    const remote = new pg.Client({ connectionString: url });
    await remote.connect();
    const keyOf = async (table: string) =>
      (await remote.query(
        `SELECT a.attname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
          WHERE c.conrelid = $1::regclass AND c.contype = 'p' ORDER BY array_position(c.conkey, a.attnum)`,
        [table],
      )).rows.map((r) => r.attname as string);
    try {
      // As sync schema 3 left it: events and observations keyed by id alone.
      for (const table of ['tend_events', 'tend_observations']) {
        await remote.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD PRIMARY KEY (id)`);
        expect(await keyOf(table)).toEqual(['id']);
      }
      await remote.query(`UPDATE tend_meta SET value = '3' WHERE key = 'schema_version'`);

      // A newer install's first round upgrades it, keeps every row, and can use the same ids for its own person.
      const b = install(url);
      const sb = b.core.subjects.create(b.ctx, { name: 'New', kind: 'diabetes' });
      b.core.ingest(b.ctx, sb.id, [{ id: 'shared-id', metric: 'glucose', t: new Date(T0 - 30_000).toISOString(), value: 150 }]);
      b.core.events.write(sb.id, { id: 'shared-id', type: 'meal', t: new Date(T0).toISOString(), data: { carbs_g: 70 } }, b.ctx.user!.id);
      const r = await b.round();
      expect(r.pushed_new).toMatchObject({ observations: 1, events: 1 });
      expect(r.pulled).toMatchObject({ subjects: 1, observations: 11, events: 1 });
      for (const table of ['tend_events', 'tend_observations']) expect(await keyOf(table)).toEqual(['subject_id', 'id']);
      expect((await remote.query(`SELECT value FROM tend_meta WHERE key = 'schema_version'`)).rows[0].value).toBe(String(REMOTE_SCHEMA_VERSION));
      expect(Number((await remote.query(`SELECT COUNT(*) AS n FROM tend_observations`)).rows[0].n)).toBe(12);
      expect(Number((await remote.query(`SELECT COUNT(*) AS n FROM tend_events WHERE id = 'shared-id'`)).rows[0].n)).toBe(2);
      await a.round();
      expect(a.core.deps.db.$client.prepare(`SELECT subject_id, value FROM observations WHERE id = 'shared-id' ORDER BY value`).all()).toEqual([
        { subject_id: sa.id, value: 99 },
        { subject_id: sb.id, value: 150 },
      ]);
    } finally {
      await remote.end();
    }
  });

  it('a round whose acknowledgement was lost sends again and the remote adds nothing', async () => {
    const url = freshRemote();
    const a = install(url);
    const s = a.core.subjects.create(a.ctx, { name: 'Lou', kind: 'diabetes' });
    a.core.ingest(a.ctx, s.id, readings(50));
    const first = await a.round();
    expect(first.pushed_new.observations).toBe(50);
    // As if the process died after the remote committed but before the outbox was cleared.
    // (A compact reading's entry names its key: t, and [person, metric, id] in ref.)
    a.core.deps.db.$client.exec(`INSERT INTO sync_outbox (entity, row_id, ref) SELECT 'observations', t, json_array(s, m, id) FROM observation_rows`);
    const again = await a.round();
    expect(again.pushed.observations).toBe(50);
    expect(again.pushed_new.observations).toBe(0);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    expect(Number((await c.query(`SELECT COUNT(*) AS n FROM tend_observations`)).rows[0].n)).toBe(50);
    await c.end();
  });

  it('two installs syncing at the same moment both land, and each then has the other\'s readings', async () => {
    const url = freshRemote();
    const a = install(url);
    const b = install(url);
    const sa = a.core.subjects.create(a.ctx, { name: 'Ann', kind: 'diabetes' });
    const sb = b.core.subjects.create(b.ctx, { name: 'Ben', kind: 'diabetes' });
    a.core.ingest(a.ctx, sa.id, readings(6000));
    b.core.ingest(b.ctx, sb.id, readings(6000, 80));
    // Open screens on B hear what arrived: one event per page, person and metric.
    const heard: Array<{ subject_id: string; metric: string; count: number; latest: { t: string } }> = [];
    b.core.deps.bus.subscribe((ev) => ev.type === 'observation.added' && ev.subject_id === sa.id && heard.push(ev));
    await Promise.all([a.round(), b.round()]);
    await Promise.all([a.round(), b.round()]);
    const count = (i: Install, id: string) => i.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`).pluck().get(id);
    expect(count(a, sb.id)).toBe(6000);
    expect(count(b, sa.id)).toBe(6000);
    expect(heard.reduce((n, e) => n + e.count, 0)).toBe(6000);
    expect(heard.every((e) => e.metric === 'glucose')).toBe(true);
    expect(heard.at(-1)!.latest.t).toBe(new Date(T0 - 300_000).toISOString());
  });

  it('an install from before sync existed sends everything it already held on its first round', async () => {
    const url = freshRemote();
    // An "older version": the migrations folder as it was before sync (0006).
    const old = join(dir, 'pre-sync-migrations');
    cpSync(MIGRATIONS_DIR, old, { recursive: true });
    const journalPath = join(old, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ tag: string }> };
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.tag < '0006') }));
    const file = join(dir, 'pre-sync.db');
    // What that version stored (raw SQL: today's code would write today's columns).
    const before = openDatabase(file, { migrationsDir: old }).$client;
    before.exec(`
      INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u-old', 'old@local.tend', 'old', 'x', ${T0});
      INSERT INTO subjects (id, name, kind, settings, owner_id, created_at, updated_at) VALUES ('s-old', 'Vic', 'diabetes', '{}', 'u-old', ${T0}, ${T0});
      INSERT INTO grants (subject_id, user_id, role, created_at) VALUES ('s-old', 'u-old', 'owner', ${T0});
      INSERT INTO thresholds (subject_id, metric, min, max, priority, sustain_min) VALUES ('s-old', 'glucose', NULL, 300, 'high', 0);
      INSERT INTO events (id, subject_id, type, t, data, created_at) VALUES ('e-old', 's-old', 'meal', ${T0 - 3_600_000}, '{"carbs_g":40}', ${T0});
    `);
    const ins = before.prepare(`INSERT INTO observations (id, subject_id, metric, t, value, created_at) VALUES (?, 's-old', 'glucose', ?, ?, ?)`);
    for (let i = 0; i < 20; i++) ins.run(`o-old-${i}`, T0 - (20 - i) * 300_000, 100 + i, T0);
    before.close();

    const upgraded = install(url, file);
    const r = await upgraded.round();
    expect(r.pushed).toEqual({ subjects: 1, thresholds: 1, events: 1, observations: 20, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });
  });
});
