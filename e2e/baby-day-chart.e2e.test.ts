import { describe, expect, it } from 'vitest';
import { hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/**
 * The baby's day chart in Chromium (issue 19): a humidity sensor silent for an hour is drawn
 * as two lines, not one straight across the hour; the time labels never repeat; both value
 * axes and the time axis say their unit.
 */
describe.skipIf(!hasChromium)('the baby day chart in Chromium', () => {
  const e2e = hubAndBrowser();

  it('breaks a line at a gap, shows time labels once each and units on every axis', async () => {
    const { hub } = e2e;
    const token = await hub.signUp('chart@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Ada', kind: 'baby' }, token)).body.id as string;
    const now = Date.now();
    const minute = 60_000;
    const at = (m: number) => new Date(Math.floor((now - m * minute) / minute) * minute + 5_000).toISOString();
    // Humidity and room temperature each minute from 3 h to 2 h ago, nothing for an hour,
    // then each minute for the last hour; body temperature only in the first stretch.
    const items: Array<{ metric: string; t: string; value: number }> = [];
    for (let m = 180; m >= 1; m--) {
      if (m < 120 && m > 60) continue;
      items.push({ metric: 'humidity', t: at(m), value: 45 + (m % 7) });
      items.push({ metric: 'room_temperature', t: at(m), value: 21 + (m % 5) / 10 });
      if (m >= 120) items.push({ metric: 'body_temperature', t: at(m), value: 36.8 });
    }
    expect((await hub.api('POST', `/api/subjects/${subject}/observations`, items, token)).status).toBe(201);

    const { page, errors } = await openSignedIn(e2e, token, '', { viewport: { width: 1200, height: 900 } });
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByLabel('Watching').selectOption(subject);
    await page.getByRole('link', { name: 'Baby monitor' }).click();
    await page.getByRole('heading', { name: 'Baby monitor: Ada' }).waitFor();
    const chart = page.getByTestId('baby-timeline');
    const humidity = chart.locator('.line-humidity path.recharts-line-curve');
    await humidity.waitFor({ timeout: 15_000 });

    // One path per line; each "M" starts a separate stretch of it.
    const moves = async (cls: string) => ((await chart.locator(`.${cls} path.recharts-line-curve`).getAttribute('d')) ?? '').match(/M/g)?.length ?? 0;
    expect(await moves('line-humidity')).toBe(2);
    expect(await moves('line-room')).toBe(2);
    expect(await moves('line-body')).toBe(1);

    // recharts 3 draws every axis's ticks in shared layers: the time ticks are the hh:mm ones.
    const ticks = await chart.locator('.recharts-cartesian-axis-tick-value').allTextContents();
    const labels = ticks.filter((l) => /^\d{2}:\d{2}$/.test(l));
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(new Set(labels).size).toBe(labels.length);
    // The value axes' ticks are plain numbers: every tick is one or the other.
    for (const l of ticks) expect(l).toMatch(/^(\d{2}:\d{2}|-?\d+(\.\d+)?)$/);

    const axisText = (await chart.locator('.recharts-label').allTextContents()).join(' | ');
    expect(axisText).toMatch(/Time \(local, 24 h\)/);
    expect(axisText).toMatch(/%/);
    expect(axisText).toMatch(/°C/);
    await screenshot(page, 'baby-day-chart');
    expect(errors).toEqual([]);
  }, 120_000);
});
