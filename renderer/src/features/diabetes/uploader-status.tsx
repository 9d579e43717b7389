import { useEffect, useState } from 'react';
import type { NsDeviceSummary } from '../../../../api/nightscout';
import { client } from '../../client';
import { ago } from '../metric/format';

/**
 * What the phone uploaders last said (Nightscout devicestatus): the phone's battery, the
 * pump's reservoir and battery, the loop's insulin and carbs on board. Hidden until an
 * uploader has sent any; refreshed with each new reading, which uploaders send with it.
 */
export function UploaderStatus({ subjectId, version }: { subjectId: string; version: number }) {
  const [s, setS] = useState<NsDeviceSummary | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => void client.call('nightscout.devicestatus.summary', { subject_id: subjectId }).then((x) => live && setS(x)).catch(() => undefined);
    load();
    const off = client.subscribe((ev) => {
      if (ev.type === 'observation.added' && ev.subject_id === subjectId) load();
    });
    return () => {
      live = false;
      off();
    };
  }, [subjectId, version]);
  if (!s || (!s.uploader && !s.pump && !s.loop)) return null;
  const n = (v: number | null, digits: number, unit: string) => (v === null ? '—' : `${v.toFixed(digits)} ${unit}`);
  return (
    <section className="dm-panel" aria-labelledby="ns-status-title" data-testid="uploader-status">
      <h2 id="ns-status-title">Phone, pump and loop</h2>
      <div className="dm-body">
        <dl className="stack">
          {s.uploader && (
            <div>
              <dt>Phone battery</dt>
              <dd>{n(s.uploader.battery, 0, '%')}{s.uploader.charging ? ' · charging' : ''} <span className="muted">· {ago(s.uploader.at)}</span></dd>
            </div>
          )}
          {s.pump && (
            <div>
              <dt>Pump</dt>
              <dd>
                reservoir {n(s.pump.reservoir, 1, 'U')} · battery {s.pump.battery_percent !== null ? n(s.pump.battery_percent, 0, '%') : n(s.pump.battery_voltage, 2, 'V')}
                {s.pump.status ? ` · ${s.pump.status}` : ''} <span className="muted">· {ago(s.pump.at)}</span>
              </dd>
            </div>
          )}
          {s.loop && (
            <div>
              <dt>Loop</dt>
              <dd>IOB {n(s.loop.iob, 2, 'U')} · COB {n(s.loop.cob, 0, 'g')} <span className="muted">· {ago(s.loop.at)}</span></dd>
            </div>
          )}
        </dl>
      </div>
    </section>
  );
}
