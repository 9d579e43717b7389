import { describe, expect, it } from 'vitest';
import { hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn, signUpWithPerson } from './fixture';
import { simulateRecording } from '../native/lab/motion/wrist-sim';

const H = 3_600_000;
const DAY = 24 * H;

/**
 * The account's saved time zone is the screens' zone (issue #19): a clinician whose account
 * says Pacific/Auckland, on a browser running in UTC, sees the day's events, the day-by-day
 * dates (the hub's per-day maths) and the alert times in Auckland time.
 */
describe.skipIf(!hasChromium)('the account’s time zone on the screens, in Chromium', () => {
  const e2e = hubAndBrowser();

  it('shows times and local days in the account’s zone, not the browser’s', async () => {
    const { hub } = e2e;
    const { token, subject } = await signUpWithPerson(hub, 'kiwi@example.org', 'Aroha', { name: 'Tama', kind: 'diabetes' });
    expect((await hub.api('PUT', '/api/auth/me', { time_zone: 'Pacific/Auckland' }, token)).status).toBe(200);
    // Two days ago, 20:00–22:00 UTC: the next morning, 08:00–11:00, in Auckland (UTC+12 or +13).
    const d0 = Math.floor((Date.now() - 2 * DAY) / DAY) * DAY;
    const from = d0 + 20 * H;
    const readings = Array.from({ length: 25 }, (_, i) => ({ metric: 'glucose', t: new Date(from + i * 5 * 60_000).toISOString(), value: 110 + i }));
    expect((await hub.api('POST', `/api/subjects/${subject.id}/observations`, readings, token)).status).toBe(201);
    const mealAt = from + H;
    expect((await hub.api('POST', `/api/subjects/${subject.id}/events`, { type: 'meal', t: new Date(mealAt).toISOString(), data: { carbs_g: 30, description: 'toast' } }, token)).status).toBe(201);

    const inAuckland = (t: number, opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { ...opts, timeZone: 'Pacific/Auckland' }).format(t);
    const inUtc = (t: number, opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-US', { ...opts, timeZone: 'UTC' }).format(t);
    const hm: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
    expect(inAuckland(mealAt, hm)).not.toBe(inUtc(mealAt, hm));

    const { context, page, errors } = await openSignedIn(e2e, token, '#/diabetes', { timezoneId: 'UTC', locale: 'en-US' });
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toMatch(/^(UTC|Etc\/UTC)$/);
    const meal = page.getByTestId('day-events').getByRole('listitem').filter({ hasText: 'toast' });
    await meal.waitFor();
    expect(await meal.locator('.muted').textContent()).toBe(inAuckland(mealAt, hm));

    // The hub's per-day maths was asked in Auckland: the readings fall on the Auckland date.
    const aucklandDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Auckland', year: 'numeric', month: '2-digit', day: '2-digit' }).format(from);
    const utcDate = new Date(from).toISOString().slice(0, 10);
    expect(aucklandDate).not.toBe(utcDate);
    const tiles = page.getByTestId('day-by-day').getByRole('button');
    await tiles.first().waitFor();
    const withReadings = page.getByTestId('day-by-day').locator(`button[data-date="${aucklandDate}"]`);
    expect(await withReadings.textContent()).toMatch(/% in range/);
    expect(await page.getByTestId('day-by-day').locator(`button[data-date="${utcDate}"]`).textContent()).not.toMatch(/% in range/);
    await screenshot(page, 'time-zone-auckland');

    // A reading alarm in the alert centre: its time (hover) in Auckland too.
    expect((await hub.api('PUT', `/api/subjects/${subject.id}/thresholds`, [{ metric: 'glucose', min: 70, priority: 'high' }], token)).status).toBe(200);
    await hub.api('POST', '/api/rpc/alerts.settings.put', { subject_id: subject.id, settings: { smoothing: { glucose: 1 } } }, token);
    const now = Date.now();
    const low = await hub.api('POST', `/api/subjects/${subject.id}/observations`, [{ metric: 'glucose', t: new Date(now).toISOString(), value: 50 }], token);
    const [alert] = low.body.alerts as Array<{ id: string; raised_at: string }>;
    await page.goto(`${hub.url}/#/alerts`);
    const row = page.locator(`tr[data-alert-id="${alert!.id}"]`);
    await row.waitFor();
    const title = (await row.locator('td[title]').first().getAttribute('title'))!;
    const raised = Date.parse(alert!.raised_at);
    const full: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' };
    expect(title).toBe(inAuckland(raised, full));
    expect(inAuckland(raised, hm)).not.toBe(inUtc(raised, hm));
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
  it('shows the tremor screen’s day and dose times in the account’s zone', async () => {
    const { hub } = e2e;
    const { token, subject } = await signUpWithPerson(hub, 'kiwi-pd@example.org', 'Aroha', { name: 'Walter', kind: 'parkinson' });
    expect((await hub.api('PUT', '/api/auth/me', { time_zone: 'Pacific/Auckland' }, token)).status).toBe(200);
    const dayIn = (t: number, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);
    // A dose a minute ago (or now, if Auckland's day began within the minute): on Auckland's today.
    const now = Date.now();
    const doseAt = dayIn(now - 60_000, 'Pacific/Auckland') === dayIn(now, 'Pacific/Auckland') ? now - 60_000 : now;
    const created = await hub.api('POST', '/api/rpc/tremor.doses.create', { subject_id: subject.id, t: new Date(doseAt).toISOString(), drug: 'levodopa' }, token);
    expect(created.status).toBe(200);

    const { context, page, errors } = await openSignedIn(e2e, token, '#/tremor', { timezoneId: 'UTC', locale: 'en-US' });
    // The day the screen opens on is Auckland's today, and the dose's time is Auckland's clock.
    await page.getByRole('heading', { name: `Doses on ${dayIn(doseAt, 'Pacific/Auckland')}` }).waitFor();
    const clock = (timeZone: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(doseAt);
    expect(clock('Pacific/Auckland')).not.toBe(clock('UTC'));
    const dose = page.getByRole('list', { name: 'Doses' }).getByRole('listitem');
    await dose.first().waitFor();
    expect(await dose.first().textContent()).toContain(`${clock('Pacific/Auckland')} levodopa`);
    // The printable report is asked for that Auckland day and clock.
    const href = (await page.getByRole('link', { name: 'Printable report' }).getAttribute('href'))!;
    const q = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    // The zone itself, not one offset: a report across a daylight-saving change reads each day at its own.
    expect(q.get('zone')).toBe('Pacific/Auckland');
    expect(q.get('tz')).toBeNull();
    expect(dayIn(Date.parse(q.get('to')!) - 1, 'Pacific/Auckland')).toBe(dayIn(doseAt, 'Pacific/Auckland'));
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('draws New York’s spring-forward day on the tremor screen as 23 hours, in a UTC browser', async () => {
    const { hub } = e2e;
    const { token, subject } = await signUpWithPerson(hub, 'ny-pd@example.org', 'Nia', { name: 'Noor', kind: 'parkinson' });
    expect((await hub.api('PUT', '/api/auth/me', { time_zone: 'America/New_York' }, token)).status).toBe(200);
    // 20 minutes from 01:50 EST (06:50Z): ten before the clocks jump to 03:00 EDT, ten after.
    const RATE = 25;
    const rec = simulateRecording({ seed: 808, durationS: 1200, startMs: Date.parse('2026-03-08T06:50:00Z'), rateHz: RATE, noSleep: true, activities: [{ startS: 0, durationS: 1200, activity: 'rest' }] });
    const axis = (a: Float32Array) => Array.from(a, (v) => Math.round(v * 1e4) / 1e4);
    const up = await hub.api('POST', '/api/rpc/tremor.upload', { subject_id: subject.id, rate_hz: RATE, samples: { t0: '2026-03-08T06:50:00Z', x: axis(rec.samples.x), y: axis(rec.samples.y), z: axis(rec.samples.z) } }, token);
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    // A dose at 07:05Z: 03:05 in New York that morning (EDT), 02:05 on the day's midnight offset (EST).
    expect((await hub.api('POST', '/api/rpc/tremor.doses.create', { subject_id: subject.id, t: '2026-03-08T07:05:00Z', drug: 'levodopa' }, token)).status).toBe(200);

    const { context, page, errors } = await openSignedIn(e2e, token, '#/tremor', { timezoneId: 'UTC', locale: 'en-US' });
    await page.getByRole('heading', { name: /^Tremor: / }).waitFor();
    await page.getByLabel('Day').fill('2026-03-08');
    const strip = page.getByRole('img', { name: /Tremor by minute, 2026-03-08: 20 minutes recorded/ });
    await strip.waitFor();
    expect(await strip.getAttribute('aria-label')).toContain('This day has 23 hours: the clocks went forward.');
    expect(await page.getByTestId('day-length').textContent()).toBe('This day has 23 hours: the clocks went forward.');
    // One cell per minute of the 23-hour day.
    expect(await strip.getAttribute('viewBox')).toMatch(/^0 0 1380 /);
    await page.getByText('Hour by hour (table)').click();
    const rows = await page.getByTestId('heat-strip').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows.map((r) => [r[0], r[1], r[4]])).toEqual([['01:00', '10', ''], ['03:00', '10', '03:05 levodopa']]);
    const doses = page.getByRole('list', { name: 'Doses' }).getByRole('listitem');
    await doses.first().waitFor();
    expect(await doses.first().textContent()).toContain('03:05 levodopa');
    // A dose logged at 03:30 on that day is 03:30 EDT, 07:30Z.
    await page.getByLabel('Time', { exact: true }).fill('03:30');
    await page.getByRole('button', { name: 'Log dose' }).click();
    await page.getByRole('button', { name: 'Remove the 03:30 dose' }).waitFor();
    const listed = await hub.api('POST', '/api/rpc/tremor.doses.list', { subject_id: subject.id }, token);
    expect(listed.body.items.map((d: { t: string }) => d.t)).toEqual(['2026-03-08T07:05:00.000Z', '2026-03-08T07:30:00.000Z']);
    await screenshot(page, 'time-zone-tremor-23-hours');
    // The printable report asks in the same zone: its strip for that day is the 23-hour one.
    await page.getByRole('link', { name: 'Printable report' }).click();
    await page.locator('[data-report-ready="true"]').waitFor({ timeout: 60_000 });
    const printed = page.getByRole('img', { name: /Tremor by minute on 2026-03-08, 2026-03-08: 20 minutes recorded/ });
    expect(await printed.getAttribute('aria-label')).toContain('This day has 23 hours');
    expect(await printed.getAttribute('viewBox')).toMatch(/^0 0 1380 /);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
