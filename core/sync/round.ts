import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/open';
import { iso } from '../clock';
import type { Core } from '../core-types';
import { Kv } from '../kv';
import { PulledRows, type Rejected } from './apply';
import { restampAhead } from './restamp';
import { describeMs, formatTimestamp, MAX_DRIFT_MS, parseTimestamp, StoredClock, type Timestamp } from './hlc';
import { Outbox } from './outbox';
import { ENTITIES, Remote, type Batch, type Entity, type Pulled } from './remote';
import { redactUrl } from './remote-url';

/**
 * One sync round (contract section 6): push what this install wrote since the last
 * round, then pull what other installs wrote. Local SQLite stays the source of truth:
 *   - push: outbox entries are removed only after the remote has committed their rows,
 *     so a round cut short (network, crash) re-sends them next time, and the remote
 *     ignores what it already has;
 *   - pull: pages are applied locally together with the cursor that says how far this
 *     install has read, in one SQLite transaction, so a cut leaves either both or neither.
 * Re-running a round therefore changes nothing. Which edit wins goes by hybrid logical
 * clock (core/sync/hlc.ts): each pulled page moves this install's clock past the stamps it
 * carries, so whatever is edited here afterwards is later, whatever the wall clocks say.
 * A page carrying a stamp too far ahead of this install's clock (MAX_DRIFT_MS) fails the
 * round before any of it is stored (core/sync/README.md).
 */

export const PAGE = 5000;
/**
 * Outbox entries pushed per transaction. Each push transaction costs a few round trips, a
 * commit and a pause while its first readings are read, whatever its size; at 5,000 rows
 * that was a fifth of a large push on a busy machine (issue #18). A page's readings are
 * read as they are sent (outbox.ts `readings`), so its size costs no memory beyond its
 * other rows; 100,000 readings hold the lock for about a second on an idle machine.
 */
export const PUSH_PAGE = 100_000;
const INSTALL_KEY = 'sync.install_id';
const cursorKey = (remoteId: string): string => `sync.cursor:${remoteId}`;
const tokenKey = (remoteId: string): string => `sync.token:${remoteId}`;
const pendingKey = (remoteId: string): string => `sync.token_pending:${remoteId}`;
const lastKey = 'sync.last_round';
const errorKey = 'sync.last_error';

/** The last round that failed since the last that succeeded (from the CLI or the hub). */
export interface SyncFailure {
  at: string;
  remote: string;
  message: string;
  /** When this run of failures began (the first failed round since the last success). */
  since?: string;
}

export type Counts = Record<Entity, number>;
export interface SyncReport {
  remote: string;
  remote_id: string;
  install_id: string;
  started_at: string;
  finished_at: string;
  /** Rows sent; `pushed_new` of them changed the remote (the rest it already had). */
  pushed: Counts;
  pushed_new: Counts;
  /** Rows from other installs stored or updated here. */
  pulled: Counts;
  /** Pulled rows for subjects deleted on this install. */
  skipped: number;
  /** Pulled rows this build could not read, not stored (first 100). */
  rejected: Rejected[];
  rejected_count: number;
}

export interface SyncDeps {
  core: Core;
  /** Owner of subjects first seen through sync. */
  ownerId: string;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

const zero = (): Counts => ({ subjects: 0, thresholds: 0, events: 0, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });

/** This install's id on every remote: made once, kept in the database. */
export function installId(kv: Kv): string {
  let id = kv.get(INSTALL_KEY);
  if (!id) {
    id = uuidv7();
    kv.set(INSTALL_KEY, id);
  }
  return id;
}

/**
 * Gives this database a new install id, for a copy of another install's database
 * (CopiedInstallError): it then syncs as an install of its own, pulling everything from
 * the start (rows it already holds are skipped by id) and pushing what it has.
 */
/** Gives a copied database an install id (and clock node) of its own, forgetting the copied one's cursors. */
export function newInstallId(core: Core): string {
  const kv = core.kv;
  new StoredClock(core.deps.db).renewNode();
  kv.delete(INSTALL_KEY);
  for (const prefix of ['sync.cursor:', 'sync.token:', 'sync.token_pending:']) kv.deletePrefix(prefix);
  return installId(kv);
}

export function lastRound(kv: Kv): SyncReport | null {
  return kv.getJson<SyncReport>(lastKey);
}

export function lastFailure(kv: Kv): SyncFailure | null {
  return kv.getJson<SyncFailure>(errorKey);
}

export async function syncRound(url: string, s: SyncDeps): Promise<SyncReport> {
  const deps = s.core.deps;
  const kv = new Kv(deps.db, () => deps.clock.now());
  try {
    const report = await round(url, s, kv);
    kv.delete(errorKey);
    return report;
  } catch (e) {
    const err = e as Error & { code?: string };
    const at = iso(deps.clock.now());
    const before = lastFailure(kv);
    const failure: SyncFailure = { at, remote: redactUrl(url), message: err.message || err.code || String(e), since: before?.since ?? before?.at ?? at };
    kv.setJson(errorKey, failure);
    throw e;
  }
}

async function round(url: string, s: SyncDeps, kv: Kv): Promise<SyncReport> {
  const deps = s.core.deps;
  const log = s.log ?? (() => undefined);
  const outbox = new Outbox(deps.db);
  const me = installId(kv);
  const startedAt = deps.clock.now();
  const remote = await Remote.open(url, { id: me, version: deps.version, now: startedAt });
  try {
    await checkClock(remote, deps.db, () => deps.clock.now(), log);
    await remote.claim(me, {
      read: () => ({ current: kv.get(tokenKey(remote.id)) ?? null, pending: kv.get(pendingKey(remote.id)) ?? null }),
      pend: (t) => kv.set(pendingKey(remote.id), t),
      settle: (t) => {
        kv.set(tokenKey(remote.id), t);
        kv.delete(pendingKey(remote.id));
      },
    });
  } catch (e) {
    await remote.close();
    throw e;
  }
  const report: SyncReport = {
    remote: redactUrl(url),
    remote_id: remote.id,
    install_id: me,
    started_at: iso(startedAt),
    finished_at: '',
    pushed: zero(),
    pushed_new: zero(),
    pulled: zero(),
    skipped: 0,
    rejected: [],
    rejected_count: 0,
  };
  try {
    // Push.
    outbox.enable();
    const waiting = outbox.pending();
    if (waiting) log(`pushing ${waiting} changes`);
    // A committed page's entries are removed while the next page's first readings are in
    // Postgres (`meanwhile`), not between the pages: on a large push that removal was as
    // long as a page's round trips, with Postgres idle. Until then the next page starts
    // after them; a round that stops first removes them as it ends, and one that crashes
    // sends them again, which the remote ignores.
    let committed: number | null = null;
    const settle = (): void => {
      if (committed === null) return;
      outbox.ack(committed);
      committed = null;
    };
    try {
      for (let after = -1, page = outbox.page(PUSH_PAGE, { meanwhile: settle }); page; page = outbox.page(PUSH_PAGE, { after, meanwhile: settle })) {
        const changed = await remote.push(me, page.batch);
        settle();
        committed = after = page.lastSeq;
        for (const e of ENTITIES) {
          report.pushed[e] += page.batch[e].length;
          report.pushed_new[e] += changed[e];
        }
        report.pushed.observations += page.batch.readings?.count ?? 0;
        report.pushed.events += page.batch.event_deletions.length;
      }
    } finally {
      settle();
    }

    // Pull, in dependency order (thresholds, events and observations need their subject), from one snapshot.
    const rows = new PulledRows(deps, s.core.observations, s.core.alerts.store, s.ownerId);
    const hlc = new StoredClock(deps.db);
    const cursors: Counts = { ...zero(), ...(kv.getJson<Partial<Counts>>(cursorKey(remote.id)) ?? {}) };
    await remote.beginPull();
    try {
      for (const entity of ENTITIES) {
        for (;;) {
          const page = await remote.page(entity, me, cursors[entity], PAGE);
          if (page.length === 0) break;
          const res = outbox.withoutEcho(() => {
            receiveStamps(hlc, () => deps.clock.now(), entity, page);
            const r =
              entity === 'subjects' ? rows.subjects(page as Batch['subjects'])
              : entity === 'thresholds' ? rows.thresholds(page as Batch['thresholds'])
              : entity === 'events' ? rows.events(page as Batch['events'])
              : entity === 'alerts' ? rows.alerts(page as Batch['alerts'])
              : entity === 'tremor_minutes' ? rows.tremorMinutes(page as Batch['tremor_minutes'])
              : entity === 'cry_episodes' ? rows.cryEpisodes(page as Batch['cry_episodes'])
              : rows.observations(page as Batch['observations']);
            cursors[entity] = page[page.length - 1]!.seq;
            kv.setJson(cursorKey(remote.id), cursors);
            return r;
          });
          for (const ev of res.publish ?? []) deps.bus.publish(ev);
          report.pulled[entity] += res.applied;
          report.skipped += res.skipped;
          report.rejected_count += res.rejected.length;
          for (const x of res.rejected) if (report.rejected.length < 100) report.rejected.push(x);
          log(`pulled ${report.pulled[entity]} ${entity}`);
          if (page.length < PAGE) break;
        }
      }
    } finally {
      await remote.endPull().catch(() => undefined);
    }
  } finally {
    await remote.close();
  }
  report.finished_at = iso(deps.clock.now());
  kv.setJson(lastKey, report);
  return report;
}

/**
 * Refuses the round, before anything moves, while this install's wall clock is more than
 * MAX_DRIFT_MS ahead of the remote server's: its stamps would be refused by every other
 * install, and would drag their clocks forward if they were not. Once the clock is right,
 * stamps made while it was not are taken back (restamp.ts) before anything is pushed.
 * The server's clock is the one all installs share; a server whose clock is wrong would
 * refuse every install alike, which its administrator notices at once.
 */
async function checkClock(remote: Remote, db: Db, wall: () => number, log: (line: string) => void): Promise<void> {
  const store = new StoredClock(db);
  const server = await remote.serverNow();
  const now = wall();
  if (now - server > MAX_DRIFT_MS) throw new FastClockError(now - server);
  // The clock is right again, but changes made while it was not carry stamps far ahead.
  if (store.load(wall).current.millis - server > MAX_DRIFT_MS) {
    const n = restampAhead(db, now, server + MAX_DRIFT_MS);
    log(`${n} changes made while this install's clock was ahead were stamped again as of now`);
  }
}

/** This install's clock is too far ahead of the remote server's to sync (MAX_DRIFT_MS). */
export class FastClockError extends Error {
  constructor(readonly aheadMs: number) {
    super(
      `this install's clock is ${describeMs(aheadMs)} ahead of the sync database server's (the limit is ${describeMs(MAX_DRIFT_MS)}): ` +
        'set this machine\'s date and time right, then sync again. Nothing was sent or received; changes stay queued',
    );
  }
}

/** The hybrid logical clock stamps a pulled row carries (those of a person: its creation's and each field's). */
function stampsOf(entity: Entity, row: Record<string, unknown>): string[] {
  const one = typeof row.hlc === 'string' ? [row.hlc] : [];
  if (entity !== 'subjects') return one;
  try {
    const fields: unknown = JSON.parse(String(row.field_hlc));
    if (typeof fields === 'object' && fields !== null) return [...one, ...Object.values(fields).filter((v): v is string => typeof v === 'string')];
  } catch {
    /* a damaged row: apply rejects it, naming the field */
  }
  return one;
}

/**
 * Moves this install's clock past every stamp on a pulled page (inside the page's
 * transaction), refusing the page if any is too far ahead of this install's wall clock:
 * the ClockDriftError names the install and row, the transaction stores nothing, and the
 * round fails, which sync status reports until a round succeeds.
 */
function receiveStamps(store: StoredClock, wall: () => number, entity: Entity, page: Array<Pulled<Batch[Entity][number]>>): void {
  const clock = store.load(wall);
  let latest: Timestamp | null = null;
  for (const row of page) {
    const r = row as unknown as Record<string, unknown>;
    for (const text of stampsOf(entity, r)) {
      const ts = parseTimestamp(text);
      if (!ts) continue;
      const id =
        entity === 'thresholds' ? `thresholds of person ${String(r.subject_id)}`
        : entity === 'tremor_minutes' ? `tremor minute ${new Date(Number(r.t)).toISOString()} of person ${String(r.subject_id)}`
        : `${entity} row ${String(r.id)}`;
      clock.check(ts, `install ${row.origin} (${id}, stamped ${formatTimestamp(ts)})`);
      if (!latest || formatTimestamp(ts) > formatTimestamp(latest)) latest = ts;
    }
  }
  // One receive per page: the latest stamp is past all the others.
  if (latest) clock.recv(latest, `install ${page[0]!.origin}`);
  store.save(clock);
}
