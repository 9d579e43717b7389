import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Device, Subject } from '../../../../api/schemas';
import { client } from '../../client';
import { ago } from '../metric/format';

/** Sensors paired to the selected person: state, battery, last contact. */
export function DevicesScreen({ subject }: { subject: Subject | null }) {
  const [devices, setDevices] = useState<Device[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    if (subject) setDevices(await client.call('devices.list', { subject_id: subject.id }));
  }, [subject]);
  useEffect(() => void load().catch((e: Error) => setError(e.message)), [load]);
  if (!subject) return <p>Add a person on the Overview first.</p>;
  return (
    <section aria-labelledby="devices-title" className="stack">
      <h1 id="devices-title">Devices for {subject.name}</h1>
      {error && <p className="error" role="alert">{error}</p>}
      {devices.length === 0 ? (
        <p>No devices yet.</p>
      ) : (
        <table>
          <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Connection</th><th scope="col">Battery</th><th scope="col">Last reading</th></tr></thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                <td>{d.kind}</td>
                <td>{d.transport}{d.address ? ` · ${d.address}` : ''}</td>
                <td>{d.battery === null ? '—' : `${Math.round(d.battery)} %`}</td>
                <td>{d.last_seen_at ? ago(d.last_seen_at) : 'never'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddDevice subjectId={subject.id} onAdded={load} />
    </section>
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
    <form className="card" onSubmit={submit} aria-labelledby="add-device-title" style={{ maxWidth: 640 }}>
      <h2 id="add-device-title" style={{ marginTop: 0 }}>Add a device by hand</h2>
      <div className="row">
        <div className="field"><label htmlFor="dev-name">Name</label><input id="dev-name" value={name} onChange={(e) => setName(e.target.value)} required /></div>
        <div className="field"><label htmlFor="dev-kind">Kind</label>
          <select id="dev-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {['cgm', 'glucose-meter', 'thermometer', 'environment', 'pulse-oximeter', 'heart-rate', 'blood-pressure', 'accelerometer', 'microphone', 'serial-board'].map((k) => <option key={k}>{k}</option>)}
          </select>
        </div>
        <div className="field"><label htmlFor="dev-transport">Connection</label>
          <select id="dev-transport" value={transport} onChange={(e) => setTransport(e.target.value as Device['transport'])}>
            {(['ble', 'serial', 'ws', 'http', 'demo'] as const).map((k) => <option key={k}>{k}</option>)}
          </select>
        </div>
        <div className="field"><label htmlFor="dev-address">Address</label><input id="dev-address" value={address} onChange={(e) => setAddress(e.target.value)} placeholder="AA:BB:… or /dev/ttyUSB0" /></div>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      <button className="primary" type="submit">Add device</button>
    </form>
  );
}
