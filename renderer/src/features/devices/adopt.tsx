import { useState } from 'react';
import type { NearbySensor } from '../../../../api/devices';
import { client } from '../../client';

const FORMAT_LABELS: Record<string, string> = {
  'bthome-v2': 'BTHome sensor',
  pvvx: 'Thermometer (pvvx firmware)',
  atc1441: 'Thermometer (ATC firmware)',
  'govee-h5075': 'Govee H5075',
};

/**
 * Sensors that only broadcast their readings (BTHome, pvvx/ATC thermometers, Govee): no
 * pairing, Tend just listens. Listening lists the ones heard nearby with what they say;
 * adopting one stores its readings for this person from then on.
 */
export function AdoptBroadcaster({ subjectId, onAdded, bluetooth }: { subjectId: string; onAdded: () => Promise<void>; bluetooth: boolean }) {
  const [found, setFound] = useState<Array<NearbySensor & { source: 'ble' | 'demo' }> | null>(null);
  const [keys, setKeys] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [adopted, setAdopted] = useState<Record<string, true>>({});
  const [error, setError] = useState<string | null>(null);
  const listen = async (source: 'ble' | 'demo') => {
    setBusy(true);
    setError(null);
    try {
      setFound((await client.call('devices.nearby', { source, duration_ms: 3000 })).map((n) => ({ ...n, source })));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const adopt = async (n: NearbySensor & { source: 'ble' | 'demo' }) => {
    setError(null);
    const key = keys[n.address]?.trim();
    try {
      await client.call('devices.create', {
        subject_id: subjectId,
        name: `${FORMAT_LABELS[n.format] ?? n.format} ${n.address.slice(-5)}`,
        kind: n.source === 'demo' ? 'room_broadcaster' : 'environment',
        transport: 'advert',
        address: n.address,
        settings: { ...(n.source === 'demo' ? { demo: true } : {}), ...(key ? { bind_key: key } : {}) },
      });
      setAdopted((cur) => ({ ...cur, [n.address]: true }));
      await onAdded();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const reading = (n: NearbySensor) => n.observations.map((o) => `${o.value} ${o.unit}`).join(' · ');
  return (
    <section className="card" aria-labelledby="adopt-title" style={{ maxWidth: 640 }}>
      <h2 id="adopt-title" style={{ marginTop: 0 }}>Sensors that broadcast</h2>
      <p className="muted">Thermometers that send their readings to anyone listening (BTHome, pvvx or ATC firmware, Govee) need no pairing: adopt one and Tend stores what it hears.</p>
      <div className="row">
        <button type="button" onClick={() => void listen('ble')} disabled={busy || !bluetooth}>{busy ? 'Listening…' : 'Listen for broadcasting sensors'}</button>
        <button type="button" onClick={() => void listen('demo')} disabled={busy}>Listen in the demo lab</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {found && found.length === 0 && <p>No broadcasting sensor heard. Is it near, with a fresh battery?</p>}
      {found && found.length > 0 && (
        <table aria-label="Broadcasting sensors heard">
          <thead><tr><th scope="col">Sensor</th><th scope="col">Says</th><th scope="col">Signal</th><th scope="col"><span className="muted">Action</span></th></tr></thead>
          <tbody>
            {found.map((n) => (
              <tr key={n.address} data-address={n.address}>
                <td>{FORMAT_LABELS[n.format] ?? n.format} <span className="muted">{n.address}</span></td>
                <td>{n.needs_key ? 'Encrypted: needs its key' : reading(n)}</td>
                <td>{n.rssi === null ? '—' : `${n.rssi} dBm`}</td>
                <td>
                  {adopted[n.address] ? 'Adopted' : (
                    <>
                      {n.needs_key && <input aria-label={`Bind key for ${n.address}`} placeholder="32 hex digits" value={keys[n.address] ?? ''} onChange={(e) => setKeys((k) => ({ ...k, [n.address]: e.target.value }))} />}
                      <button type="button" onClick={() => void adopt(n)} aria-label={`Adopt ${n.address}`}>Adopt for this person</button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
