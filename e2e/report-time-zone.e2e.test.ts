import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { hubAndBrowser, openSignedIn, signUpWithPerson } from './fixture';

const MIN = 60_000;
/** New York's local days 5–11 March 2026: the clocks go forward on the 8th (EST → EDT). */
const FROM = '2026-03-05T05:00:00Z';
const TO = '2026-03-12T04:00:00Z';
/** The wall-clock hour in New York, worked out by Intl here rather than by the app. */
const wallHour = (t: number) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', hour: '2-digit', hourCycle: 'h23' }).format(t));

/**
 * The AGP report page in Chromium running in UTC, for an account in New York, over a week
 * in which the clocks change: each reading is worth 100 + its wall-clock hour, so the
 * percentile chart's hour table must read 100 + h for every hour (one fixed offset would
 * put a week's readings an hour out for part of it), and the daily profiles name the
 * 23-hour day. The account keeps Berlin time, so the page must use the zone it was asked
 * for, not the account's; the reports screen asks for the account's.
 */
describe.skipIf(!hasChromium)('the AGP report page in the zone it is asked for, across a daylight-saving change', () => {
  const e2e = hubAndBrowser();

  it('places each reading by its own local hour and draws the 23-hour day', async () => {
    const { hub } = e2e;
    const { token, subject } = await signUpWithPerson(hub, 'ny@example.org', 'Nia', { name: 'Noor', kind: 'diabetes' });
    expect((await hub.api('PUT', '/api/auth/me', { time_zone: 'Europe/Berlin' }, token)).status).toBe(200);
    const readings = [];
    for (let t = Date.parse(FROM); t < Date.parse(TO); t += 5 * MIN) readings.push({ metric: 'glucose', t: new Date(t).toISOString(), value: 100 + wallHour(t) });
    expect((await hub.api('POST', `/api/subjects/${subject.id}/observations`, readings, token)).status).toBe(201);

    // The screen's link to the print view names the account's zone.
    const { context, page, errors } = await openSignedIn(e2e, token, '#/report', { timezoneId: 'UTC', locale: 'en-GB' });
    const link = page.getByRole('link', { name: 'Open print view' });
    await link.waitFor();
    expect(new URLSearchParams((await link.getAttribute('href'))!.split('?')[1]).get('zone')).toBe('Europe/Berlin');

    await page.goto(`${hub.url}/#/report/agp?${new URLSearchParams({ subject: subject.id, from: FROM, to: TO, zone: 'America/New_York' }).toString()}`);
    await page.locator('[data-report-ready="true"]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('report-clock').textContent()).toBe('Times in America/New_York');
    const captions = await page.locator('.agp-day figcaption').allTextContents();
    expect(captions).toEqual(['Thu 5 Mar', 'Fri 6 Mar', 'Sat 7 Mar', 'Sun 8 Mar (23 h)', 'Mon 9 Mar', 'Tue 10 Mar', 'Wed 11 Mar']);
    await page.getByText('Percentiles by hour (table)').click();
    const rows = await page.locator('#agp-chart ~ details tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual(Array.from({ length: 24 }, (_, h) => [String(h), ...Array(5).fill(String(100 + h))]));
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
