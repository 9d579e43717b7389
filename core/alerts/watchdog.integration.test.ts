import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../api/procedures';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { gapLength } from './watchdog';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 20, 22);

let dir: string;
let dbPath: string;
let clock: ManualClock;
let open: Core[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-watchdog-'));
  dbPath = join(dir, 'tend.db');
  clock = new ManualClock(T0);
  open = [];
});
afterEach(() => {
  for (const c of open) {
    c.alerts.stop();
    c.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

/** One run of the app on the same SQLite file (a process start). */
function launch(): { core: Core; ctx: CallContext; events: ServerEvent[] } {
  const core = createCore({ db: openDatabase(dbPath), clock });
  open.push(core);
  const ctx: CallContext = { user: core.auth.ensureLocalUser('carer'), clientKey: 'test', transport: 'memory' };
  const events: ServerEvent[] = [];
  core.bus.subscribe((e) => events.push(e));
  return { core, ctx, events };
}
/** The process ends without `stop()`: a crash, a power cut. */
function crash(core: Core): void {
  open.splice(open.indexOf(core), 1);
  core.close();
}
/** A clean quit: the timer stops (the hub's onClose, Electron's will-quit), then the store closes. */
function quit(core: Core): void {
  core.alerts.stop();
  crash(core);
}
const gaps = (core: Core, subject: string) => core.alerts.store.list([subject], { state: 'all', limit: 100 }).filter((a) => a.kind === 'monitoring_gap');

describe('a silent stop is itself an alert (monitoring_gap)', () => {
  it('after a clean close, the next start raises a low alert for the people watched live, with the gap in its detail, and none for people with only old data', async () => {
    const first = launch();
    let { core } = first;
    const ctx = first.ctx;
    const baby = core.subjects.create(ctx, { name: 'Mia', kind: 'baby' }).id;
    const archive = core.subjects.create(ctx, { name: 'Old CGM file', kind: 'diabetes' }).id;
    core.ingest(ctx, baby, [{ metric: 'room_temperature', t: new Date(clock.now() - 2 * MIN).toISOString(), value: 20.5 }]);
    core.ingest(ctx, archive, [{ metric: 'glucose', t: new Date(clock.now() - 2 * 24 * 60 * MIN).toISOString(), value: 140 }]);
    core.alerts.start();
    clock.advance(MIN / 4);
    expect(core.alerts.beat().raised).toEqual([]);
    const closedAt = clock.now();
    quit(core);

    clock.advance(42 * MIN);
    const again = launch();
    core = again.core;
    const events = again.events;
    core.alerts.start();
    const raised = events.filter((e) => e.type === 'alert.raised');
    expect(raised).toHaveLength(1);
    const [gap] = gaps(core, baby);
    expect(gap).toMatchObject({ priority: 'low', state: 'open', raised_at: closedAt + 42 * MIN });
    expect(gap!.message).toContain('42 min');
    expect(gap!.message).toContain('closed');
    expect(JSON.parse(gap!.detail)).toEqual({ from: new Date(closedAt).toISOString(), to: new Date(closedAt + 42 * MIN).toISOString(), minutes: 42, cause: 'closed' });
    expect(gaps(core, archive)).toEqual([]);
    // An alert like any other: audited, and it stays until someone acknowledges it.
    const audit = await core.call('alerts.audit', { subject_id: baby }, again.ctx);
    expect(audit.items.map((a) => a.action)).toContain('alert.raised');
    expect((await core.call('alerts.ack', { id: gap!.id }, again.ctx)).state).toBe('acknowledged');
  });

  it('a process that died without closing (crash, power cut) is a medium alert from its last heartbeat', () => {
    const first = launch();
    let { core } = first;
    const pat = core.subjects.create(first.ctx, { name: 'Pat', kind: 'diabetes' }).id;
    core.ingest(first.ctx, pat, [{ metric: 'glucose', t: new Date(clock.now()).toISOString(), value: 110 }]);
    core.alerts.beat();
    clock.advance(MIN / 4);
    core.alerts.beat();
    const lastBeat = clock.now();
    crash(core);

    clock.advance(3 * 60 * MIN + 5 * MIN);
    ({ core } = launch());
    core.alerts.beat();
    const [gap] = gaps(core, pat);
    expect(gap).toMatchObject({ priority: 'medium', kind: 'monitoring_gap' });
    expect(JSON.parse(gap!.detail)).toMatchObject({ from: new Date(lastBeat).toISOString(), minutes: 185, cause: 'stopped' });
    expect(gap!.message).toContain('3 h 5 min');
  });

  it('the computer sleeping between two beats of a running timer is a gap too; a short restart and a busy minute are not', async () => {
    const { core, ctx } = launch();
    const pat = core.subjects.create(ctx, { name: 'Pat', kind: 'parkinson' }).id;
    const device = await core.call('devices.create', { name: 'Wrist sensor', kind: 'accelerometer', transport: 'ble', address: 'AA:BB:CC:DD:EE:FF', subject_id: pat }, ctx);
    core.ingest(ctx, pat, [{ metric: 'tremor_magnitude', t: new Date(clock.now() - 4 * 60 * MIN).toISOString(), value: 0.2, device_id: device.id }]);
    core.alerts.beat();
    // Under load the timer can slip a minute or four: below the default 5 minutes, nothing.
    clock.advance(4 * MIN);
    expect(core.alerts.beat().raised).toEqual([]);
    // The lid closes for 20 minutes. The reading is old, but the device was heard from
    // just now (it proves the person was being watched), so the gap counts.
    clock.advance(20 * MIN);
    const raised = core.alerts.beat().raised;
    expect(raised.map((a) => [a.kind, a.priority])).toEqual([['monitoring_gap', 'medium']]);
    expect(raised[0]!.message).toContain('asleep');
  });

  it('a gap while this process ran but could not write (a full disk, a read-only file) says so, not "stopped"', () => {
    const { core, ctx } = launch();
    const pat = core.subjects.create(ctx, { name: 'Pat', kind: 'diabetes' }).id;
    core.ingest(ctx, pat, [{ metric: 'glucose', t: new Date(clock.now()).toISOString(), value: 120 }]);
    core.alerts.beat();
    core.deps.db.$client.pragma('query_only = ON');
    for (let i = 0; i < 40; i++) {
      clock.advance(MIN / 4);
      expect(() => core.alerts.beat()).toThrow(/cannot be written/);
    }
    core.deps.db.$client.pragma('query_only = OFF');
    clock.advance(MIN / 4);
    const [gap] = core.alerts.beat().raised;
    expect(gap).toMatchObject({ kind: 'monitoring_gap', priority: 'medium' });
    expect(gap!.message).toContain('No alerts were checked for 10 min: Tend could not write to its database (is the disk full?)');
    expect(JSON.parse(JSON.stringify(gap!.detail))).toMatchObject({ cause: 'unwritable', minutes: 10 });
  });

  it('does not count people whose data only arrive by sync: the install that recorded them watches over them', () => {
    const { core, ctx } = launch();
    const remote = core.subjects.create(ctx, { name: 'Patient at home', kind: 'diabetes' }).id;
    // What a sync round's pull does: stored, shown, but not checked by this install's rules.
    core.deps.db.$client.transaction(() => core.observations.write(remote, [{ id: 'pulled-1', metric: 'glucose', t: clock.now(), value: 65, device_id: null }]))();
    core.alerts.beat();
    clock.advance(30 * MIN);
    expect(core.alerts.beat().raised).toEqual([]);
  });

  it('follows each person’s monitoring_gap_min and does not count a person no longer watched', async () => {
    const { core, ctx } = launch();
    const strict = core.subjects.create(ctx, { name: 'Night watch', kind: 'baby' }).id;
    const relaxed = core.subjects.create(ctx, { name: 'Day sensor', kind: 'general' }).id;
    await core.call('alerts.settings.put', { subject_id: strict, settings: { monitoring_gap_min: 2 } }, ctx);
    await core.call('alerts.settings.put', { subject_id: relaxed, settings: { monitoring_gap_min: 60 } }, ctx);
    expect((await core.call('alerts.settings.get', { subject_id: strict }, ctx)).monitoring_gap_min).toBe(2);
    for (const s of [strict, relaxed]) core.ingest(ctx, s, [{ metric: 'humidity', t: new Date(clock.now()).toISOString(), value: 50 }]);
    core.alerts.beat();
    clock.advance(3 * MIN);
    expect(core.alerts.beat().raised.map((a) => a.subject_id)).toEqual([strict]);
    clock.advance(61 * MIN);
    expect(core.alerts.beat().raised.map((a) => a.subject_id).sort()).toEqual([strict, relaxed].sort());
    // More than the live window (3 h) after the last reading: nobody was being watched.
    clock.advance(3 * 60 * MIN);
    core.alerts.beat();
    clock.advance(30 * MIN);
    expect(core.alerts.beat().raised).toEqual([]);
    await expect(core.call('alerts.settings.put', { subject_id: strict, settings: { monitoring_gap_min: 0 } }, ctx)).rejects.toThrow(/monitoring_gap_min/);
  });
});

describe('gapLength', () => {
  it('says minutes under an hour and hours with minutes above', () => {
    expect(gapLength(42 * MIN)).toBe('42 min');
    expect(gapLength(2 * 60 * MIN)).toBe('2 h');
    expect(gapLength(185 * MIN + 20_000)).toBe('3 h 5 min');
  });
});
