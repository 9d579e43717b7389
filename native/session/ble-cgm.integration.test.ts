/**
 * The real node-ble + dbus-next stack against the lab: a private dbus-daemon, a simulated
 * BlueZ and a simulated CGM on a clock running 600× (5 simulated minutes = 0.5 s).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../testing/wait-for';
import { BluezSim } from '../lab/bluez-sim';
import { dbusUnavailableReason, startDbusDaemon, type DbusDaemon } from '../lab/dbus';
import { SimCgm } from '../lab/peripherals/cgm';
import { ScaledClock } from '../lab/sim-clock';
import { openBleTransport, type BleAvailability } from '../transports/ble';
import { BleProfileDriver } from './ble-driver';
import { DeviceSession } from './device-session';
import { MemorySink } from './memory-sink';
import type { PairedDevice, SessionStatus } from './types';

const missing = dbusUnavailableReason();
const MIN = 60_000;
const SPEED = 600;

const until = (what: string, cond: () => boolean, timeoutMs = 15_000) => waitFor(what, cond, { timeoutMs, intervalMs: 10 });

describe.skipIf(missing !== null)(`BLE CGM session through node-ble and a simulated BlueZ${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let daemon: DbusDaemon;
  let sim: BluezSim;
  let ble: BleAvailability;

  beforeAll(async () => {
    daemon = await startDbusDaemon();
    sim = await BluezSim.start({ busAddress: daemon.address });
    ble = await openBleTransport({ platform: 'linux', dbusAddress: daemon.address, timeouts: { discoveryIntervalMs: 20, connectMs: 5000, callMs: 3000 } });
  });

  afterAll(async () => {
    if (ble?.available) await ble.transport.close();
    await sim?.stop();
    await daemon?.stop();
  });

  it('reports Bluetooth unavailable, with a reason, when there is no BlueZ on the bus', async () => {
    const a = await openBleTransport({ platform: 'linux', dbusAddress: 'unix:path=/nonexistent/tend-no-bus', timeouts: { callMs: 2000 } });
    expect(a.available).toBe(false);
    if (!a.available) expect(a.reason).toMatch(/^Bluetooth unavailable: /);
  });

  it('streams a simulated hour, back-fills 20 minutes of lost link through RACP, and stores every reading exactly once', async () => {
    expect(ble.available).toBe(true);
    const t0 = Date.UTC(2026, 0, 5, 8, 0, 0);
    const clock = new ScaledClock(SPEED, t0);
    const address = 'C0:FF:EE:00:00:01';
    // The third reading's live notification arrives with a broken E2E-CRC.
    const cgm = new SimCgm({ address, clock, seed: 7, corruptLive: (r) => r.key === 15 });
    sim.add(cgm);
    const device: PairedDevice = { id: 'dev-cgm', name: 'CGM', kind: 'cgm', transport: 'demo', address, subject_id: 'subj-1' };
    const sink = new MemorySink();
    const session = new DeviceSession({
      device,
      driver: new BleProfileDriver(device, { transport: async () => ble, fetchIdleTimeoutMs: 3000 }),
      sink,
      clock,
      // In simulated time: 10 s, 20 s, 40 s, then every 60 s.
      backoff: { initialMs: 10_000, maxMs: 60_000, jitter: 0 },
    });
    const states: SessionStatus['state'][] = [];
    session.on('status', (s) => {
      if (states.at(-1) !== s.state) states.push(s.state);
    });
    session.start();
    try {
      await until('first connection', () => session.status().state === 'connected');

      // Link lost at 22 min for 20 simulated minutes: readings 25, 30, 35, 40 happen meanwhile.
      await new Promise<void>((r) => clock.at(t0 + 22 * MIN, r));
      sim.dropLink(address);
      await until('the session to notice the loss', () => session.status().signalLost);
      expect(session.status().lastError?.step).toBe('stream');
      await new Promise<void>((r) => clock.at(t0 + 42 * MIN, r));
      expect(sim.isConnected(address)).toBe(false);
      sim.restoreLink(address);

      await new Promise<void>((r) => clock.at(t0 + 61 * MIN, r));
      await until('all 12 readings stored', () => sink.items('glucose').length >= 12);
      await session.stop();
    } finally {
      await session.stop();
      clock.dispose();
      sim.remove(address);
    }

    // What the device holds for the hour, worked out from its own record store.
    const expected = cgm.store
      .all()
      .filter((r) => r.key >= 5 && r.key <= 60)
      .map((r) => ({ t: new Date(cgm.sessionStart + r.key * MIN).toISOString(), value: r.glucose }));
    expect(expected).toHaveLength(12);
    const stored = sink.items('glucose').map((o) => ({ t: o.t, value: o.value }));
    expect(stored).toEqual(expected);
    expect(sink.duplicates).toBe(0);

    const st = session.status();
    expect(st.framesBad).toBe(1);
    expect(st.reconnects).toBe(1);
    expect(st.signalLost).toBe(false);
    // 95 % draining 0.5 %/h: 94.5 % after an hour, 94 % once past it (notified, not just read).
    expect(st.battery).toBe(94);
    // Every reading came either live (less the corrupted one) or through the back-fill.
    expect(st.backfilled).toBe(12 - (cgm.liveSent - 1));
    expect(st.backfilled).toBeGreaterThanOrEqual(5);
    expect(states).toContain('reconnecting');
    // Every glucose id is the deterministic record id: unique per reading.
    expect(new Set(sink.items('glucose').map((o) => o.id)).size).toBe(12);
  }, 60_000);
});
