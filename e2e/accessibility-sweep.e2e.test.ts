import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROUTES } from '../renderer/src/app/route';
import { axeViolations, hasChromium } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/**
 * Waits until the page's DOM has not changed for `quietMs`: the data-driven parts (charts,
 * lists) have arrived and drawn, chart animations included. A condition, polled in the page,
 * instead of a guessed sleep; a screen that never stops changing fails here with a timeout
 * rather than being checked mid-draw.
 */
async function domSettled(page: Page, quietMs = 300): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lastDomChange?: number };
    if (w.__lastDomChange !== undefined) return;
    w.__lastDomChange = performance.now();
    new MutationObserver(() => (w.__lastDomChange = performance.now())).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.waitForFunction((q) => performance.now() - (window as unknown as { __lastDomChange: number }).__lastDomChange >= q, quietMs, { polling: 50, timeout: 60_000 });
}

/**
 * Every screen, with data on it, checked by axe-core (serious and critical violations) in
 * the light and dark themes and with large text: the people Tend is for include older
 * people, people with low vision, and night-time carers with the screen dimmed.
 */
describe.skipIf(!hasChromium)('accessibility of every screen', () => {
  const e2e = hubAndBrowser();
  let token: string;
  const people: Record<string, string> = {};
  beforeAll(async () => {
    const { hub } = e2e;
    token = await hub.signUp('carer@example.org', 'Carer');
    const sim = await hub.api('POST', '/api/simulate/diabetes', { patient: 'adult#002', days: 3 }, token);
    people.diabetes = sim.body.subject.id;
    people.baby = (await hub.api('POST', '/api/subjects', { name: 'Mia', kind: 'baby' }, token)).body.id;
    people.parkinson = (await hub.api('POST', '/api/subjects', { name: 'Grandad', kind: 'parkinson' }, token)).body.id;
    const now = Date.now();
    const readings = Array.from({ length: 30 }, (_, i) => [
      { metric: 'room_temperature', t: new Date(now - (30 - i) * 60_000).toISOString(), value: 21 + (i % 3) / 10 },
      { metric: 'humidity', t: new Date(now - (30 - i) * 60_000).toISOString(), value: 45 },
      { metric: 'body_temperature', t: new Date(now - (30 - i) * 60_000).toISOString(), value: i > 25 ? 38.4 : 37.0 },
    ]).flat();
    expect((await hub.api('POST', `/api/subjects/${people.baby}/observations`, readings, token)).status).toBe(201);
    // An urgent low: a high-priority alert, so its banner is checked on every screen too.
    const low = await hub.api('POST', `/api/subjects/${people.diabetes}/observations`, [{ metric: 'glucose', t: new Date(now).toISOString(), value: 45 }], token);
    expect(low.body.alerts.map((a: { priority: string }) => a.priority)).toContain('high');
    // And one high and very high, whose values are drawn in the amber bands' colours.
    people.high = (await hub.api('POST', '/api/subjects', { name: 'Sam', kind: 'diabetes' }, token)).body.id;
    people.veryHigh = (await hub.api('POST', '/api/subjects', { name: 'Kit', kind: 'diabetes' }, token)).body.id;
    await hub.api('POST', `/api/subjects/${people.high}/observations`, [{ metric: 'glucose', t: new Date(now).toISOString(), value: 210 }], token);
    await hub.api('POST', `/api/subjects/${people.veryHigh}/observations`, [{ metric: 'glucose', t: new Date(now).toISOString(), value: 310 }], token);
  }, 60_000);

  const variants = [
    { name: 'light', prefs: { theme: 'light', text: 'normal' } },
    { name: 'dark, large text', prefs: { theme: 'dark', text: 'large' } },
  ];
  for (const v of variants) {
    it(`has no serious violations on any screen (${v.name})`, async () => {
      // The display preferences are in place before the app first reads them; bypassCSP only
      // so axe can inject its script.
      const { context, page, errors } = await openSignedIn(e2e, token, '', {
        bypassCSP: true,
        storageState: { cookies: [], origins: [{ origin: e2e.hub.url, localStorage: [{ name: 'tend.prefs', value: JSON.stringify(v.prefs) }] }] },
      });
      const found: Record<string, unknown> = {};
      const subjectFor: Partial<Record<string, string>> = { diabetes: people.diabetes, baby: people.baby, tremor: people.parkinson, report: people.diabetes };
      await page.getByRole('heading', { name: 'Overview' }).waitFor();
      // The variant is what the app shows, not only what was stored for it.
      expect(await page.evaluate(() => ({ theme: document.documentElement.dataset.theme, text: document.documentElement.dataset.text }))).toEqual(v.prefs);
      await page.getByTestId('alarm-banner').waitFor();
      for (const r of ROUTES) {
        // The clinic board locks the app (a kiosk); it is checked last.
        if (r.path === 'kiosk') continue;
        const who = subjectFor[r.path];
        if (who) await page.locator('#subject-switcher').selectOption(who);
        await page.evaluate((p) => (window.location.hash = `#/${p}`), r.path);
        await page.locator('h1').first().waitFor();
        // Let data-driven parts (charts, lists) arrive.
        await page.waitForLoadState('networkidle');
        await domSettled(page);
        const v2 = await axeViolations(page);
        if (v2.length) found[r.path] = v2;
      }
      for (const who of [people.high!, people.veryHigh!]) {
        await page.locator('#subject-switcher').selectOption(who);
        await page.evaluate(() => (window.location.hash = '#/diabetes'));
        await page.locator('span.value').first().waitFor();
        const v3 = await axeViolations(page);
        if (v3.length) found[`diabetes ${who === people.high ? 'high' : 'very high'}`] = v3;
      }
      await page.evaluate(() => (window.location.hash = '#/kiosk'));
      await page.locator('h1').first().waitFor();
      await domSettled(page);
      const k = await axeViolations(page);
      if (k.length) found.kiosk = k;
      expect(found).toEqual({});
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
