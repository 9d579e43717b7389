import { badRequest } from '../../api/errors';
import { EARLIEST_RECORD_MS, FUTURE_SLACK_MS, parseIsoStrict } from '../../api/observations';
import { EventData, type EventType } from '../../api/schemas';

/**
 * An event's checks with nothing of the store in them, so the background thread can run
 * them over an import's events before any is written (EventStore.clean and cleanTime).
 */

/** Validates `data` against its type's schema; throws 400 naming the field. */
export function cleanEventData(type: EventType, data: unknown): Record<string, unknown> {
  const parsed = EventData[type].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = ['data', ...issue.path].join('.');
    throw badRequest(`${type} event: ${path}: ${issue.message}`, path);
  }
  return parsed.data as Record<string, unknown>;
}

/**
 * The event's time in ms, or 400 naming `t`: an impossible calendar date (2026-02-30), a
 * time before 1990 or more than a day ahead of `now` (insulin dated 9999-12-31) is a typo
 * or a wrong clock, never stored.
 */
export function cleanEventTime(t: string, now: number): number {
  const ms = parseIsoStrict(t);
  if (Number.isNaN(ms)) throw badRequest(`t: ${t} is not an ISO 8601 time with an offset, e.g. 2026-01-02T03:04:05Z`, 't');
  if (ms < EARLIEST_RECORD_MS || ms > now + FUTURE_SLACK_MS) {
    throw badRequest(`t: ${t} is not plausible (before 1990 or more than a day ahead)`, 't');
  }
  return ms;
}
