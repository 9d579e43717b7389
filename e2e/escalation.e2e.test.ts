import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

const MIN = 60_000;

describe.skipIf(!hasChromium)('tiered escalation on the alarm banner (issue 19)', () => {
  // The test moves the hub's time by hand and runs the alert engine's tick itself.
  const clock = new ManualClock(Date.now());
  const e2e = hubAndBrowser({ hub: { clock } });

  it("stays quiet on the on-call clinician's screen while tier 1 has it, then sounds there, naming the tier, once nobody acknowledged it for 10 minutes", async () => {
    const { hub } = e2e;
    const parent = await hub.signUp('parent@example.org', 'Parent');
    const carer = await hub.signUp('carer@example.org', 'Sam');
    const doctor = await hub.signUp('doc@example.org', 'Dr Xu');
    const s = (await hub.api('POST', '/api/subjects', { name: 'Noor', kind: 'general' }, parent)).body.id as string;
    await hub.api('POST', `/api/subjects/${s}/grants`, { email: 'carer@example.org', role: 'caregiver' }, parent);
    await hub.api('POST', `/api/subjects/${s}/grants`, { email: 'doc@example.org', role: 'clinician' }, parent);
    expect((await hub.api('PUT', `/api/subjects/${s}/thresholds`, [{ metric: 'spo2', min: 90, priority: 'high' }], parent)).status).toBe(200);
    await hub.api('POST', '/api/rpc/alerts.settings.put', { subject_id: s, settings: { smoothing: { spo2: 1 } } }, parent);
    const carerId = (await hub.api('POST', '/api/rpc/auth.me', {}, carer)).body.id as string;
    const tiers = [
      { after_min: 0, user_ids: [carerId], label: 'caregiver' },
      { after_min: 10, roles: ['clinician'], label: 'on-call clinician' },
    ];
    expect((await hub.api('POST', '/api/rpc/alerts.escalation.put', { subject_id: s, tiers }, doctor)).status).toBe(200);

    const { context, page } = await openSignedIn(e2e, doctor, '#/alerts');
    await page.getByRole('heading', { name: 'Alerts' }).waitFor();

    const low = await hub.api('POST', `/api/subjects/${s}/observations`, [{ metric: 'spo2', t: new Date(clock.now()).toISOString(), value: 85 }], parent);
    const [alert] = low.body.alerts as Array<{ id: string; priority: string }>;
    expect(alert!.priority).toBe('high');
    // The clinician sees it in the alert centre, with who has it now, and the overlay knows of it: yet this screen is quiet.
    await page.locator(`tr[data-alert-id="${alert!.id}"]`).getByText('tier 1 of 2: caregiver (Sam)', { exact: false }).waitFor();
    await page.locator('.alert-overlay[data-open-high="1"]').waitFor({ state: 'attached' });
    expect(await page.getByTestId('alarm-banner').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.alarm)).toBe('quiet');

    clock.advance(10 * MIN);
    hub.core.alerts.tick();
    const banner = page.getByTestId('alarm-banner');
    await banner.getByTestId('alarm-tier').getByText('tier 2 of 2: on-call clinician (Dr Xu)').waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.alarm === 'high');
    await screenshot(page, 'alarm-tier-2');

    await banner.getByRole('button', { name: 'Acknowledge' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.documentElement.dataset.alarm === 'quiet');
    await context.close();
  }, 90_000);
});
