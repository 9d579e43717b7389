import type { ConditionSpec, RuleContext, AlertRule } from './rules';
import type { SqlRow } from '../../db/rows';
import type { devices } from '../../db/schema';

const MIN = 60_000;
/** Transports that stream live; imports and cloud syncs (Dexcom: hours late) are not "paired". */
export const LIVE_TRANSPORTS = ['ble', 'serial', 'ws', 'http', 'demo'] as const;

type DeviceRow = Pick<SqlRow<typeof devices>, 'id' | 'subject_id' | 'name' | 'settings' | 'last_seen_at' | 'battery'>;

const optedOut = (settings: string): boolean => {
  try {
    return (JSON.parse(settings) as { signal_loss?: unknown }).signal_loss === false;
  } catch {
    return false;
  }
};

/**
 * One battery, one alarm: low, escalating to critical (medium) at half the limit; it ends
 * 5 points above the low limit. Equipment upkeep, not the person: it does not latch (a
 * battery swapped is seen by whoever swapped it).
 */
function batterySpec(d: { id: string; name: string }, pct: number, threshold: number): { spec: ConditionSpec; active: boolean; clear: boolean } {
  const critical = threshold / 2;
  const base = { metric: 'battery_level', value: pct, snoozeClass: `battery:${d.id}`, key: `battery:${d.id}`, latch: false };
  const spec: ConditionSpec =
    pct <= critical
      ? { ...base, kind: 'battery_critical', priority: 'medium', message: `${d.name}: battery almost empty (${Math.round(pct)} %)`, detail: { device_id: d.id, limit: critical } }
      : { ...base, kind: 'battery_low', priority: 'low', message: `${d.name}: battery ${Math.round(pct)} %`, detail: { device_id: d.id, limit: threshold } };
  return { spec, active: pct <= threshold, clear: pct >= threshold + 5 };
}

function trackBattery(ctx: RuleContext, subjectId: string, d: { id: string; name: string }, pct: number, threshold: number, at: number): void {
  const b = batterySpec(d, pct, threshold);
  ctx.track(subjectId, b.spec, { at, active: b.active, clear: b.clear });
  // Alerts raised before issue 15 kept low and critical apart.
  if (b.clear) for (const k of [`battery:${d.id}:low`, `battery:${d.id}:critical`]) ctx.resolve(subjectId, k, at);
}

/** Data from the device again: its silence ended (keys before issue 15 were split by level). */
function resolveSignal(ctx: RuleContext, subjectId: string, deviceId: string): void {
  for (const k of [`signal:${deviceId}`, `signal:${deviceId}:warn`, `signal:${deviceId}:urgent`]) ctx.resolve(subjectId, k);
}

/**
 * Paired devices: signal loss and battery.
 *
 * - `signal_loss` (evaluated on the timer): no data from a live device (BLE, serial,
 *   Wi-Fi, demo) for `signal_loss_warn_min` (default 15) is a medium-priority warning;
 *   for `signal_loss_urgent_min` (default 30) the same alert escalates to high priority
 *   (one silence, one alarm). A device never heard from raises nothing (it was never
 *   running); a device with `settings.signal_loss: false` is left out. Its condition ends
 *   as soon as any reading from the device arrives (latching: it stays open, saying so,
 *   until acknowledged).
 * - `battery_low` (low priority) at or below `battery_low_percent` (default 20 %) and
 *   `battery_critical` (medium) at or below half of it, from `battery_level` readings
 *   or the battery a device session reports (`devices.battery`); 5 points of hysteresis.
 */
export function deviceRule(): AlertRule {
  const deviceName = (ctx: RuleContext, id: string): string =>
    ctx.sql.prepare<[string], SqlRow<typeof devices>['name']>(`SELECT name FROM devices WHERE id = ?`).pluck().get(id) ?? 'Device';
  return {
    id: 'device',
    wantsHistory: true,
    onObservations(ctx, subjectId, rows) {
      const seen = new Set<string>();
      for (const r of rows) {
        if (r.device_id === null) continue;
        if (!seen.has(r.device_id)) {
          seen.add(r.device_id);
          resolveSignal(ctx, subjectId, r.device_id);
        }
        if (r.metric === 'battery_level' && r.t >= ctx.liveFrom) {
          const d = { id: r.device_id, name: deviceName(ctx, r.device_id) };
          const s = ctx.settings(subjectId);
          trackBattery(ctx, subjectId, d, r.value, s.battery_low_percent, r.t);
        }
      }
    },
    onTick(ctx) {
      const marks = LIVE_TRANSPORTS.map(() => '?').join(',');
      const devices = ctx.sql
        .prepare<string[], DeviceRow>(`SELECT id, subject_id, name, settings, last_seen_at, battery FROM devices WHERE transport IN (${marks})`)
        .all(...LIVE_TRANSPORTS);
      for (const d of devices) {
        const s = ctx.settings(d.subject_id);
        if (d.battery !== null) {
          trackBattery(ctx, d.subject_id, d, d.battery, s.battery_low_percent, ctx.now);
        }
        if (d.last_seen_at === null || optedOut(d.settings)) continue;
        const silentMin = (ctx.now - d.last_seen_at) / MIN;
        const warn = silentMin >= s.signal_loss_warn_min;
        const urgent = silentMin >= s.signal_loss_urgent_min;
        const message = `No data from ${d.name} for ${Math.floor(silentMin)} minutes`;
        const detail = { device_id: d.id, last_seen_at: new Date(d.last_seen_at).toISOString(), silent_min: Math.floor(silentMin) };
        const base = { snoozeClass: 'signal_loss', message, detail };
        // One silence, one alarm: the warning escalates in place to high at the urgent limit.
        if (warn) ctx.track(d.subject_id, { ...base, key: `signal:${d.id}`, kind: 'signal_loss', priority: urgent ? 'high' : 'medium' }, { at: ctx.now, active: true });
        else resolveSignal(ctx, d.subject_id, d.id);
      }
    },
  };
}
