/**
 * The demo lab end to end: every kind of demo device is created, found by a scan, paired
 * through the DeviceManager and read through the real node-ble / serialport stacks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../testing/wait-for';
import { DEMO_KINDS, DemoLab, type DemoDevice } from '../lab/demo-lab';
import { socatUnavailableReason } from '../lab/socat';
import { DeviceManager, type DeviceStatus } from './device-manager';
import { MemorySink } from './memory-sink';
import type { PairedDevice } from './types';

const missing = DemoLab.unavailableReason() ?? socatUnavailableReason();

const until = (what: string, cond: () => boolean, timeoutMs = 20_000) => waitFor(what, cond, { timeoutMs, intervalMs: 20 });

describe.skipIf(missing !== null)(`DeviceManager with the demo lab${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let lab: DemoLab;
  let manager: DeviceManager;
  const sink = new MemorySink();
  const demo = new Map<string, DemoDevice>();

  beforeAll(async () => {
    // 10× the wall clock: a thermometer reading every 0.5 s, the wrist at 1000 samples/s real.
    lab = await DemoLab.start({ speed: 10, seed: 3 });
    manager = new DeviceManager({ sink, clock: lab.clock, demoBle: () => lab.ble(), ble: async () => ({ available: false, reason: 'Bluetooth unavailable: not in this test' }) });
    for (const k of DEMO_KINDS) demo.set(k, await lab.add(k));
  });

  afterAll(async () => {
    await manager?.stop();
    await lab?.stop();
  });

  it('finds the demo BLE devices by scanning and names their kind from the advertised services', async () => {
    const found = await manager.scan({ transport: 'demo', durationMs: 200 });
    const kinds = Object.fromEntries(found.map((f) => [f.address, f.kind]));
    for (const [k, d] of demo) if (d.transport === 'demo') expect(kinds[d.address]).toBe(k);
  });

  it('says why real Bluetooth is unavailable without failing', async () => {
    expect(await manager.bluetooth()).toEqual({ available: false, reason: 'Bluetooth unavailable: not in this test' });
  });

  it('pairs every demo device to a subject and stores its readings in canonical units', async () => {
    const statuses = new Map<string, DeviceStatus>();
    manager.on('status', (s) => statuses.set(s.deviceId, s));
    const devices: PairedDevice[] = [...demo].map(([k, d]) => ({ id: `dev-${k}`, subject_id: `subj-${k}`, ...d }));
    await manager.sync(devices);
    const metricsOf = (subject: string) => new Set(sink.items().filter((o) => o.subjectId === subject).map((o) => o.metric));
    const expectMetrics: Record<string, string[]> = {
      cgm: ['glucose', 'battery_level'],
      glucose_meter: ['glucose', 'battery_level'],
      thermometer: ['body_temperature', 'battery_level'],
      environment: ['room_temperature', 'humidity', 'battery_level'],
      pulse_oximeter: ['spo2', 'heart_rate', 'battery_level'],
      motion: ['accel', 'battery_level'],
      serial_board: ['room_temperature', 'humidity'],
    };
    await until('readings from every device', () => Object.entries(expectMetrics).every(([k, ms]) => ms.every((m) => metricsOf(`subj-${k}`).has(m))));

    // The CGM's 3 h of history (one reading a minute) came through the first back-fill.
    await until('the CGM history', () => sink.items('glucose').filter((o) => o.subjectId === 'subj-cgm').length >= 180);
    // The meter's 5 stored finger sticks too.
    expect(sink.items('glucose').filter((o) => o.subjectId === 'subj-glucose_meter').length).toBeGreaterThanOrEqual(5);

    const temps = sink.items('body_temperature').map((o) => o.value);
    expect(Math.min(...temps)).toBeGreaterThan(35.5);
    expect(Math.max(...temps)).toBeLessThan(38);
    const g = sink.items('accel').filter((o) => o.subjectId === 'subj-motion').map((o) => o.value);
    const meanG = g.reduce((a, b) => a + b, 0) / g.length;
    // A wrist at rest or moving gently: |a| averages close to 1 g.
    expect(meanG).toBeGreaterThan(8.5);
    expect(meanG).toBeLessThan(11);

    await until('status events for every device', () => devices.every((d) => statuses.get(d.id)?.lastReadingAt));
    for (const d of manager.list()) {
      expect(d.state).toBe('connected');
      expect(d.framesBad).toBe(0);
      expect(d.signalLost).toBe(false);
      if (d.transport === 'demo') expect(d.battery).toBeGreaterThan(90);
    }
    expect(sink.duplicates).toBe(0);
  }, 60_000);

  it('shows signal lost while a demo device is out of range and recovers', async () => {
    const thermo = demo.get('thermometer')!;
    await lab.interrupt(thermo.address, 800);
    await until('signal lost', () => manager.get('dev-thermometer')?.signalLost === true);
    await until('reconnected', () => manager.get('dev-thermometer')?.state === 'connected' && manager.get('dev-thermometer')?.signalLost === false);
    expect(manager.get('dev-thermometer')?.reconnects).toBe(1);
  }, 30_000);
});
