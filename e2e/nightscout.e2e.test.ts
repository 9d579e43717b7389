import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hubAndBrowser } from './fixture';
import { xdrip, androidaps } from '../host/nightscout-fixtures';
import { axeViolations, hasChromium, screenshot } from './browser';

const MIN = 60_000;

/**
 * Issue 16's e2e: a person's phone uploader secret is made in the app (Devices → Phone
 * uploader), readings posted with it as xDrip+ posts them appear on the Diabetes
 * dashboard, and a low raises the alarm on another signed-in screen within 2 s.
 */
describe.skipIf(!hasChromium)('phone uploader through the app', () => {
  const e2e = hubAndBrowser();

  const open = async (token: string, route: string) => {
    const context = await e2e.browser.newContext({ viewport: { width: 1440, height: 1000 }, timezoneId: 'UTC', locale: 'en-GB', bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript((t) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tend.token', t), token);
    await page.goto(`${e2e.hub.url}/${route}`);
    return { context, page, errors };
  };

  it('makes the secret in the app; posted readings reach the dashboard and a low sounds on another screen within 2 s', async () => {
    const owner = await e2e.hub.signUp('parent@example.org', 'Parent');
    const carer = await e2e.hub.signUp('grandma@example.org', 'Grandma');
    const subject = (await e2e.hub.api('POST', '/api/subjects', { name: 'Noor', kind: 'diabetes' }, owner)).body.id as string;
    expect((await e2e.hub.api('POST', `/api/subjects/${subject}/grants`, { email: 'grandma@example.org', role: 'caregiver' }, owner)).status).toBe(201);

    // ---- the owner makes the phone uploader secret on the Devices screen.
    const o = await open(owner, '#/devices');
    const panel = o.page.getByTestId('phone-uploader');
    await panel.getByRole('heading', { name: 'Phone uploader (xDrip+, Juggluco, AndroidAPS, Loop)' }).waitFor().catch(async (e) => {
      await screenshot(o.page, 'nightscout-failed');
      throw e;
    });
    await panel.getByRole('button', { name: 'Make an uploader secret' }).click();
    const secret = (await panel.getByTestId('ns-secret').textContent())!.trim();
    expect(secret.length).toBeGreaterThanOrEqual(12);
    expect(await panel.getByTestId('ns-url').textContent()).toBe(e2e.hub.url);
    await screenshot(o.page, 'nightscout-devices');
    expect(await axeViolations(o.page)).toEqual([]);

    // ---- the phone (xDrip+'s payloads) uploads readings and the pump's state.
    const post = (path: string, body: unknown) =>
      fetch(e2e.hub.url + path, { method: 'POST', headers: { 'content-type': 'application/json', 'api-secret': createHash('sha1').update(secret).digest('hex') }, body: JSON.stringify(body) });
    const now = Date.now();
    const readings = [0, 1, 2, 3].map((i) => xdrip.sgv(now - (20 - 5 * i) * MIN, 150 - i * 5, 'FortyFiveDown'));
    expect((await post('/api/v1/entries', readings)).status).toBe(200);
    // A finger-stick the phone took (an `mbg` entry) is a glucose reading on the day chart.
    expect((await post('/api/v1/entries', [xdrip.mbg(now - 12 * MIN, 141)])).status).toBe(200);
    expect((await post('/api/v1/devicestatus', [androidaps.deviceStatus(now - MIN)])).status).toBe(200);

    await o.page.goto(`${e2e.hub.url}/#/diabetes`);
    await o.page.getByRole('heading', { name: 'Diabetes: Noor' }).waitFor();
    const current = o.page.getByTestId('current-glucose');
    await expect.poll(async () => current.textContent(), { timeout: 15_000 }).toMatch(/135/);
    const status = o.page.getByTestId('uploader-status');
    await expect.poll(async () => status.textContent(), { timeout: 15_000 }).toMatch(/reservoir 124\.5 U/);
    expect(await status.textContent()).toMatch(/IOB 1\.25 U/);
    const day = o.page.getByTestId('day-chart');
    await expect.poll(async () => day.getAttribute('aria-label'), { timeout: 15_000 }).toMatch(/; 1 meter reading;/);
    expect(await o.page.getByText('Meter reading 141 mg/dL').count()).toBeGreaterThan(0);
    await screenshot(o.page, 'nightscout-dashboard');
    expect(await axeViolations(o.page)).toEqual([]);

    // ---- Grandma's screen, signed in elsewhere, is quiet; then the phone sends a low.
    const g = await open(carer, '');
    await g.page.getByRole('heading', { name: 'Overview' }).waitFor();
    await g.page.waitForFunction(() => document.documentElement.dataset.alarm === 'quiet' || document.documentElement.dataset.alarm === undefined);
    const sent = Date.now();
    expect((await post('/api/v1/entries', [xdrip.sgv(Date.now() - 1000, 48, 'DoubleDown')])).status).toBe(200);
    await g.page.getByTestId('alarm-banner').waitFor({ timeout: 5000 });
    await g.page.waitForFunction(() => document.documentElement.dataset.alarm === 'high', undefined, { timeout: 5000 });
    const took = Date.now() - sent;
    await screenshot(g.page, 'nightscout-alarm');
    expect(took).toBeLessThan(2000);
    expect(o.errors).toEqual([]);
    expect(g.errors).toEqual([]);
    await o.context.close();
    await g.context.close();
  }, 120_000);
});
