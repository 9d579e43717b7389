import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub } from './testing';

/**
 * The per-day maths shown to a user is in their account's saved zone (issue #19) when the
 * request names none: `diabetes.metrics` daily rows and AGP hours, over HTTP through a real hub.
 */
type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
beforeAll(async () => {
  hub = await startTestHub();
}, 60_000);
afterAll(async () => hub?.close());

const H = 3_600_000;

describe('diabetes.metrics in the account’s zone', () => {
  it('groups days and AGP hours in the saved zone unless the request names one; none saved is UTC as before', async () => {
    const token = await hub.signUp('kiwi@example.org', 'Aroha');
    const s = (await hub.api('POST', '/api/subjects', { name: 'Tama', kind: 'diabetes' }, token)).body.id as string;
    // 2026-01-15 20:00–21:00 UTC = 2026-01-16 09:00–10:00 in Auckland (UTC+13).
    const from = Date.UTC(2026, 0, 15, 20);
    const readings = Array.from({ length: 12 }, (_, i) => ({ metric: 'glucose', t: new Date(from + i * 5 * 60_000).toISOString(), value: 120 }));
    expect((await hub.api('POST', `/api/subjects/${s}/observations`, readings, token)).status).toBe(201);
    const window = { subject_id: s, from: new Date(from - 24 * H).toISOString(), to: new Date(from + 24 * H).toISOString() };
    type M = { daily: Array<{ date: string; n: number }>; agp: Array<{ hour: number; p50: number | null }> };
    const metrics = async (extra: Record<string, unknown> = {}) => (await hub.api('POST', '/api/rpc/diabetes.metrics', { ...window, ...extra }, token)).body as M;
    const withReadings = (m: M) => m.daily.filter((d) => d.n > 0).map((d) => d.date);
    const hours = (m: M) => m.agp.filter((h) => h.p50 !== null).map((h) => h.hour);

    expect(withReadings(await metrics())).toEqual(['2026-01-15']);
    expect(hours(await metrics())).toEqual([20]);

    expect((await hub.api('PUT', '/api/auth/me', { time_zone: 'Pacific/Auckland' }, token)).status).toBe(200);
    const kiwi = await metrics();
    expect(withReadings(kiwi)).toEqual(['2026-01-16']);
    expect(hours(kiwi)).toEqual([9]);
    // A zone in the request still wins.
    expect(withReadings(await metrics({ time_zone: 'UTC' }))).toEqual(['2026-01-15']);
  }, 60_000);
});
