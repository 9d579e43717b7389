import { describe, expect, it } from 'vitest';
import { deviceRuntime } from '../core/devices/registry';
import { DemoLab } from '../native/lab/demo-lab';
import { hubAndBrowser } from './fixture';
import { hasChromium, screenshot, signIn } from './browser';

const labMissing = DemoLab.unavailableReason();

describe.skipIf(!hasChromium || labMissing !== null)('adopting a broadcasting sensor from the Devices screen', () => {
  // 10×: the demo broadcaster takes a reading every 0.5 s real.
  const e2e = hubAndBrowser({ env: { TEND_DEMO_SPEED: '10' } });

  it('lists a sensor heard in the demo lab, adopts it without pairing, and its readings reach the person', async () => {
    const token = await e2e.hub.signUp('parent@example.org', 'Parent');
    const subject = (await e2e.hub.api('POST', '/api/subjects', { name: 'Baby Ada', kind: 'baby' }, token)).body;
    // A BTHome room sensor switched on near the computer.
    const { address } = (await deviceRuntime(e2e.hub.core).demo()).addBroadcaster();
    const page = await e2e.browser.newPage();
    await signIn(page, e2e.hub.url, token);
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('heading', { name: 'Devices for Baby Ada' }).waitFor();
    await page.getByRole('button', { name: 'Listen in the demo lab' }).click();
    const heard = page.locator(`tr[data-address="${address}"]`);
    await heard.waitFor({ timeout: 30_000 }).catch(async (e) => {
      await screenshot(page, 'adverts-failed');
      throw e;
    });
    expect(await heard.textContent()).toMatch(/BTHome sensor.*°C/);
    await page.getByRole('button', { name: `Adopt ${address}` }).click();
    await expect.poll(async () => heard.textContent(), { timeout: 10_000 }).toMatch(/Adopted/);
    const row = page.locator('tr[data-device="room_broadcaster"]');
    await row.waitFor();
    await expect.poll(async () => row.textContent(), { timeout: 30_000 }).toMatch(/Listening/);
    await screenshot(page, 'adverts');
    const stored = () => e2e.hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ? AND metric = 'room_temperature'`).pluck().get(subject.id) as number;
    await expect.poll(stored, { timeout: 30_000 }).toBeGreaterThan(0);
  }, 120_000);
});
