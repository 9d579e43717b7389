import { describe, expect, it } from 'vitest';
import { hubAndBrowser } from './fixture';
import { hasChromium, screenshot, signIn } from './browser';

/**
 * The Devices screen on a computer with no system D-Bus (so no BlueZ): it says what is
 * missing, where it looked, that serial and demo devices still work, and offers no
 * Bluetooth scan that could only fail.
 */
describe.skipIf(!hasChromium)('the Devices screen without Bluetooth', () => {
  const socket = `/tmp/tend-no-such-dbus-e2e-${process.pid}/system_bus_socket`;
  const e2e = hubAndBrowser({ env: { DBUS_SYSTEM_BUS_ADDRESS: `unix:path=${socket}` } });

  it('names the missing system bus and keeps the Bluetooth scan off', async () => {
    const token = await e2e.hub.signUp('nobus@example.org', 'Nurse');
    await e2e.hub.api('POST', '/api/subjects', { name: 'Baby Sam', kind: 'baby' }, token);
    const page = await e2e.browser.newPage();
    await signIn(page, e2e.hub.url, token);
    await page.getByRole('link', { name: 'Devices' }).click();
    await page.getByRole('heading', { name: 'Devices for Baby Sam' }).waitFor();
    const why = page.getByRole('status').filter({ hasText: 'Bluetooth unavailable' });
    await why.waitFor({ timeout: 30_000 });
    const text = (await why.textContent()) ?? '';
    expect(text).toMatch(/^Bluetooth unavailable: no D-Bus system bus at unix:path=/);
    expect(text).toContain(socket);
    expect(text).toMatch(/Serial sensors and demo devices still work\.$/);
    expect(await page.getByRole('button', { name: 'Scan for Bluetooth devices' }).isDisabled()).toBe(true);
    await screenshot(page, 'devices-no-bluetooth');
  }, 90_000);
});
