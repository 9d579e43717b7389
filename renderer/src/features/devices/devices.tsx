import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Device, Subject } from '../../../../api/schemas';
import { DEMO_DEVICE_KINDS, type DeviceLive } from '../../../../api/devices';
import { client } from '../../client';
import { ago } from '../metric/format';
import { AdoptBroadcaster } from './adopt';
import { PhoneUploader } from './phone-uploader';
import { CloudFollow } from './cloud-follow';

const DEMO_LABELS: Record<(typeof DEMO_DEVICE_KINDS)[number], string> = {
  cgm: 'Continuous glucose monitor',
  glucose_meter: 'Glucose meter (stored records)',
  thermometer: 'Thermometer',
  environment: 'Room sensor (temperature, humidity)',
  pulse_oximeter: 'Pulse oximeter',
  motion: 'Wrist accelerometer',
  serial_board: 'Serial sensor board',
  room_broadcaster: 'Room sensor that only broadcasts (BTHome, no pairing)',
};

const stateLabel: Record<string, string> = {
  idle: 'Idle',
  connecting: 'Connecting…',
  connected: 'Connected',
  reconnecting: 'Reconnecting…',
  unavailable: 'Unavailable',
  listening: 'Listening (broadcasts)',
  waiting: 'Waiting for a broadcast…',
};

/** Sensors paired to the selected person: live connection, battery, last reading, signal. */
export function DevicesScreen({ subject }: { subject: Subject | null }) {
  const [devices, setDevices] = useState<Device[]>([]);
  const [live, setLive] = useState<Record<string, DeviceLive>>({});
  const [bt, setBt] = useState<{ available: boolean; reason: string | null; demo_available: boolean; demo_reason: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    if (!subject) return;
    const [d, l] = await Promise.all([client.call('devices.list', { subject_id: subject.id }), client.call('devices.live', { subject_id: subject.id })]);
    setDevices(d);
    setLive(Object.fromEntries(l.map((x) => [x.device_id, x])));
  }, [subject]);
  useEffect(() => {
    void load().catch((e: Error) => setError(e.message));
    void client.call('devices.bluetooth', {}).then(setBt).catch(() => undefined);
    return client.subscribe((ev) => {
      if (ev.type === 'device.status' && ev.subject_id === subject?.id) setLive((cur) => ({ ...cur, [ev.device.device_id]: ev.device }));
    });
  }, [load, subject?.id]);

  if (!subject) return <p>Add a person on the Overview first.</p>;
  const remove = async (id: string) => {
    await client.call('devices.delete', { id });
    await load();
  };
  return (
    <section aria-labelledby="devices-title" className="stack">
      <h1 id="devices-title">Devices for {subject.name}</h1>
      {bt && !bt.available && <p className="card" role="status">{bt.reason ?? 'Bluetooth unavailable'}. Serial sensors and demo devices still work.</p>}
      {error && <p className="error" role="alert">{error}</p>}
      {devices.length === 0 ? (
        <p>No devices yet. Try a demo device below: it needs no hardware.</p>
      ) : (
        <table aria-label="Paired devices">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Connection</th><th scope="col">Battery</th><th scope="col">Last reading</th><th scope="col">Signal</th><th scope="col"><span className="muted">Action</span></th></tr>
          </thead>
          <tbody>
            {devices.map((d) => {
              const l = live[d.id];
              const last = l?.last_reading_at ?? d.last_seen_at;
              return (
                <tr key={d.id} data-device={d.kind}>
                  <td>{d.name}</td>
                  <td>{d.kind}</td>
                  <td>{l ? stateLabel[l.state] ?? l.state : d.transport}{l?.last_error ? <span className="muted"> · {l.last_error.step}: {l.last_error.message}</span> : null}</td>
                  <td>{(l?.battery ?? d.battery) === null || (l?.battery ?? d.battery) === undefined ? '—' : `${Math.round((l?.battery ?? d.battery)!)} %`}</td>
                  <td>{last ? ago(last) : 'never'}</td>
                  <td>{l?.signal_lost ? <span className="error">Signal lost{l.signal_lost_since ? ` ${ago(l.signal_lost_since)}` : ''}</span> : l ? `OK${l.frames_bad ? ` · ${l.frames_bad} bad frames` : ''}` : '—'}</td>
                  <td><button type="button" onClick={() => void remove(d.id)} aria-label={`Remove ${d.name}`}>Remove</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Scan subjectId={subject.id} onAdded={load} bluetooth={bt?.available ?? false} />
      <AdoptBroadcaster subjectId={subject.id} onAdded={load} bluetooth={bt?.available ?? false} />
      <AddDemo subjectId={subject.id} onAdded={load} available={bt?.demo_available ?? true} reason={bt?.demo_reason ?? null} />
      <AddDevice subjectId={subject.id} onAdded={load} />
      <PhoneUploader subjectId={subject.id} />
      <CloudFollow subjectId={subject.id} />
    </section>
  );
}

function AddDemo({ subjectId, onAdded, available, reason }: { subjectId: string; onAdded: () => Promise<void>; available: boolean; reason: string | null }) {
  const [kind, setKind] = useState<(typeof DEMO_DEVICE_KINDS)[number]>('thermometer');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await client.call('devices.addDemo', { subject_id: subjectId, kind });
      await onAdded();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="demo-title" style={{ maxWidth: 640 }}>
      <h2 id="demo-title" style={{ marginTop: 0 }}>Try a demo device</h2>
      <p className="muted">A simulated sensor in Tend's virtual device lab, connected through the same Bluetooth and serial code as real hardware.</p>
      {!available && <p className="error" role="status">Demo devices are unavailable here: {reason}</p>}
      <div className="row">
        <div className="field">
          <label htmlFor="demo-kind">Demo device</label>
          <select id="demo-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {DEMO_DEVICE_KINDS.map((k) => <option key={k} value={k}>{DEMO_LABELS[k]}</option>)}
          </select>
        </div>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <button className="primary" type="submit" disabled={busy || !available}>{busy ? 'Adding…' : 'Add demo device'}</button>
    </form>
  );
}

function AddDevice({ subjectId, onAdded }: { subjectId: string; onAdded: () => Promise<void> }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState('thermometer');
  const [transport, setTransport] = useState<Device['transport']>('ble');
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await client.call('devices.create', { subject_id: subjectId, name, kind, transport, address });
      setName('');
      setAddress('');
      await onAdded();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="add-device-title" style={{ maxWidth: 640 }}>
      <h2 id="add-device-title" style={{ marginTop: 0 }}>Pair a real device</h2>
      <div className="row">
        <div className="field"><label htmlFor="dev-name">Name</label><input id="dev-name" value={name} onChange={(e) => setName(e.target.value)} required /></div>
        <div className="field"><label htmlFor="dev-kind">Kind</label>
          <select id="dev-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {['cgm', 'glucose_meter', 'thermometer', 'environment', 'pulse_oximeter', 'heart_rate', 'blood_pressure', 'motion', 'serial_board'].map((k) => <option key={k}>{k}</option>)}
          </select>
        </div>
        <div className="field"><label htmlFor="dev-transport">Connection</label>
          <select id="dev-transport" value={transport} onChange={(e) => setTransport(e.target.value as Device['transport'])}>
            {(['ble', 'serial', 'ws', 'http'] as const).map((k) => <option key={k}>{k}</option>)}
          </select>
        </div>
        <div className="field"><label htmlFor="dev-address">Address</label><input id="dev-address" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="AA:BB:… or /dev/ttyUSB0" /></div>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <button className="primary" type="submit">Pair device</button>
    </form>
  );
}

type Found = { address: string; name: string | null; rssi: number | null; transport: string; kind: string | null; paired_as: string | null };

/** Bluetooth scan: what is advertising nearby, with the profile Tend recognises, and pairing. */
function Scan({ subjectId, onAdded, bluetooth }: { subjectId: string; onAdded: () => Promise<void>; bluetooth: boolean }) {
  const [found, setFound] = useState<Found[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const scan = async (transport: 'ble' | 'demo') => {
    setBusy(true);
    setError(null);
    try {
      setFound(await client.call('devices.scan', { transport, duration_ms: 3000 }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const pair = async (f: Found) => {
    setError(null);
    try {
      await client.call('devices.create', { subject_id: subjectId, name: f.name ?? f.address, kind: f.kind ?? 'unknown', transport: f.transport === 'demo' ? 'demo' : 'ble', address: f.address });
      await onAdded();
      setFound((cur) => cur?.map((x) => (x.address === f.address ? { ...x, paired_as: 'now' } : x)) ?? null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="card" aria-labelledby="scan-title" style={{ maxWidth: 640 }}>
      <h2 id="scan-title" style={{ marginTop: 0 }}>Find nearby sensors</h2>
      <div className="row">
        <button type="button" onClick={() => void scan('ble')} disabled={busy || !bluetooth}>{busy ? 'Scanning…' : 'Scan for Bluetooth devices'}</button>
        <button type="button" onClick={() => void scan('demo')} disabled={busy}>Scan the demo lab</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {found && found.length === 0 && <p>Nothing found. Is the sensor awake and near?</p>}
      {found && found.length > 0 && (
        <table aria-label="Sensors found">
          <thead><tr><th scope="col">Name</th><th scope="col">Recognised as</th><th scope="col">Signal</th><th scope="col"><span className="muted">Action</span></th></tr></thead>
          <tbody>
            {found.map((f) => (
              <tr key={f.address}>
                <td>{f.name ?? f.address}</td>
                <td>{f.kind ?? 'not a sensor Tend knows'}</td>
                <td>{f.rssi === null ? '—' : `${f.rssi} dBm`}</td>
                <td>{f.paired_as ? 'Paired' : f.kind ? <button type="button" onClick={() => void pair(f)}>Pair to this person</button> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
