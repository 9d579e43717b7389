import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { mulberry32 } from '../random';

const T0 = Date.UTC(2026, 2, 10, 12);
const HOUR = 3_600_000;

let core: Core;
let ctx: CallContext;
let subject: string;

/** Seeded, so the generated check-ins are the same every run. */
const rng = mulberry32;

interface Made {
  t: number;
  temperature?: number;
  humidity?: number;
  cry: boolean;
  sick: boolean;
}

beforeEach(() => {
  core = createCore({ db: openDatabase(':memory:'), clock: new ManualClock(T0) });
  ctx = { user: core.auth.ensureLocalUser('tester'), clientKey: 'test', transport: 'memory' };
  subject = core.subjects.create(ctx, { name: 'Ada', kind: 'baby' }).id;
});
afterEach(() => core.close());

/** 60 check-ins over 3 days before T0, some with temperature/humidity missing, flags explicit or from the fever rule. */
async function seed(): Promise<Made[]> {
  const r = rng(42);
  const made: Made[] = [];
  for (let i = 0; i < 60; i++) {
    const t = T0 - 72 * HOUR + Math.floor(r() * 72 * HOUR);
    const temperature = r() < 0.85 ? Math.round((36.2 + r() * 2.6) * 10) / 10 : undefined;
    const humidity = r() < 0.7 ? Math.round(30 + r() * 40) : undefined;
    const explicitCry = r() < 0.4;
    const cry = explicitCry ? r() < 0.5 : false;
    const explicitSick = r() < 0.2;
    const sickGiven = r() < 0.5;
    await core.call('baby.checkins.create', {
      subject_id: subject,
      t: new Date(t).toISOString(),
      ...(temperature !== undefined ? { temperature } : {}),
      ...(humidity !== undefined ? { humidity } : {}),
      ...(explicitCry ? { cry_detected: cry } : {}),
      ...(explicitSick ? { sick_detected: sickGiven } : {}),
      note: `check-in ${i}`,
    }, ctx);
    // The fever rule: sick when not said otherwise and the temperature is ≥ 38.0 °C.
    const sick = explicitSick ? sickGiven : temperature !== undefined && temperature >= 38.0;
    made.push({ t, cry, sick, ...(temperature !== undefined ? { temperature } : {}), ...(humidity !== undefined ? { humidity } : {}) });
  }
  return made;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

describe('check-ins', () => {
  it('filters the history by cry_detected, sick_detected and date range, newest first, with limit/offset paging', async () => {
    const made = await seed();
    const from = T0 - 48 * HOUR;
    const to = T0 - 12 * HOUR;
    const want = made.filter((m) => m.cry && !m.sick && m.t >= from && m.t < to).sort((a, b) => b.t - a.t);
    const got = await core.call('baby.checkins.list', { subject_id: subject, cry_detected: true, sick_detected: false, from: new Date(from).toISOString(), to: new Date(to).toISOString(), limit: 1000 }, ctx);
    expect(got.total).toBe(want.length);
    expect(got.items.map((c) => Date.parse(c.t))).toEqual(want.map((m) => m.t));
    expect(got.items.every((c) => c.cry_detected && !c.sick_detected)).toBe(true);

    const sick = made.filter((m) => m.sick).sort((a, b) => b.t - a.t);
    expect(sick.length).toBeGreaterThan(3);
    const page2 = await core.call('baby.checkins.list', { subject_id: subject, sick_detected: 'true', limit: 2, offset: 2 }, ctx);
    expect(page2.total).toBe(sick.length);
    expect(page2.items.map((c) => Date.parse(c.t))).toEqual(sick.slice(2, 4).map((m) => m.t));
  });

  it('computes totals, cry and sick counts, averages and the latest check-in over a range', async () => {
    const made = await seed();
    const from = T0 - 60 * HOUR;
    const inRange = made.filter((m) => m.t >= from);
    const s = await core.call('baby.checkins.stats', { subject_id: subject, from: new Date(from).toISOString() }, ctx);
    expect(s.total).toBe(inRange.length);
    expect(s.cry_count).toBe(inRange.filter((m) => m.cry).length);
    expect(s.sick_count).toBe(inRange.filter((m) => m.sick).length);
    expect(s.avg_temperature).toBeCloseTo(mean(inRange.flatMap((m) => (m.temperature === undefined ? [] : [m.temperature])))!, 9);
    expect(s.avg_humidity).toBeCloseTo(mean(inRange.flatMap((m) => (m.humidity === undefined ? [] : [m.humidity])))!, 9);
    expect(s.max_temperature).toBe(Math.max(...inRange.flatMap((m) => (m.temperature === undefined ? [] : [m.temperature]))));
    expect(Date.parse(s.latest!.t)).toBe(Math.max(...inRange.map((m) => m.t)));
  });

  it('buckets check-ins by interval with cry_count and sick_count per bucket', async () => {
    const made = await seed();
    const width = 6 * HOUR;
    const want = new Map<number, Made[]>();
    for (const m of made) {
      const b = Math.floor(m.t / width) * width;
      want.set(b, [...(want.get(b) ?? []), m]);
    }
    const got = await core.call('baby.checkins.timeseries', { subject_id: subject, interval: '6h' }, ctx);
    const keys = [...want.keys()].sort((a, b) => a - b);
    expect(got.items.map((b) => Date.parse(b.t))).toEqual(keys);
    for (const b of got.items) {
      const ms = want.get(Date.parse(b.t))!;
      expect(b.count).toBe(ms.length);
      expect(b.cry_count).toBe(ms.filter((m) => m.cry).length);
      expect(b.sick_count).toBe(ms.filter((m) => m.sick).length);
      const temps = ms.flatMap((m) => (m.temperature === undefined ? [] : [m.temperature]));
      if (temps.length) expect(b.avg_temperature).toBeCloseTo(mean(temps)!, 9);
      else expect(b.avg_temperature).toBeNull();
    }
    expect(got.items.reduce((a, b) => a + b.count, 0)).toBe(60);
  });

  it('stores a check-in once when retried with the same id, and its temperature as a body_temperature reading', async () => {
    const args = { subject_id: subject, id: 'ci-1', t: new Date(T0 - HOUR).toISOString(), temperature: 37.2, humidity: 45 };
    const a = await core.call('baby.checkins.create', args, ctx);
    const b = await core.call('baby.checkins.create', args, ctx);
    expect(b).toEqual(a);
    expect((await core.call('baby.checkins.list', { subject_id: subject }, ctx)).total).toBe(1);
    const obs = await core.call('observations.list', { subject_id: subject, metric: 'body_temperature' }, ctx);
    expect(obs.items.map((o) => [o.t, o.value])).toEqual([[args.t.replace('.000Z', '.000Z'), 37.2]]);
  });

  it('refuses bad input naming the field and stores nothing', async () => {
    await expect(core.call('baby.checkins.create', { subject_id: subject, temperature: 52 }, ctx)).rejects.toMatchObject({ code: 'bad_request', field: 'temperature' });
    await expect(core.call('baby.checkins.create', { subject_id: subject, audio_wav_base64: Buffer.from('not a wav file at all').toString('base64') }, ctx)).rejects.toMatchObject({ code: 'bad_request' });
    expect((await core.call('baby.checkins.list', { subject_id: subject }, ctx)).total).toBe(0);
    await expect(core.call('baby.checkins.timeseries', { subject_id: subject, interval: 'hourly' }, ctx)).rejects.toMatchObject({ code: 'bad_request', field: 'interval' });
  });
});
