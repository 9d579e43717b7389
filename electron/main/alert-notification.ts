import { describeTier, reaches, type AlertEscalation } from '../../api/alerts';
import type { ServerEvent } from '../../api/procedures';

/** What the desktop shows the OS (Electron's `Notification` options), or null for nothing. */
export interface OsNotice {
  title: string;
  body: string;
  urgency: 'critical' | 'normal';
}

/**
 * The OS notification an alert event makes on the desktop of `userId`, or null. Raised,
 * re-announced and escalated alerts reach the OS so they are heard with the window hidden.
 * With escalation tiers only the users the alarm has reached are notified, as only their
 * screens sound (api/alerts.ts `reaches`); a tier reached notifies the people it brought in.
 * Kept free of electron so it is tested in Node.
 */
export function alertNotice(ev: ServerEvent, userId: string): OsNotice | null {
  const tier = ev.type === 'alert.updated' && ev.change === 'tier';
  const escalated = ev.type === 'alert.updated' && ev.change === 'escalated';
  if (ev.type !== 'alert.raised' && ev.type !== 'alert.reannounced' && !escalated && !tier) return null;
  const alert = ev.alert as typeof ev.alert & { escalation?: AlertEscalation };
  if (!reaches(alert, userId)) return null;
  // Earlier tiers were told already: a tier move is news only for whom it brings in (and for
  // everyone when the person's tiers were removed, so the alarm sounds for all again).
  if (tier && alert.escalation && !alert.escalation.to.some((u) => u.id === userId)) return null;
  const again = ev.type === 'alert.reannounced' ? ' (still not acknowledged)' : escalated ? ' (escalated)' : tier ? ' (nobody has acknowledged it)' : '';
  const body = alert.message || alert.kind;
  return {
    title: `Tend: ${alert.priority} alert${again}`,
    body: alert.escalation ? `${body} — ${describeTier(alert.escalation)}` : body,
    urgency: alert.priority === 'high' ? 'critical' : 'normal',
  };
}
