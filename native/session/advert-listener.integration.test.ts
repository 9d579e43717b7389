/**
 * Passive scanning end to end: a private dbus-daemon, the simulated BlueZ, sensors that
 * only broadcast (BTHome plain and encrypted, pvvx, ATC1441, Govee H5075), the real
 * node-ble + dbus-next stack reading Device1's ServiceData / ManufacturerData as they
 * change, and the listener decoding, dropping repeats and storing through a sink.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../../testing/wait-for';
import { parseHex } from '../profiles/index';
import { BluezSim } from '../lab/bluez-sim';
import { dbusUnavailableReason, startDbusDaemon, type DbusDaemon } from '../lab/dbus';
import { SimAdvertisingSensor, type AdvertisingFormat } from '../lab/peripherals/advertiser';
import { ScaledClock } from '../lab/sim-clock';
import { startAdvertScan, type AdvertScanner } from '../transports/ble-adverts';
import { AdvertListener, type AdoptedSensor } from './advert-listener';
import { MemorySink } from './memory-sink';

const missing = dbusUnavailableReason();
const KEY = '231d39c1d7cc1ab1aee224cd096db932';

const until = (what: string, cond: () => boolean, timeoutMs = 60_000) => waitFor(what, cond, { timeoutMs, intervalMs: 20 });

describe.skipIf(missing !== null)(`passive advertisement scanning through node-ble and a simulated BlueZ${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let daemon: DbusDaemon;
  let sim: BluezSim;
  let scanner: AdvertScanner | undefined;
  // 20×: a reading every 10 simulated seconds = 0.5 s real, each advertised 3 times.
  const clock = new ScaledClock(20);
  const sink = new MemorySink();
  const formats: AdvertisingFormat[] = ['bthome', 'bthome-encrypted', 'pvvx', 'atc1441', 'govee-h5075'];
  const sensors = new Map<AdvertisingFormat, SimAdvertisingSensor>();
  const adopted: AdoptedSensor[] = [];
  let listener: AdvertListener;

  beforeAll(async () => {
    daemon = await startDbusDaemon();
    sim = await BluezSim.start({ busAddress: daemon.address });
    formats.forEach((format, i) => {
      const address = `A4:C1:38:00:00:0${i + 1}`;
      const s = new SimAdvertisingSensor({ address, clock, format, key: parseHex(KEY), startC: 1.0 + i / 10 });
      sensors.set(format, s);
      sim.add(s);
      adopted.push({ id: `dev-${format}`, address, subject_id: 'subj-nursery', ...(format === 'bthome-encrypted' ? { key: KEY } : {}) });
    });
    // Heard but not adopted: one plain, one encrypted (needs its key to be adopted).
    sim.add(new SimAdvertisingSensor({ address: 'A4:C1:38:00:00:AA', clock, format: 'pvvx' }));
    sim.add(new SimAdvertisingSensor({ address: 'A4:C1:38:00:00:BB', clock, format: 'bthome-encrypted', key: parseHex(KEY) }));
    // Adopted with the wrong key: its frames fail authentication and store nothing.
    sim.add(new SimAdvertisingSensor({ address: 'A4:C1:38:00:00:CC', clock, format: 'bthome-encrypted', key: parseHex(KEY) }));
    adopted.push({ id: 'dev-wrong-key', address: 'a4:c1:38:00:00:cc', subject_id: 'subj-nursery', key: '00'.repeat(16) });
    listener = new AdvertListener({ sink, sensors: adopted });
  });

  afterAll(async () => {
    await scanner?.stop();
    listener?.dispose();
    await sim?.stop();
    await daemon?.stop();
  });

  it('stores each broadcast reading once, negative temperatures and the encrypted sensor included', async () => {
    scanner = await startAdvertScan({ platform: 'linux', dbusAddress: daemon.address, pollMs: 50, callMs: 5000, now: () => clock.now(), onAdvertisement: (a) => listener.handle(a) });
    const temps = (format: AdvertisingFormat) => sink.items('room_temperature').filter((o) => o.device_id === `dev-${format}`).map((o) => o.value);
    // Five readings from 1.0 °C down by 0.3 a reading reach −0.2 °C (or lower).
    await until('five readings from every adopted sensor', () => formats.every((f) => temps(f).length >= 6));
    await scanner.stop();
    scanner = undefined;
    await listener.flush();

    for (const format of formats) {
      const sensor = sensors.get(format)!;
      const stored = temps(format);
      const heard = sensor.heard.map((r) => r.celsius);
      // No reading twice: the readings fall 0.3 °C each, so the stored ones strictly fall.
      for (let i = 1; i < stored.length; i++) expect(stored[i], `${format} ${stored}`).toBeLessThan(stored[i - 1]);
      // Every stored value was broadcast, and all but the ones before the scan started were stored.
      for (const v of stored) expect(heard, format).toContain(v);
      expect(stored.length, format).toBeGreaterThanOrEqual(heard.length - 2);
      expect(Math.min(...stored), format).toBeLessThan(0);
      const st = listener.status(`dev-${format}`)!;
      expect(st.format).toBe(format === 'bthome' || format === 'bthome-encrypted' ? 'bthome-v2' : format);
      expect(st.framesBad).toBe(0);
      // Each reading went out three times; the repeats were recognised and dropped.
      expect(st.repeats, format).toBeGreaterThan(0);
      expect(st.battery).toBeGreaterThan(90);
    }
    const hum = sink.items('humidity').filter((o) => o.device_id === 'dev-pvvx');
    expect(hum.length).toBe(temps('pvvx').length);
    expect(new Set(sink.items().map((o) => o.subjectId))).toEqual(new Set(['subj-nursery']));
    expect(sink.duplicates).toBe(0);
  }, 120_000);

  it('lists sensors heard but not adopted, saying which need a key, and stores nothing of theirs', () => {
    const near = Object.fromEntries(listener.nearby().map((n) => [n.address, n]));
    expect(near['A4:C1:38:00:00:AA']).toMatchObject({ format: 'pvvx', needsKey: false });
    expect(near['A4:C1:38:00:00:AA'].observations.map((o) => o.metric)).toEqual(['room_temperature', 'humidity', 'battery_level']);
    expect(near['A4:C1:38:00:00:BB']).toMatchObject({ format: 'bthome-v2', needsKey: true, observations: [] });
    expect(near['A4:C1:38:00:00:01']).toBeUndefined();
    expect(sink.items().filter((o) => !String(o.device_id).startsWith('dev-'))).toEqual([]);
  });

  it('counts frames that fail authentication under a wrong key, storing none', () => {
    const st = listener.status('dev-wrong-key')!;
    expect(st.framesBad).toBeGreaterThan(0);
    expect(st.lastError).toMatch(/MIC .* does not match/);
    expect(sink.items().filter((o) => o.device_id === 'dev-wrong-key')).toEqual([]);
  });
});
