/**
 * The tremor procedures in the account's IANA zone, through a real hub over HTTP: New York's
 * day the clocks go forward (2026-03-08, 23 hours) and the day they go back (2026-11-01,
 * 25 hours). The expected instants are worked out here from the tz rules (EST UTC−5 until
 * 2026-03-08 02:00, EDT UTC−4 until 2026-11-01 02:00, then EST), not by the code under test.
 * Lord Howe's clock moves 30 minutes: UTC+11 until 2026-04-05 02:00 (→ 01:30, UTC+10:30),
 * UTC+10:30 until 2026-10-04 02:00 (→ 02:30, UTC+11).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { simulateRecording } from '../native/lab/motion/wrist-sim';
import { startTestHub } from './testing';

const MIN = 60_000;
const RATE = 25;
const NY = 'America/New_York';
const LH = 'Australia/Lord_Howe';
type Hub = Awaited<ReturnType<typeof startTestHub>>;

// A wrist at rest with tremor; the same samples are sent at several start times.
const rec = simulateRecording({ seed: 4242, durationS: 150 * 60, startMs: Date.parse('2026-01-01T00:00:00Z'), rateHz: RATE, noSleep: true, activities: [{ startS: 0, durationS: 150 * 60, activity: 'rest' }] });
const samples = (t0: number, fromMin: number, toMin: number) => {
  const axis = (a: Float32Array) => Array.from(a.subarray(fromMin * 60 * RATE, toMin * 60 * RATE), (v) => Math.round(v * 1e4) / 1e4);
  return { t0: new Date(t0 + fromMin * MIN).toISOString(), x: axis(rec.samples.x), y: axis(rec.samples.y), z: axis(rec.samples.z) };
};

/** 2026-11-01 in New York: 00:00 EDT (04:00Z) to 00:00 EST on the 2nd (05:00Z). */
const AUTUMN = { from: '2026-11-01T04:00:00.000Z', to: '2026-11-02T05:00:00.000Z' };
/** 2026-03-08 in New York: 00:00 EST (05:00Z) to 00:00 EDT on the 9th (04:00Z). */
const SPRING = { from: '2026-03-08T05:00:00.000Z', to: '2026-03-09T04:00:00.000Z' };
/** 21:30–24:00 local on 6–9 March: 02:30Z while on EST, 01:30Z once on EDT. */
const EVENINGS = ['2026-03-07T02:30:00Z', '2026-03-08T02:30:00Z', '2026-03-09T01:30:00Z', '2026-03-10T01:30:00Z'];

let hub: Hub;
let token: string;
let subject: string;
const rpc = async (name: string, body: Record<string, unknown>) => hub.api('POST', `/api/rpc/${name}`, { subject_id: subject, ...body }, token);
const ok = async (name: string, body: Record<string, unknown>) => {
  const r = await rpc(name, body);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
};

beforeAll(async () => {
  hub = await startTestHub({ clock: new ManualClock(Date.parse('2026-11-20T12:00:00Z')) });
  token = await hub.signUp('nia@example.org');
  subject = (await hub.api('POST', '/api/subjects', { name: 'Noor', kind: 'parkinson' }, token)).body.id as string;
  const uploads: Array<[string, number]> = [
    // Autumn: 01:25–01:35 EDT, 01:25–01:35 EST (the repeated hour), 23:10–23:20 EST.
    ['2026-11-01T05:25:00Z', 10], ['2026-11-01T06:25:00Z', 10], ['2026-11-02T04:10:00Z', 10],
    // Spring: 01:50 EST straight on to 03:10 EDT (02:00–03:00 never happens).
    ['2026-03-08T06:50:00Z', 20],
    // Two and a half hours every evening around the spring change.
    ...EVENINGS.map((t): [string, number] => [t, 150]),
    // Lord Howe, going back 30 minutes: 01:40–01:50 on UTC+11, then 01:40–01:50 on UTC+10:30.
    ['2026-04-04T14:40:00Z', 10], ['2026-04-04T15:10:00Z', 10],
    // Lord Howe, going forward 30 minutes: 01:50 on UTC+10:30 straight on to 02:40 on UTC+11.
    ['2026-10-03T15:20:00Z', 20],
  ];
  // In pieces of up to an hour, under the hub's body limit, as the app sends a long recording.
  for (const [t0, minutes] of uploads) {
    for (let m = 0; m < minutes; m += 60) await ok('tremor.upload', { rate_hz: RATE, samples: samples(Date.parse(t0), m, Math.min(minutes, m + 60)), final: m + 60 >= minutes });
  }
  // Doses at 01:30 EDT and 01:30 EST: the same wall-clock time, an hour apart.
  await ok('tremor.doses.create', { id: 'dose-edt', t: '2026-11-01T05:30:00Z', drug: 'levodopa' });
  await ok('tremor.doses.create', { id: 'dose-est', t: '2026-11-01T06:30:00Z', drug: 'levodopa' });
  // Lord Howe: 01:45 on UTC+10:30 (the repeated half hour) and 02:45 on UTC+11 (just after the jump).
  await ok('tremor.doses.create', { id: 'dose-lh-back', t: '2026-04-04T15:15:00Z', drug: 'levodopa' });
  await ok('tremor.doses.create', { id: 'dose-lh-forward', t: '2026-10-03T15:45:00Z', drug: 'levodopa' });
}, 240_000);
afterAll(async () => hub?.close());

const wallHours = (from: number, to: number) => [...Array(24).keys()].filter((h) => h >= from && h <= to).map((h) => `${String(h).padStart(2, '0')}:00`);

describe('tremor.day, .response and .progression in an IANA zone', () => {
  it('draws 2026-11-01 in New York as 25 hours: the repeated 01:00 twice, labelled, each minute and dose in its own one', async () => {
    const day = await ok('tremor.day', { date: '2026-11-01', time_zone: NY });
    expect([day.from, day.to]).toEqual([AUTUMN.from, AUTUMN.to]);
    expect(day).toMatchObject({ time_zone: NY, utc_offset_min: -240, minutes_in_day: 1500 });
    expect(day.hours.map((h: { label: string }) => h.label)).toEqual(['00:00', '01:00 (UTC−04:00)', '01:00 (UTC−05:00)', ...wallHours(2, 23)]);
    expect(day.hours.map((h: { utc_offset_min: number }) => h.utc_offset_min)).toEqual([-240, -240, ...Array(23).fill(-300)]);
    const recorded = day.hours.map((h: { recorded_minutes: number }) => h.recorded_minutes);
    expect(recorded).toEqual([0, 10, 10, ...Array(21).fill(0), 10]);
    expect(day.summary.recorded_minutes).toBe(30);
    // Minutes count from midnight in elapsed time; their wall clock repeats 01:25…01:34.
    const rows = day.minutes as Array<{ minute: number; clock: string; t: string }>;
    const tenFrom = (m: number, clock: (i: number) => string) => Array.from({ length: 10 }, (_, i) => ({ minute: m + i, clock: clock(i) }));
    const clock = (h: string, m0: number) => (i: number) => `${h}:${String(m0 + i).padStart(2, '0')}`;
    expect(rows.map(({ minute, clock: c }) => ({ minute, clock: c }))).toEqual([...tenFrom(85, clock('01', 25)), ...tenFrom(145, clock('01', 25)), ...tenFrom(24 * 60 + 10, clock('23', 10))]);
    // The 01:30 EST dose in the second 01:00, the 01:30 EDT one in the first.
    expect(day.hours[1].doses).toEqual(['dose-edt']);
    expect(day.hours[2].doses).toEqual(['dose-est']);
    expect(day.doses.map((d: { id: string }) => d.id)).toEqual(['dose-edt', 'dose-est']);
  });

  it('draws 2026-03-08 in New York as 23 hours: 01:59 EST is followed by 03:00 EDT, no 02:00 row', async () => {
    const day = await ok('tremor.day', { date: '2026-03-08', time_zone: NY });
    expect([day.from, day.to]).toEqual([SPRING.from, SPRING.to]);
    expect(day).toMatchObject({ utc_offset_min: -300, minutes_in_day: 1380 });
    expect(day.hours.map((h: { label: string }) => h.label)).toEqual(['00:00', '01:00', ...wallHours(3, 23)]);
    expect(day.hours.slice(1, 3).map((h: { recorded_minutes: number }) => h.recorded_minutes)).toEqual([10, 10]);
    // The night's minutes (the evening's are on this day too, from 21:30 EDT).
    const rows = (day.minutes as Array<{ minute: number; clock: string }>).filter((r) => r.minute < 4 * 60);
    expect(rows.map((r) => r.minute)).toEqual(Array.from({ length: 20 }, (_, i) => 110 + i));
    expect(rows.map((r) => r.clock)).toEqual([...Array.from({ length: 10 }, (_, i) => `01:${50 + i}`), ...Array.from({ length: 10 }, (_, i) => `03:0${i}`)]);
  });

  it('draws 2026-04-05 on Lord Howe (02:00 → 01:30) as 1,470 minutes: rows on the hour, the repeated half hour a second 01:00 row labelled by offset', async () => {
    const day = await ok('tremor.day', { date: '2026-04-05', time_zone: LH });
    // 00:00 on UTC+11 (13:00Z on the 4th) to 00:00 on UTC+10:30 (13:30Z on the 5th).
    expect([day.from, day.to]).toEqual(['2026-04-04T13:00:00.000Z', '2026-04-05T13:30:00.000Z']);
    expect(day).toMatchObject({ time_zone: LH, utc_offset_min: 660, minutes_in_day: 1470 });
    const hours = day.hours as Array<{ label: string; t: string; minutes: number; recorded_minutes: number; doses: string[] }>;
    expect(hours.map((h) => h.label)).toEqual(['00:00', '01:00 (UTC+11:00)', '01:00 (UTC+10:30)', ...wallHours(2, 23)]);
    expect(hours.every((h) => h.label.slice(0, 5).endsWith(':00'))).toBe(true);
    expect(hours.map((h) => h.minutes)).toEqual([60, 60, 30, ...Array(22).fill(60)]);
    expect(hours.slice(1, 3).map((h) => [h.t, h.recorded_minutes])).toEqual([['2026-04-04T14:00:00.000Z', 10], ['2026-04-04T15:00:00.000Z', 10]]);
    expect(hours.map((h) => h.doses)).toEqual([[], [], ['dose-lh-back'], ...Array(22).fill([])]);
    // The minutes' wall clock repeats 01:40…01:49.
    const clocks = (day.minutes as Array<{ minute: number; clock: string }>).map((m) => [m.minute, m.clock]);
    expect(clocks).toEqual([...Array.from({ length: 10 }, (_, i) => [100 + i, `01:4${i}`]), ...Array.from({ length: 10 }, (_, i) => [130 + i, `01:4${i}`])]);
  });

  it('draws 2026-10-04 on Lord Howe (02:00 → 02:30) as 1,410 minutes: the 02:00 row lasts 30 minutes and holds the 02:45 dose', async () => {
    const day = await ok('tremor.day', { date: '2026-10-04', time_zone: LH });
    expect([day.from, day.to]).toEqual(['2026-10-03T13:30:00.000Z', '2026-10-04T13:00:00.000Z']);
    expect(day).toMatchObject({ utc_offset_min: 630, minutes_in_day: 1410 });
    const hours = day.hours as Array<{ label: string; t: string; minutes: number; utc_offset_min: number; recorded_minutes: number; doses: string[] }>;
    expect(hours.map((h) => h.label)).toEqual(wallHours(0, 23));
    expect(hours.map((h) => h.minutes)).toEqual([60, 60, 30, ...Array(21).fill(60)]);
    expect(hours.slice(1, 4).map((h) => [h.t, h.utc_offset_min, h.recorded_minutes])).toEqual([
      ['2026-10-03T14:30:00.000Z', 630, 10], ['2026-10-03T15:30:00.000Z', 660, 10], ['2026-10-03T16:00:00.000Z', 660, 0],
    ]);
    expect(hours[2]!.doses).toEqual(['dose-lh-forward']);
    expect(hours.flatMap((h) => h.doses)).toEqual(['dose-lh-forward']);
    const clocks = (day.minutes as Array<{ clock: string }>).map((m) => m.clock);
    expect(clocks).toEqual([...Array.from({ length: 10 }, (_, i) => `01:5${i}`), ...Array.from({ length: 10 }, (_, i) => `02:3${i}`)]);
  });

  it('reads the day in the account’s saved zone when neither time_zone nor utc_offset_min is sent; utc_offset_min alone keeps one fixed clock', async () => {
    const before = await ok('tremor.day', { date: '2026-11-01' });
    expect(before).toMatchObject({ time_zone: null, from: '2026-11-01T00:00:00.000Z', minutes_in_day: 1440 });
    expect((await hub.api('PUT', '/api/auth/me', { time_zone: NY }, token)).status).toBe(200);
    try {
      const saved = await ok('tremor.day', { date: '2026-11-01' });
      expect(saved).toMatchObject({ time_zone: NY, from: AUTUMN.from, to: AUTUMN.to, minutes_in_day: 1500 });
      // An old caller's fixed clock wins over the saved zone: 24 hours at UTC−05:00.
      const fixed = await ok('tremor.day', { date: '2026-11-01', utc_offset_min: -300 });
      expect(fixed).toMatchObject({ time_zone: null, from: '2026-11-01T05:00:00.000Z', to: '2026-11-02T05:00:00.000Z', minutes_in_day: 1440 });
      expect(fixed.hours).toHaveLength(24);
    } finally {
      await hub.api('PUT', '/api/auth/me', { time_zone: null }, token);
    }
  });

  it('tremor.response on a local date covers that 25-hour day and names its zone', async () => {
    const r = await ok('tremor.response', { date: '2026-11-01', time_zone: NY });
    expect(r).toMatchObject({ time_zone: NY, from: AUTUMN.from, to: AUTUMN.to });
    expect(r.responses.map((x: { dose: { id: string } }) => x.dose.id)).toEqual(['dose-edt', 'dose-est']);
  });

  it('counts each evening on its own local day across the spring change (a fixed offset splits the evenings before it)', async () => {
    const range = { from: '2026-03-06T05:00:00Z', to: '2026-03-11T04:00:00Z', metric: 'tremor_percent' };
    const zoned = await ok('tremor.progression', { ...range, time_zone: NY });
    expect(zoned.time_zone).toBe(NY);
    const dates = ['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'];
    // Each day's resting minutes as the day view counts them (minutes over half active are not tremor at rest).
    const resting = await Promise.all(dates.map(async (date) => (await ok('tremor.day', { date, time_zone: NY })).minutes.filter((m: { active_percent: number }) => m.active_percent <= 50).length as number));
    expect(resting.every((n) => n >= 120)).toBe(true);
    expect(zoned.trend.daily.map((d: { date: string; minutes: number }) => [d.date, d.minutes])).toEqual(dates.map((d, i) => [d, resting[i]]));
    expect(zoned.trend.short_days).toBe(0);
    // The old screen's one offset (EDT, the period's end) moves 23:00–24:00 EST into the next day.
    const fixed = await ok('tremor.progression', { ...range, utc_offset_min: -240 });
    expect(fixed.trend.daily.map((d: { date: string }) => d.date)).not.toEqual(zoned.trend.daily.map((d: { date: string }) => d.date));
  });

  it('answers 400 naming a time_zone that is not one, for each procedure, and stores nothing', async () => {
    for (const [name, body] of [
      ['tremor.day', { date: '2026-11-01' }],
      ['tremor.response', { date: '2026-11-01' }],
      ['tremor.progression', {}],
    ] as const) {
      const r = await rpc(name, { ...body, time_zone: 'Mars/Olympus_Mons' });
      expect(r.status, name).toBe(400);
      expect(r.body.error.message, name).toContain('"Mars/Olympus_Mons" is not an IANA time zone');
      expect(r.body.error.field, name).toBe('time_zone');
    }
  });
});
