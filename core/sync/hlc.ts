import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open';
import type { SqlRow } from '../../db/rows';
import type { syncHlc } from '../../db/schema';

/**
 * A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", OPODIS 2014; the
 * shape follows Actual Budget's packages/crdt timestamp: millis, counter, node; send on
 * a local write, recv on a remote one). Sync merges compare these instead of each
 * install's wall clock, so an edit made after seeing another install's edit is always
 * the later one, whatever either clock says.
 *
 * A timestamp is written as text that sorts in time order:
 * `<millis, 15 decimal digits>-<counter, 4 upper-case hex>-<node, 16 lower-case hex>`,
 * e.g. `001777622400000-0003-9f1c2b7a00d4e611`. Comparing two as strings compares
 * millis, then counter, then node (the tie-break every install applies the same way).
 * SQLite (migration 0017's triggers) and Postgres (core/sync/remote.ts) compare them
 * with plain `<`.
 */

/** The counter is 4 hex digits: 65 536 writes within one millisecond of one clock. */
export const MAX_COUNTER = 0xffff;
/**
 * How far ahead of this install's own clock a remote timestamp may be (ms): 24 hours.
 * Not Actual's 5 minutes: a laptop an hour (a daylight-saving slip) or several hours (a
 * wrong time zone) ahead is common among the people Tend serves, and refusing it would
 * stop that install syncing at all. Within the limit an ahead clock does no lasting harm
 * here: every install that sees its stamp moves its own clock up, so later edits still
 * win. Beyond it (a clock set to another year) accepting would drag every install's
 * clock far into the future for good, so the round is refused instead.
 */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

const FORMAT = /^(\d{15})-([0-9A-F]{4})-([0-9a-f]{16})$/;

export interface Timestamp {
  /** Epoch ms (the larger of the wall clocks that led to it). */
  millis: number;
  /** Writes within one `millis`, 0–MAX_COUNTER. */
  counter: number;
  /** The clock's node: 16 lower-case hex digits, one per install. */
  node: string;
}

export function formatTimestamp(t: Timestamp): string {
  return `${String(t.millis).padStart(15, '0')}-${t.counter.toString(16).toUpperCase().padStart(4, '0')}-${t.node}`;
}

/** The timestamp a text names, or null if it is not one. */
export function parseTimestamp(s: string): Timestamp | null {
  const m = FORMAT.exec(s);
  if (!m) return null;
  return { millis: Number(m[1]), counter: parseInt(m[2]!, 16), node: m[3]! };
}

/** A random node id (a fresh install, or a copied database given its own identity). */
export function newNode(): string {
  return randomBytes(8).toString('hex');
}

/** A remote timestamp too far ahead of this install's clock (MAX_DRIFT_MS). */
export class ClockDriftError extends Error {
  constructor(
    /** How far ahead of this install's clock, ms. */
    readonly aheadMs: number,
    /** What carried the timestamp, in words (an install, a table and row). */
    readonly source: string,
  ) {
    super(
      `${source} carries a time ${describeMs(aheadMs)} ahead of this install's clock (the limit is ${describeMs(MAX_DRIFT_MS)}): ` +
        'that install\'s clock is wrong, or this one\'s is. Nothing of this page was stored; fix the clock and sync again',
    );
  }
}

export class CounterOverflowError extends Error {
  constructor(millis: number) {
    super(`more than ${MAX_COUNTER + 1} changes stamped within one millisecond (${new Date(millis).toISOString()}): the hybrid logical clock's counter is full`);
  }
}

/** A duration in words for messages: minutes, hours or days. */
export function describeMs(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 120) return `${min} min`;
  const h = ms / 3_600_000;
  return h < 48 ? `${h.toFixed(1)} h` : `${(h / 24).toFixed(1)} days`;
}

/**
 * The clock itself, over a state the caller keeps (StoredClock keeps it in SQLite).
 * `physical` is the install's wall clock (core/clock.ts, so a test can skew it).
 */
export class HybridClock {
  constructor(
    private state: Timestamp,
    private readonly physical: () => number,
    private readonly maxDrift = MAX_DRIFT_MS,
  ) {}

  get current(): Timestamp {
    return { ...this.state };
  }

  /** A timestamp for a local write: later than every timestamp this clock has sent or received. */
  send(): Timestamp {
    const phys = this.physical();
    const millis = Math.max(this.state.millis, phys);
    const counter = millis === this.state.millis ? this.state.counter + 1 : 0;
    if (counter > MAX_COUNTER) throw new CounterOverflowError(millis);
    this.state = { millis, counter, node: this.state.node };
    return this.current;
  }

  /**
   * Moves this clock past a remote timestamp, so what this install writes next is later
   * than it. Refuses one more than `maxDrift` ahead of the wall clock (ClockDriftError,
   * naming `source`), leaving the clock as it was.
   */
  recv(remote: Timestamp, source: string): void {
    const phys = this.physical();
    if (remote.millis - phys > this.maxDrift) throw new ClockDriftError(remote.millis - phys, source);
    const { millis: lOld, counter: cOld } = this.state;
    const millis = Math.max(lOld, phys, remote.millis);
    const counter =
      millis === lOld && millis === remote.millis ? Math.max(cOld, remote.counter) + 1
      : millis === lOld ? cOld + 1
      : millis === remote.millis ? remote.counter + 1
      : 0;
    if (counter > MAX_COUNTER) throw new CounterOverflowError(millis);
    this.state = { millis, counter, node: this.state.node };
  }

  /** Checks a remote timestamp against the drift limit without moving the clock. */
  check(remote: Timestamp, source: string): void {
    const ahead = remote.millis - this.physical();
    if (ahead > this.maxDrift) throw new ClockDriftError(ahead, source);
  }
}

/**
 * This install's clock as stored in its database (`sync_hlc`, migration 0017), where the
 * triggers that stamp local writes read and advance it too. Load, use and save inside one
 * transaction.
 */
export class StoredClock {
  constructor(private readonly db: Db) {}

  load(physical: () => number): HybridClock {
    const row = this.db.$client.prepare<[], Pick<SqlRow<typeof syncHlc>, 'millis' | 'counter' | 'node'>>(`SELECT millis, counter, node FROM sync_hlc WHERE id = 1`).get()!;
    return new HybridClock(row, physical);
  }

  save(clock: HybridClock): void {
    const s = clock.current;
    this.db.$client.prepare(`UPDATE sync_hlc SET millis = ?, counter = ? WHERE id = 1`).run(s.millis, s.counter);
  }

  node(): string {
    return this.db.$client.prepare<[], SqlRow<typeof syncHlc>['node']>(`SELECT node FROM sync_hlc WHERE id = 1`).pluck().get()!;
  }

  /** A copied database becomes its own install: its clock gets its own node. */
  renewNode(): void {
    this.db.$client.prepare(`UPDATE sync_hlc SET node = ? WHERE id = 1`).run(newNode());
  }
}
