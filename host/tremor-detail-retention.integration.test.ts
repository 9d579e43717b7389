/**
 * Each tremor minute's per-second detail (`tremor_minutes.features`/`flags`, ~1.5 MB a day
 * of wear) ages out after the person's `detail_retention_days` in the hourly sweep, while
 * everything the app shows from those minutes stays exactly as it was: the day view, the
 * trend, the per-minute readings. A late piece of a minute whose detail is gone leaves that
 * minute's result alone. Through a real hub over HTTP; the test runs the hourly sweep itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { rawMotionRetention } from '../core/tremor/raw-retention';
import { simulateRecording } from '../native/lab/motion/wrist-sim';
import { startTestHub } from './testing';

const MIN = 60_000;
const DAY = 1440 * MIN;
const T0 = Date.parse('2025-03-01T09:00:00Z');
const RATE = 25;
const OLD_DAYS = [0, 1, 2];
const RECENT_DAYS = [398, 399];
type Hub = Awaited<ReturnType<typeof startTestHub>>;

const rec = simulateRecording({ seed: 2718, durationS: 120, startMs: T0, rateHz: RATE, noSleep: true, activities: [{ startS: 0, durationS: 120, activity: 'rest' }] });
const samples = (t0: number, from = 0, to = rec.samples.x.length) => ({
  t0: new Date(t0).toISOString(),
  x: Array.from(rec.samples.x.subarray(from, to)),
  y: Array.from(rec.samples.y.subarray(from, to)),
  z: Array.from(rec.samples.z.subarray(from, to)),
});
const date = (d: number) => new Date(T0 + d * DAY).toISOString().slice(0, 10);

let hub: Hub;
let token: string;
let subject: string;
const clock = new ManualClock(T0 + 400 * DAY);

beforeAll(async () => {
  hub = await startTestHub({ clock });
  token = await hub.signUp('wrist@example.org');
  subject = (await hub.api('POST', '/api/subjects', { name: 'Walter', kind: 'parkinson' }, token)).body.id as string;
  for (const d of [...OLD_DAYS, ...RECENT_DAYS]) {
    const r = await hub.api('POST', '/api/rpc/tremor.upload', { subject_id: subject, rate_hz: RATE, samples: samples(T0 + d * DAY) }, token);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }
}, 120_000);
afterAll(async () => hub?.close());

const rpc = async (name: string, body: Record<string, unknown>) => {
  const r = await hub.api('POST', `/api/rpc/${name}`, { subject_id: subject, ...body }, token);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as unknown;
};
/** Everything the Tremor screen and the API show from the minutes. */
const shown = async () => ({
  days: await Promise.all([...OLD_DAYS, ...RECENT_DAYS].map((d) => rpc('tremor.day', { date: date(d) }))),
  trend: await rpc('tremor.progression', { from: new Date(T0 - DAY).toISOString(), to: new Date(T0 + 400 * DAY).toISOString() }),
  readings: (await hub.api('GET', `/api/subjects/${subject}/observations?metric=tremor_percent&limit=1000`, undefined, token)).body,
  magnitudes: (await hub.api('GET', `/api/subjects/${subject}/observations?metric=tremor_magnitude&limit=1000`, undefined, token)).body,
});
const minutesWithDetail = (fromDay: number, toDay: number) =>
  hub.core.deps.db.$client
    .prepare(`SELECT COUNT(*) FROM tremor_minutes WHERE subject_id = ? AND t >= ? AND t < ? AND length(features) = 960 AND length(flags) = 60`)
    .pluck()
    .get(subject, T0 + fromDay * DAY, T0 + toDay * DAY) as number;
const minutes = (fromDay: number, toDay: number) =>
  hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM tremor_minutes WHERE subject_id = ? AND t >= ? AND t < ?`).pluck().get(subject, T0 + fromDay * DAY, T0 + toDay * DAY) as number;

describe('per-second tremor detail past its retention', () => {
  it('defaults to 365 days beside the raw samples’ 30, and refuses a value outside 1–3650 naming it', async () => {
    expect(await rpc('tremor.settings.get', {})).toEqual({ raw_retention_days: 30, detail_retention_days: 365 });
    for (const bad of [0, 3651, 1.5]) {
      const r = await hub.api('POST', '/api/rpc/tremor.settings.put', { subject_id: subject, settings: { detail_retention_days: bad } }, token);
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe('settings.detail_retention_days');
    }
    expect(await rpc('tremor.settings.get', {})).toEqual({ raw_retention_days: 30, detail_retention_days: 365 });
  });

  it('is emptied for minutes older than 365 days by the hourly sweep; the day view, trend and per-minute readings are unchanged', async () => {
    const before = await shown();
    const old = minutes(0, 3);
    expect(old).toBeGreaterThanOrEqual(6);
    expect(minutesWithDetail(0, 3)).toBe(old);
    const recent = minutesWithDetail(398, 400);
    expect(recent).toBeGreaterThanOrEqual(4);

    rawMotionRetention(hub.core).sweep();
    expect(minutesWithDetail(0, 3)).toBe(0);
    expect(minutes(0, 3)).toBe(old);
    expect(minutesWithDetail(398, 400)).toBe(recent);
    expect(await shown()).toEqual(before);

    // The next sweep has nothing left to do.
    rawMotionRetention(hub.core).sweep();
    expect(minutesWithDetail(398, 400)).toBe(recent);
  });

  it('leaves a closed minute’s result alone when a late piece of it arrives', async () => {
    const before = await shown();
    // 60 s from 20 s into day 0's recording: the tail of its first minute and the head of its second.
    const r = await rpc('tremor.upload', { rate_hz: RATE, samples: samples(T0 + 20_000, 20 * RATE, 80 * RATE) });
    // Stored as raw samples, analysed into no minute: both of its minutes are closed.
    expect(r).toMatchObject({ samples: 60 * RATE, seconds: 0, minutes: 0, tremor_minutes: 0 });
    expect(await shown()).toEqual(before);
  });

  it('follows a longer setting: nothing more is emptied until the minutes are older than it', async () => {
    await rpc('tremor.settings.put', { settings: { detail_retention_days: 3650 } });
    clock.advance(30 * DAY);
    // A month on, the first sign-in has expired: sign in again.
    token = (await hub.api('POST', '/api/auth/login', { email: 'wrist@example.org', password: 'correct horse battery' })).body.access_token as string;
    rawMotionRetention(hub.core).sweep();
    expect(minutesWithDetail(398, 400)).toBeGreaterThan(0);
    await rpc('tremor.settings.put', { settings: { detail_retention_days: 1 } });
    rawMotionRetention(hub.core).sweep();
    expect(minutesWithDetail(0, 400)).toBe(0);
  });
});
