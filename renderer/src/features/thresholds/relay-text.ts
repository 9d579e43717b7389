import type { RelayDelivery } from '../../../../api/alerts';

/** How the relay's last delivery went, for people: what was sent, when, and if it failed why and whether it is tried again. */
export function deliveryText(d: RelayDelivery, time: (iso: string) => string = (iso) => new Date(iso).toLocaleTimeString()): string {
  const at = time(d.at);
  const what = d.event === 'relay.test' ? 'test message' : d.event.replace('alert.', 'alert ');
  if (d.ok) return `Last delivery ${at}: ${what} delivered${d.attempt > 1 ? ` on try ${d.attempt}` : ''}.`;
  const why = d.error ?? `the address answered ${d.status}`;
  return `Last delivery ${at}: ${what} failed (${why})${d.retry_at ? `; trying again at ${time(d.retry_at)}` : d.event === 'relay.test' ? '' : '; no more tries'}.`;
}

