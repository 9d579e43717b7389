import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

const MIN = 60_000;

describe.skipIf(!hasChromium)('the clinic kiosk and a caregiver at home', () => {
  // `launch` already lets sound play without a click, as the documented kiosk sets Chromium.
  const e2e = hubAndBrowser();
  /** A page signed in as `token` at `route`, failing with the locator's name well before the test's own timeout. */
  const signedIn = async (token: string, route: string, viewport = { width: 1400, height: 900 }) => {
    const opened = await openSignedIn(e2e, token, route, { viewport });
    opened.context.setDefaultTimeout(15_000);
    return opened;
  };

  it('shows a new alert on both screens; the clinician acknowledges it on the tile and both see it acknowledged', async () => {
    const { hub } = e2e;
    const caregiver = await hub.signUp('carer@example.org', 'Carer');
    const clinician = await hub.signUp('doctor@example.org', 'Doctor');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Grandad', kind: 'diabetes' }, caregiver)).body.id as string;
    expect((await hub.api('POST', `/api/subjects/${subject}/grants`, { email: 'doctor@example.org', role: 'clinician' }, caregiver)).status).toBe(201);
    const now = Date.now();
    await hub.api('POST', `/api/subjects/${subject}/observations`, [100, 98, 97].map((v, i) => ({ metric: 'glucose', t: new Date(now - (20 - i * 5) * MIN).toISOString(), value: v })), caregiver);

    const { context: kioskCtx, page: kiosk, errors: kioskErrors } = await signedIn(clinician, '#/kiosk');
    const { context: homeCtx, page: home, errors: homeErrors } = await signedIn(caregiver, '#/alerts');
    const tile = kiosk.getByRole('article', { name: 'Grandad' });
    await tile.waitFor();
    await home.getByRole('heading', { name: 'Alerts' }).waitFor();
    await home.getByLabel('State').selectOption('all');
    // Both pages hold their stream open before the reading arrives.
    await Promise.all([kiosk, home].map((p) => p.waitForFunction(() => document.documentElement.dataset.alarm === 'quiet')));

    const r = await hub.api('POST', `/api/subjects/${subject}/observations`, [{ metric: 'glucose', t: new Date().toISOString(), value: 50 }], caregiver);
    const urgent = (r.body.alerts as Array<{ id: string; kind: string; message: string }>).find((a) => a.kind === 'urgent_low')!;
    expect(urgent).toBeDefined();

    // It appears on both: the tile (with an Acknowledge button) and the caregiver's alert centre, and both sound.
    const tileAlert = tile.locator(`[data-alert-id="${urgent.id}"]`);
    await tileAlert.waitFor();
    expect(await tileAlert.getAttribute('data-state')).toBe('open');
    const homeRow = home.locator(`tr[data-alert-id="${urgent.id}"]`);
    await homeRow.waitFor();
    expect(await homeRow.getAttribute('data-state')).toBe('open');
    await home.getByTestId('alarm-banner').waitFor();
    await kiosk.waitForFunction(() => document.documentElement.dataset.alarm === 'high');

    await tileAlert.getByRole('button', { name: /^Acknowledge/ }).click();
    await kiosk.locator(`[data-alert-id="${urgent.id}"][data-state="acknowledged"]`).waitFor();
    await home.locator(`tr[data-alert-id="${urgent.id}"][data-state="acknowledged"]`).waitFor();
    // The urgent low is handled: the caregiver's alarm stops (the level-1 low is medium: no alarm).
    await home.waitForFunction(() => document.documentElement.dataset.alarm === 'quiet');
    const stored = await hub.api('GET', `/api/alerts?state=all&subject_id=${subject}`, undefined, caregiver);
    const acked = (stored.body.items as Array<{ id: string; acknowledged_by: string | null }>).find((a) => a.id === urgent.id)!;
    const me = await hub.api('GET', '/api/auth/me', undefined, clinician);
    expect(acked.acknowledged_by).toBe(me.body.id);
    expect([...kioskErrors, ...homeErrors]).toEqual([]);
    await kioskCtx.close();
    await homeCtx.close();
  }, 60_000);

  it('locks the app to the board with a PIN and unlocks only with the right one', async () => {
    const token = await e2e.hub.signUp('kiosk@example.org', 'Ward kiosk');
    const { context: ctx, page } = await signedIn(token, '#/kiosk');
    await page.getByRole('heading', { name: 'Clinic board' }).waitFor();
    await page.getByRole('button', { name: 'Kiosk settings' }).click();
    await page.getByLabel('PIN to leave kiosk mode').fill('2468');
    await page.getByRole('button', { name: 'Save kiosk settings' }).click();
    await page.getByRole('button', { name: 'Lock to board' }).click();
    await page.getByRole('button', { name: 'Exit kiosk mode' }).waitFor();
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.waitForFunction(() => window.location.hash === '#/kiosk');
    await page.getByRole('button', { name: 'Exit kiosk mode' }).click();
    await page.getByLabel('PIN', { exact: true }).fill('1111');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('Wrong PIN.').waitFor();
    await page.getByLabel('PIN', { exact: true }).fill('2468');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Lock to board' }).waitFor();
    await page.evaluate(() => (window.location.hash = '#/settings'));
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await ctx.close();
  });

  it('shows twelve simulated patients sorted by urgency and saves a screenshot of the board', async () => {
    const { hub } = e2e;
    const token = await hub.signUp('ward@example.org', 'Ward nurse');
    const now = Date.now();
    // Seeded patients: a mix of kinds, steady and changing values, some alerts, one gone quiet.
    let seed = 12;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const names = ['Ada Byron', 'Ben Okafor', 'Chen Wei', 'Dora Silva', 'Eli Cohen', 'Fatima Noor', 'Gus Berg', 'Hana Sato', 'Ivan Petrov', 'Jade Moss', 'Karl Lind', 'Lea Roux'];
    const kinds = ['diabetes', 'diabetes', 'baby', 'diabetes', 'general', 'baby', 'diabetes', 'parkinson', 'diabetes', 'general', 'baby', 'diabetes'] as const;
    const expectHigh: string[] = [];
    for (const [i, name] of names.entries()) {
      const kind = kinds[i]!;
      const id = (await hub.api('POST', '/api/subjects', { name, kind }, token)).body.id as string;
      const quiet = i === 9 ? 45 * MIN : 0; // one patient's data stopped 45 minutes ago
      const series = (metric: string, f: (k: number) => number, n = 6, step = 5) =>
        Array.from({ length: n }, (_, k) => ({ metric, t: new Date(now - quiet - (n - 1 - k) * step * MIN).toISOString(), value: Math.round(f(k) * 10) / 10 }));
      let items: Array<{ metric: string; t: string; value: number }> = [];
      if (kind === 'diabetes') {
        const base = 90 + rnd() * 120;
        const slope = i === 3 ? -2 : i === 6 ? 2.5 : (rnd() - 0.5) * 1.5; // Dora falls fast into a low; Gus climbs
        items = series('glucose', (k) => (i === 3 ? 90 + slope * 5 * k : base + slope * 5 * k));
        if (i === 3) expectHigh.push(name);
      } else if (kind === 'baby') {
        items = [...series('body_temperature', () => (i === 5 ? 38.6 : 36.8 + rnd() * 0.4)), ...series('room_temperature', () => 19 + rnd() * 2), ...series('humidity', () => 45 + rnd() * 10)];
        if (i === 5) {
          // This ward's clinician treats any fever in this infant as urgent.
          await hub.api('PUT', `/api/subjects/${id}/thresholds`, [{ metric: 'body_temperature', max: 37.95, priority: 'high' }], token);
          expectHigh.push(name);
        }
      } else {
        items = [...series('heart_rate', () => 60 + rnd() * 30), ...series('spo2', () => 95 + rnd() * 4)];
      }
      const r = await hub.api('POST', `/api/subjects/${id}/observations`, items, token);
      expect(r.status).toBe(201);
    }
    const { context: ctx, page } = await signedIn(token, '#/kiosk', { width: 1600, height: 1000 });
    await page.getByRole('article').nth(11).waitFor();
    expect(await page.getByRole('article').count()).toBe(12);
    // The patients with high-priority alerts come first.
    const order = await page.getByRole('article').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(new Set(order.slice(0, expectHigh.length))).toEqual(new Set(expectHigh));
    await page.getByText(/Last data 45 min ago/).waitFor();
    const shot = await screenshot(page, 'kiosk');
    expect(existsSync(shot)).toBe(true);
    await ctx.close();
  });
});
