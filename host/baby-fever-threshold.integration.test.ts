/**
 * One "too hot" alarm per reading for a baby: the person's own body_temperature `max`
 * threshold and the baby monitor's built-in fever rule used to raise two alerts for one
 * reading. Where the baby has its own line, that threshold's alert is the alarm and the
 * built-in fever alert is not raised beside it. Through a real hub over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { startTestHub } from './testing';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 10, 3);
type Hub = Awaited<ReturnType<typeof startTestHub>>;
type ApiAlert = { id: string; kind: string; priority: string; state: string; metric: string | null; value: number | null; condition_ended_at: string | null };

let hub: Hub;
const clock = new ManualClock(T0);
let token: string;

beforeAll(async () => {
  hub = await startTestHub({ clock });
  token = await hub.signUp('ward@example.org', 'Ward nurse');
}, 60_000);
afterAll(async () => hub?.close());

const iso = (ms: number) => new Date(ms).toISOString();
const newBaby = async (name: string): Promise<string> => (await hub.api('POST', '/api/subjects', { name, kind: 'baby' }, token)).body.id as string;
const reading = async (subject: string, t: number, value: number) => {
  const r = await hub.api('POST', `/api/subjects/${subject}/observations`, [{ metric: 'body_temperature', t: iso(t), value }], token);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { accepted: number; alerts: ApiAlert[] };
};
const alerts = async (subject: string): Promise<ApiAlert[]> => {
  const r = await hub.api('GET', `/api/alerts?state=all&subject_id=${subject}`, undefined, token);
  expect(r.status).toBe(200);
  return r.body.items as ApiAlert[];
};
const kinds = (xs: ApiAlert[]) => xs.map((a) => `${a.kind}:${a.priority}`).sort();

describe('a baby’s body temperature: the person’s own threshold and the fever rule', () => {
  it('without a threshold, a reading of 38.6 °C raises the built-in fever alert, once', async () => {
    const baby = await newBaby('Ada');
    clock.set(T0);
    const r = await reading(baby, T0, 38.6);
    expect(kinds(r.alerts)).toEqual(['fever:medium']);
    expect(kinds(await alerts(baby))).toEqual(['fever:medium']);
  });

  it('with a clinician’s max 37.95 °C (high), the same reading raises one alert: the threshold’s, at its priority', async () => {
    const baby = await newBaby('Ben');
    const put = await hub.api('PUT', `/api/subjects/${baby}/thresholds`, [{ metric: 'body_temperature', max: 37.95, priority: 'high' }], token);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    clock.set(T0 + 10 * MIN);
    const r = await reading(baby, T0 + 10 * MIN, 38.6);
    expect(kinds(r.alerts)).toEqual(['above_threshold:high']);
    const all = await alerts(baby);
    expect(kinds(all)).toEqual(['above_threshold:high']);
    expect(all[0]).toMatchObject({ metric: 'body_temperature', value: 38.6 });
    // The next hot reading adds nothing either.
    clock.set(T0 + 15 * MIN);
    expect((await reading(baby, T0 + 15 * MIN, 38.8)).alerts).toEqual([]);
    expect(await alerts(baby)).toHaveLength(1);
  });

  it('with a line above the fever setting (max 38.5 °C), 38.2 °C raises nothing: the person’s line governs', async () => {
    const baby = await newBaby('Cleo');
    await hub.api('PUT', `/api/subjects/${baby}/thresholds`, [{ metric: 'body_temperature', max: 38.5, priority: 'medium' }], token);
    clock.set(T0 + 20 * MIN);
    expect((await reading(baby, T0 + 20 * MIN, 38.2)).alerts).toEqual([]);
    expect(await alerts(baby)).toEqual([]);
  });

  it('a low-temperature threshold alone (min only) leaves the fever alert as it was', async () => {
    const baby = await newBaby('Dan');
    await hub.api('PUT', `/api/subjects/${baby}/thresholds`, [{ metric: 'body_temperature', min: 36.0, priority: 'high' }], token);
    clock.set(T0 + 30 * MIN);
    expect(kinds((await reading(baby, T0 + 30 * MIN, 38.6)).alerts)).toEqual(['fever:medium']);
  });

  it('a fever alert raised before the line was set is not doubled, and still ends when the temperature comes down', async () => {
    const baby = await newBaby('Eve');
    clock.set(T0 + 40 * MIN);
    expect(kinds((await reading(baby, T0 + 40 * MIN, 38.6)).alerts)).toEqual(['fever:medium']);
    await hub.api('PUT', `/api/subjects/${baby}/thresholds`, [{ metric: 'body_temperature', max: 37.95, priority: 'high' }], token);
    clock.set(T0 + 45 * MIN);
    const hot = await reading(baby, T0 + 45 * MIN, 38.7);
    expect(kinds(hot.alerts)).toEqual(['above_threshold:high']);
    // Three normal readings: the smoothed threshold value and the fever rule both come down.
    for (const k of [50, 55, 60]) {
      clock.set(T0 + k * MIN);
      await reading(baby, T0 + k * MIN, 36.8);
    }
    const fever = (await alerts(baby)).find((a) => a.kind === 'fever')!;
    // Medium alerts latch: open until acknowledged, with the time the condition ended.
    expect(fever.condition_ended_at).not.toBeNull();
  });
});
