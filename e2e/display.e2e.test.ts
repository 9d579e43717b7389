import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { hasChromium } from './browser';
import { hubAndBrowser } from './fixture';
const MIN = 60_000;
const DAY = 86_400_000;

/**
 * What the screens show of a latest value, in Chromium through a real hub: a value older
 * than the person's stale limit (their signal-loss warning minutes, 15 by default) is
 * grey as "last reading …" with no range colour, on the overview, the diabetes dashboard
 * and the clinic board; the board never says "No data yet" of a person with data, and
 * shows blood pressure.
 */
describe.skipIf(!hasChromium)('old values never look current', () => {
  const e2e = hubAndBrowser();
  // One signed-in context for every test: each test opens its pages in it, some with a
  // person already chosen (`tend.subject`) before the app loads.
  let context: BrowserContext;
  let token: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const { hub, browser } = e2e;
    token = await hub.signUp('nurse@example.org', 'Nurse');
    const now = Date.now();
    const person = async (name: string, kind: string, items: Array<{ metric: string; t: number; value: number }>, settings?: Record<string, unknown>) => {
      const r = await hub.api('POST', '/api/subjects', { name, kind, ...(settings ? { settings } : {}) }, token);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      ids[name] = r.body.id as string;
      const o = await hub.api('POST', `/api/subjects/${ids[name]}/observations`, items.map((x) => ({ ...x, t: new Date(x.t).toISOString() })), token);
      expect(o.status, JSON.stringify(o.body)).toBe(201);
    };
    // Olive's last glucose is ten years old; Fred's is two minutes old; Pat's is two hours
    // old, which is stale by default but not with her 3-hour limit; Bob has only blood pressure.
    await person('Olive', 'diabetes', [{ metric: 'glucose', t: now - 3693 * DAY, value: 105 }]);
    await person('Fred', 'diabetes', [{ metric: 'glucose', t: now - 2 * MIN, value: 105 }]);
    await person('Pat', 'diabetes', [{ metric: 'glucose', t: now - 120 * MIN, value: 105 }], { alerts: { signal_loss_warn_min: 180 } });
    await person('Sam', 'diabetes', [{ metric: 'glucose', t: now - 120 * MIN, value: 105 }]);
    await person('Bob', 'general', [
      { metric: 'systolic_bp', t: now - 5 * MIN, value: 128 },
      { metric: 'diastolic_bp', t: now - 5 * MIN, value: 84 },
    ]);
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId: 'UTC', locale: 'en-GB' });
    context.setDefaultTimeout(15_000);
    await context.addInitScript((t) => window.localStorage.setItem('tend.token', t), token);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
  });

  it('shows an old value on the overview grey as "last reading …", and a current one as current', async () => {
    const page = await context.newPage();
    await page.goto(`${e2e.hub.url}/#/home`);
    const value = (name: string) => page.getByRole('article', { name }).locator('[data-metric="glucose"]');
    await value('Olive').waitFor();
    expect(await value('Olive').getAttribute('data-stale')).toBe('true');
    expect(await value('Olive').textContent()).toMatch(/105 mg\/dL · last reading 3693 days ago/);
    await value('Fred').waitFor();
    expect(await value('Fred').getAttribute('data-stale')).toBe('false');
    expect(await value('Fred').textContent()).not.toMatch(/last reading/);
    // The person's own limit decides: two hours is old for Sam (15 min) but not for Pat (180 min).
    await value('Sam').waitFor();
    expect(await value('Sam').textContent()).toMatch(/last reading 2 h ago/);
    await value('Pat').waitFor();
    expect(await value('Pat').getAttribute('data-stale')).toBe('false');
    await page.close();
  }, 60_000);

  it('draws an old current glucose on the dashboard grey, without range colour, arrow or forecast', async () => {
    const page = await context.newPage();
    await page.addInitScript((id) => window.localStorage.setItem('tend.subject', id), ids.Olive!);
    await page.goto(`${e2e.hub.url}/#/diabetes`);
    const current = page.getByTestId('current-glucose');
    await current.waitFor();
    expect(await current.getAttribute('data-stale')).toBe('true');
    expect(await current.textContent()).toMatch(/105[\s\S]*last reading 3693 days ago/);
    const value = current.locator('.value');
    expect(await value.getAttribute('class')).not.toMatch(/band-/);
    // Grey: the muted text colour, not the in-range green.
    const colours = await page.evaluate(() => {
      const css = getComputedStyle(document.documentElement);
      return { value: getComputedStyle(document.querySelector('[data-testid="current-glucose"] .value')!).color, muted: css.getPropertyValue('--text-muted').trim() };
    });
    const probe = await page.evaluate((c) => {
      const el = document.createElement('span');
      el.style.color = c;
      document.body.append(el);
      const rgb = getComputedStyle(el).color;
      el.remove();
      return rgb;
    }, colours.muted);
    expect(colours.value).toBe(probe);
    expect(await current.locator('.arrow').count()).toBe(0);
    // The days row: one reading is not 14 days of data.
    const days = page.getByTestId('metrics-table').locator('tr[data-metric="days"]');
    await days.waitFor();
    expect(await days.locator('td.dm-value').textContent()).toBe('1');
    expect(await days.textContent()).toMatch(/✗/);
    await page.close();

    // Fred's value is current and coloured by its range.
    const fred = await context.newPage();
    await fred.addInitScript((id) => window.localStorage.setItem('tend.subject', id), ids.Fred!);
    await fred.goto(`${e2e.hub.url}/#/diabetes`);
    await fred.getByTestId('current-glucose').waitFor();
    expect(await fred.getByTestId('current-glucose').getAttribute('data-stale')).toBe('false');
    expect(await fred.getByTestId('current-glucose').locator('.value').getAttribute('class')).toMatch(/band-inRange/);
    await fred.close();
  }, 60_000);

  it('on the clinic board: old data is "last data …", never "No data yet"; stale values are grey; blood pressure is shown', async () => {
    const page = await context.newPage();
    await page.goto(`${e2e.hub.url}/#/kiosk`);
    const tile = (name: string) => page.getByRole('article', { name });
    await tile('Olive').waitFor();
    const since = tile('Olive').getByTestId('tile-since');
    expect(await since.textContent()).toBe('Last data 3693 days ago');
    expect(await since.getAttribute('class')).toMatch(/stale/);
    // Sam's two-hour-old value is on the tile, but grey and labelled as old; Pat's is current.
    const sam = tile('Sam').locator('[data-metric="glucose"]');
    await sam.waitFor();
    expect(await sam.getAttribute('data-stale')).toBe('true');
    expect(await sam.textContent()).toMatch(/last reading 2 h ago/);
    expect(await tile('Pat').locator('[data-metric="glucose"]').getAttribute('data-stale')).toBe('false');
    // Blood pressure, both numbers.
    const bob = tile('Bob');
    await bob.locator('[data-metric="systolic_bp"]').waitFor();
    expect(await bob.locator('[data-metric="systolic_bp"]').textContent()).toMatch(/Systolic blood pressure\s*128 mmHg/);
    expect(await bob.locator('[data-metric="diastolic_bp"]').textContent()).toMatch(/Diastolic blood pressure\s*84 mmHg/);
    expect(await bob.getByTestId('tile-since').textContent()).toMatch(/^Last data 5 min ago$/);
    await expect(page.getByText('No data yet').count()).resolves.toBe(0);
    await page.close();
  }, 60_000);
});
