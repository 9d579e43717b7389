import type { Alert } from '../../../../api/schemas';
import { fmtTime } from '../../app/time-format';

/**
 * "condition ended at 03:12" for a latched alert whose condition has ended (it stays open,
 * and a high one keeps sounding, until someone acknowledges it), in the viewer's local
 * time; null while the condition holds or once the alert is closed.
 */
export function conditionEndedText(a: Pick<Alert, 'condition_ended_at' | 'state'>): string | null {
  if (!a.condition_ended_at || a.state === 'resolved') return null;
  return `condition ended at ${fmtTime(a.condition_ended_at)}`;
}
