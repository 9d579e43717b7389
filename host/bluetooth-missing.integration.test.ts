/**
 * A computer without Bluetooth's plumbing (no system D-Bus, so no BlueZ): scanning and
 * listening answer 503 `unavailable` naming what is missing, not a 500, and store nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;

describe('Bluetooth scans on a computer with no system D-Bus', () => {
  const socket = `/tmp/tend-no-such-dbus-${process.pid}/system_bus_socket`;
  const prev = process.env.DBUS_SYSTEM_BUS_ADDRESS;
  let hub: Hub;
  let token: string;
  beforeAll(async () => {
    // node-ble reads the bus address from here when it connects.
    process.env.DBUS_SYSTEM_BUS_ADDRESS = `unix:path=${socket}`;
    hub = await startTestHub();
    token = await hub.signUp('nobus@example.org');
  });
  afterAll(async () => {
    if (prev === undefined) delete process.env.DBUS_SYSTEM_BUS_ADDRESS;
    else process.env.DBUS_SYSTEM_BUS_ADDRESS = prev;
    await hub?.close();
  });

  it('answers a scan with 503 naming the missing system bus and its address', async () => {
    const r = await hub.api('POST', '/api/rpc/devices.scan', { transport: 'ble', duration_ms: 200 }, token);
    expect(r.status, JSON.stringify(r.body)).toBe(503);
    expect(r.body.error.code).toBe('unavailable');
    expect(r.body.error.message).toMatch(/^Bluetooth unavailable: no D-Bus system bus at /);
    expect(r.body.error.message).toContain(socket);
  }, 60_000);

  it('says the same in devices.bluetooth, which the Devices screen shows', async () => {
    const r = await hub.api('POST', '/api/rpc/devices.bluetooth', {}, token);
    expect(r.status).toBe(200);
    expect(r.body.available).toBe(false);
    expect(r.body.reason).toMatch(/^Bluetooth unavailable: no D-Bus system bus at /);
    expect(r.body.reason).toContain(socket);
  }, 60_000);

  it('answers listening for broadcasting sensors with 503 too', async () => {
    const r = await hub.api('POST', '/api/rpc/devices.nearby', { source: 'ble', duration_ms: 200 }, token);
    expect(r.status, JSON.stringify(r.body)).toBe(503);
    expect(r.body.error.code).toBe('unavailable');
    expect(r.body.error.message).toMatch(/^Bluetooth unavailable: /);
    expect(r.body.error.message).toContain(socket);
  }, 60_000);
});
