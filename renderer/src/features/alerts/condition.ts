import type { Alert } from '../../../../api/schemas';

/**
 * "condition ended at 03:12" for a latched alert whose condition has ended (it stays open,
 * and a high one keeps sounding, until someone acknowledges it), in the viewer's local
 * time; null while the condition holds or once the alert is closed.
 */
export function conditionEndedText(a: Pick<Alert, 'condition_ended_at' | 'state'>): string | null {
  if (!a.condition_ended_at || a.state === 'resolved') return null;
  return `condition ended at ${new Date(a.condition_ended_at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}
