import { v7 as uuidv7 } from 'uuid';
import { notFound } from '../../api/errors';
import type { Event, EventType } from '../../api/schemas';
import { iso } from '../clock';
import { cleanEventData, cleanEventTime } from './event-checks';
import type { CoreDeps } from '../context';
import { Outbox } from '../sync/outbox';
import { audit } from './subjects';
import type { SqlRow } from '../../db/rows';
import type { events } from '../../db/schema';

type EventRow = Pick<SqlRow<typeof events>, 'id' | 'subject_id' | 'type' | 't' | 'data'>;
const toEvent = (r: EventRow): Event => ({ id: r.id, subject_id: r.subject_id, type: r.type, t: iso(r.t), data: JSON.parse(r.data) as Record<string, unknown> });

/** Meals, insulin, activity, medication, notes, check-ins: typed `data` per type. */
export class EventStore {
  constructor(private readonly deps: CoreDeps) {}

  /** Validates `data` against its type's schema; throws 400 naming the field. */
  clean(type: EventType, data: unknown): Record<string, unknown> {
    return cleanEventData(type, data);
  }

  /**
   * The event's time in ms, or 400 naming `t`: an impossible calendar date (2026-02-30), a
   * time before 1990 or more than a day ahead of this install's clock (insulin dated
   * 9999-12-31) is a typo or a wrong clock, never stored.
   */
  cleanTime(t: string): number {
    return cleanEventTime(t, this.deps.clock.now());
  }

  /**
   * Inserts (idempotent on the subject's id: a retry adds nothing and answers with what is
   * stored). The same id on another subject is that subject's record, never read here.
   * Returns the stored event and whether it was new.
   */
  write(subjectId: string, e: { id?: string | undefined; type: EventType; t: string; data: unknown }, userId: string | null): { event: Event; created: boolean } {
    const data = this.clean(e.type, e.data);
    const t = this.cleanTime(e.t);
    const id = e.id ?? uuidv7();
    const c = this.deps.db.$client;
    const info = c
      .prepare(`INSERT INTO events (id, subject_id, type, t, data, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(subject_id, id) DO NOTHING`)
      .run(id, subjectId, e.type, t, JSON.stringify(data), userId, this.deps.clock.now());
    if (info.changes) audit(this.deps, userId, 'event.create', subjectId, { id, type: e.type });
    const row = c.prepare<[string, string], EventRow>(`SELECT * FROM events WHERE subject_id = ? AND id = ?`).get(subjectId, id)!;
    return { event: toEvent(row), created: info.changes > 0 };
  }

  /**
   * Removes one event of this subject (a meal logged by mistake, a dose entered twice);
   * must run inside the caller's transaction. Once this install syncs, the deletion
   * travels (core/sync/outbox.ts). 404 names an event this subject does not have.
   */
  remove(subjectId: string, id: string, type?: EventType): void {
    const c = this.deps.db.$client;
    const info = c.prepare(`DELETE FROM events WHERE id = ? AND subject_id = ? AND (? IS NULL OR type = ?)`).run(id, subjectId, type ?? null, type ?? null);
    if (info.changes === 0) throw notFound(`no ${type === 'medication' ? 'dose' : 'event'} ${id}`);
    new Outbox(this.deps.db).queueEventDeletion(subjectId, id, this.deps.clock.now());
  }

  list(subjectId: string, q: { type?: EventType | undefined; from?: string | undefined; to?: string | undefined; limit: number }): Event[] {
    const rows = this.deps.db.$client
      .prepare<[string, EventType | null, EventType | null, number, number, number], EventRow>(
        `SELECT * FROM events WHERE subject_id = ? AND (? IS NULL OR type = ?) AND t >= ? AND t < ? ORDER BY t DESC, id DESC LIMIT ?`,
      )
      .all(subjectId, q.type ?? null, q.type ?? null, q.from ? Date.parse(q.from) : 0, q.to ? Date.parse(q.to) : Number.MAX_SAFE_INTEGER, q.limit);
    return rows.map(toEvent);
  }
}
