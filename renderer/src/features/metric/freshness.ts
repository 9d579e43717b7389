/**
 * Whether a latest value is still current. Every screen that draws a person's latest
 * value (overview cards, dashboards, kiosk tiles, the baby screen) asks here, so an old
 * value never looks like a live one: past the person's stale limit it is drawn grey as
 * "last reading …", with no range colour, trend or target check.
 */
import { ago } from './format';

/**
 * Minutes, the default of `signal_loss_warn_min` (core/alerts/settings.ts): the same
 * silence after which the alert engine warns that a sensor stopped sending.
 */
export const DEFAULT_STALE_AFTER_MIN = 15;

/**
 * The person's stale limit in minutes: their signal-loss warning setting
 * (`settings.alerts.signal_loss_warn_min`, 1–1440, as the alert engine reads it), else
 * the default. A value older than this is no longer "now".
 */
export function staleAfterMin(subjectSettings: Record<string, unknown> | null | undefined): number {
  const alerts = subjectSettings?.alerts;
  const v = alerts && typeof alerts === 'object' ? (alerts as Record<string, unknown>).signal_loss_warn_min : undefined;
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 1440 ? v : DEFAULT_STALE_AFTER_MIN;
}

export interface Freshness {
  /** true: older than the limit; draw it grey, without range colour or check. */
  stale: boolean;
  /** "3 min ago" while current; "last reading 3693 days ago" once stale. */
  label: string;
}

/** How to label a reading taken at `t` (ISO or epoch ms), seen at `now`, with a stale limit in minutes. */
export function freshness(t: string | number, limitMin: number, now = Date.now()): Freshness {
  const ms = typeof t === 'number' ? t : Date.parse(t);
  const stale = !Number.isFinite(ms) || now - ms > limitMin * 60_000;
  const when = ago(new Date(Number.isFinite(ms) ? ms : 0).toISOString(), now);
  return { stale, label: stale ? `last reading ${when}` : when };
}
