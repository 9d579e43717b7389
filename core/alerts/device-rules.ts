import type { ConditionSpec, RuleContext, AlertRule } from './rules';

const MIN = 60_000;
/** Transports that stream live; imports and cloud syncs (Dexcom: hours late) are not "paired". */
export const LIVE_TRANSPORTS = ['ble', 'serial', 'ws', 'http', 'demo'] as const;

interface DeviceRow {
  id: string;
  subject_id: string;
  name: string;
  settings: string;
  last_seen_at: number | null;
  battery: number | null;
}

const optedOut = (settings: string): boolean => {
  try {
    return (JSON.parse(settings) as { signal_loss?: unknown }).signal_loss === false;
  } catch {
    return false;
  }
};

function batterySpecs(d: { id: string; name: string }, pct: number, threshold: number): Array<{ spec: ConditionSpec; active: boolean; clear: boolean }> {
  const base = { metric: 'battery_level', value: pct, snoozeClass: `battery:${d.id}` };
  const critical = threshold / 2;
  return [
    {
      spec: { ...base, key: `battery:${d.id}:low`, kind: 'battery_low', priority: 'low', message: `${d.name}: battery ${Math.round(pct)} %`, detail: { device_id: d.id, limit: threshold } },
      active: pct <= threshold,
      clear: pct >= threshold + 5,
    },
    {
      spec: { ...base, key: `battery:${d.id}:critical`, kind: 'battery_critical', priority: 'medium', message: `${d.name}: battery almost empty (${Math.round(pct)} %)`, detail: { device_id: d.id, limit: critical } },
      active: pct <= critical,
      clear: pct >= critical + 5,
    },
  ];
}

/**
 * Paired devices: signal loss and battery.
 *
 * - `signal_loss` (evaluated on the timer): no data from a live device (BLE, serial,
 *   Wi-Fi, demo) for `signal_loss_warn_min` (default 15) is a medium-priority warning;
 *   for `signal_loss_urgent_min` (default 30) a high-priority alert that supersedes the
 *   warning. A device never heard from raises nothing (it was never running); a device
 *   with `settings.signal_loss: false` is left out. Both resolve as soon as any reading
 *   from the device arrives.
 * - `battery_low` (low priority) at or below `battery_low_percent` (default 20 %) and
 *   `battery_critical` (medium) at or below half of it, from `battery_level` readings
 *   or the battery a device session reports (`devices.battery`); 5 points of hysteresis.
 */
export function deviceRule(): AlertRule {
  const deviceName = (ctx: RuleContext, id: string): string =>
    (ctx.sql.prepare(`SELECT name FROM devices WHERE id = ?`).pluck().get(id) as string | undefined) ?? 'Device';
  return {
    id: 'device',
    wantsHistory: true,
    onObservations(ctx, subjectId, rows) {
      const seen = new Set<string>();
      for (const r of rows) {
        if (r.device_id === null) continue;
        if (!seen.has(r.device_id)) {
          seen.add(r.device_id);
          ctx.resolve(subjectId, `signal:${r.device_id}:warn`);
          ctx.resolve(subjectId, `signal:${r.device_id}:urgent`);
        }
        if (r.metric === 'battery_level' && r.t >= ctx.liveFrom) {
          const d = { id: r.device_id, name: deviceName(ctx, r.device_id) };
          const s = ctx.settings(subjectId);
          for (const b of batterySpecs(d, r.value, s.battery_low_percent)) ctx.track(subjectId, b.spec, { at: r.t, active: b.active, clear: b.clear });
        }
      }
    },
    onTick(ctx) {
      const marks = LIVE_TRANSPORTS.map(() => '?').join(',');
      const devices = ctx.sql
        .prepare(`SELECT id, subject_id, name, settings, last_seen_at, battery FROM devices WHERE transport IN (${marks})`)
        .all(...LIVE_TRANSPORTS) as DeviceRow[];
      for (const d of devices) {
        const s = ctx.settings(d.subject_id);
        if (d.battery !== null) {
          for (const b of batterySpecs(d, d.battery, s.battery_low_percent)) ctx.track(d.subject_id, b.spec, { at: ctx.now, active: b.active, clear: b.clear });
        }
        if (d.last_seen_at === null || optedOut(d.settings)) continue;
        const silentMin = (ctx.now - d.last_seen_at) / MIN;
        const warn = silentMin >= s.signal_loss_warn_min;
        const urgent = silentMin >= s.signal_loss_urgent_min;
        const message = `No data from ${d.name} for ${Math.floor(silentMin)} minutes`;
        const detail = { device_id: d.id, last_seen_at: new Date(d.last_seen_at).toISOString(), silent_min: Math.floor(silentMin) };
        const base = { snoozeClass: 'signal_loss', message, detail };
        if (urgent) {
          ctx.resolve(d.subject_id, `signal:${d.id}:warn`);
          ctx.track(d.subject_id, { ...base, key: `signal:${d.id}:urgent`, kind: 'signal_loss', priority: 'high' }, { at: ctx.now, active: true });
        } else if (warn) {
          ctx.track(d.subject_id, { ...base, key: `signal:${d.id}:warn`, kind: 'signal_loss', priority: 'medium' }, { at: ctx.now, active: true });
        } else {
          ctx.resolve(d.subject_id, `signal:${d.id}:warn`);
          ctx.resolve(d.subject_id, `signal:${d.id}:urgent`);
        }
      }
    },
  };
}
