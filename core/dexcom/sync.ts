/**
 * Incremental sync from the Dexcom API v3 into Tend.
 *
 * Dexcom's data arrive 1–3 hours late (the phone app or receiver uploads in batches,
 * and Dexcom releases data to partner apps with a delay), so what this brings in fills
 * history, the AGP and reports; it never feeds live alerts. Live values come from a
 * sensor connected directly. The UI says so next to the Dexcom connection.
 *
 * How a pass works, per record kind (EGVs, calibrations, events, alerts):
 * 1. `dataRange` says which times hold data; with the `lastSyncTime` of the previous
 *    complete pass, only data uploaded since then (Dexcom: "the last time a consumer of
 *    the API pulled data"). Alerts have no entry in `dataRange`: they follow the EGVs.
 * 2. The walk runs from the resume point (or the earliest new record, whichever is
 *    earlier: a late upload can land before what was already synced) to the latest
 *    record, in windows of at most 30 days (Dexcom's limit per request).
 * 3. After each window is delivered to the sinks, the cursor moves to the window's end
 *    and is stored, so a crash or a restart resumes at the first window not delivered:
 *    nothing is fetched twice and nothing is skipped.
 * Each window keeps only records whose `systemTime` lies in `[start, end)`, so a record
 * exactly on a boundary is delivered once even if Dexcom treats both ends as inclusive.
 * Ids are derived from Dexcom's `recordId`, so re-delivery (overlap after a late upload)
 * is recognised as a duplicate by the store.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { toCanonical } from '../../api/metrics';
import type { ObservationInput, ObservationSink } from '../../api/observations';
import { MAX_BATCH } from '../../api/schemas';
import type { EventInput } from '../../api/schemas';
import { logger } from '../logger';
import { DexcomClient, DexcomError } from './client';
import type { DexcomClientOptions } from './client';
import { TokenManager } from './oauth';
import { loadCredentials } from './token-store';
import type { SecretStore } from './token-store';
import type { AlertRecord, CalibrationRecord, DataRangeResponse, DataRangeWindow, DeviceRecord, EgvRecord, EventRecord } from './schemas';
import { SECOND_MS, chunkWindow, parseDexcomTime } from './time';
import type { TimeWindow } from './time';

const log = logger('dexcom-sync');

export type DexcomRecordKind = 'egvs' | 'calibrations' | 'events' | 'alerts';
export const DEXCOM_RECORD_KINDS: readonly DexcomRecordKind[] = ['egvs', 'calibrations', 'events', 'alerts'];

/** Where one record kind stands. All times ISO 8601 UTC (`…Z`). */
export interface DexcomSyncCursor {
  /** Records with `systemTime` before this have been delivered (resume point). */
  syncedUntil: string | null;
  /** End of the walk in progress; null when none is in progress. */
  walkTo: string | null;
  /** When the last complete pass began: sent as `dataRange`'s `lastSyncTime` next time. */
  lastSyncTime: string | null;
}

/** Persists cursors per record kind. The lead backs it with SQLite; `JsonFileSyncState` and `MemorySyncState` are here too. */
export interface DexcomSyncState {
  get(kind: DexcomRecordKind): Promise<DexcomSyncCursor | null>;
  set(kind: DexcomRecordKind, cursor: DexcomSyncCursor): Promise<void>;
}

/** A Tend event as the events service takes it (`{id?, type, t, data}`, contract §2). */
export type TendEventInput = z.input<typeof EventInput>;

/** Where mapped events go (meals, insulin, activity, notes, calibrations). The core's events service implements it. */
export interface EventSink {
  ingestEvents(subjectId: string, items: TendEventInput[]): Promise<{ accepted: number; duplicates: number }>;
}

/** Counts for one record kind in one pass. */
export interface KindReport {
  /** Windows fetched (each a request that succeeded). */
  windows: TimeWindow[];
  /** Records Dexcom returned inside the windows. */
  received: number;
  /** Records handed to a sink. */
  delivered: number;
  accepted: number;
  duplicates: number;
  /** Records not mapped (no value, unknown unit, deleted event), by reason. */
  skipped: Record<string, number>;
  /**
   * Records Dexcom returned outside `[start, end)`, ignored here: a record exactly on
   * the end bound belongs to (and is delivered with) the next window.
   */
  outside: number;
}

export interface DexcomSyncResult {
  userId: string | null;
  kinds: Record<DexcomRecordKind, KindReport>;
  /** The receivers and apps that contributed data, as Dexcom describes them. */
  devices: DeviceRecord[];
}

export interface DexcomSyncOptions {
  client: DexcomClient;
  subjectId: string;
  state: DexcomSyncState;
  observations: ObservationSink;
  events: EventSink;
  /** Tend device id to stamp on observations (the subject's "Dexcom" device), if any. */
  deviceId?: string;
  /** Record kinds to sync; default all four. */
  kinds?: readonly DexcomRecordKind[];
  now?: () => number;
  /** Also fetch `/devices` (default true). */
  devices?: boolean;
  signal?: AbortSignal;
  /** Called after each window is delivered and its cursor stored. */
  onProgress?: (p: { kind: DexcomRecordKind; window: TimeWindow; index: number; of: number; delivered: number }) => void;
}

/**
 * `lastSyncTime` is sent this much earlier than the previous pass began, to cover clock
 * skew and uploads in flight while that pass ran. Re-delivered records are duplicates
 * the store recognises.
 */
export const LAST_SYNC_MARGIN_MS = 60 * 60 * 1000;

const iso = (ms: number) => new Date(ms).toISOString();

function emptyReport(): KindReport {
  return { windows: [], received: 0, delivered: 0, accepted: 0, duplicates: 0, skipped: {}, outside: 0 };
}

/** Start and end `systemTime` of one kind in a `dataRange` answer, or null when it holds none. */
export function rangeOf(r: DataRangeResponse, kind: DexcomRecordKind): TimeWindow | null {
  const w: DataRangeWindow | null | undefined = kind === 'calibrations' ? r.calibrations : kind === 'events' ? r.events : r.egvs;
  const s = w?.start.systemTime ?? null;
  const e = w?.end.systemTime ?? null;
  if (s === null || e === null) return null;
  return { start: parseDexcomTime(s), end: parseDexcomTime(e) };
}

/**
 * Decides the walk for one kind: `[from, to)` or null when nothing is to fetch.
 * Exported for tests: the rules are the heart of "resume without duplicates".
 */
export function planWalk(cursor: DexcomSyncCursor | null, range: TimeWindow | null): TimeWindow | null {
  const synced = cursor?.syncedUntil ? Date.parse(cursor.syncedUntil) : null;
  const walkTo = cursor?.walkTo ? Date.parse(cursor.walkTo) : null;
  // `end` is the latest record's time; +1 s makes it fall inside the half-open walk.
  const rangeTo = range ? range.end + SECOND_MS : null;
  if (walkTo !== null && synced !== null && synced < walkTo) {
    // A walk was interrupted: resume exactly where it stopped, and extend it if more arrived.
    return { start: synced, end: Math.max(walkTo, rangeTo ?? walkTo) };
  }
  if (range === null || rangeTo === null) return null;
  const from = synced === null ? range.start : Math.min(synced, range.start);
  return rangeTo > from ? { start: from, end: rangeTo } : null;
}

/**
 * A client for the account whose credentials and tokens are in `store`: the region
 * comes from the stored credentials, tokens from a `TokenManager` over the same store.
 */
export async function dexcomClientFromStore(
  store: SecretStore,
  opts: Omit<DexcomClientOptions, 'tokens' | 'region'> = {},
): Promise<DexcomClient> {
  const credentials = await loadCredentials(store);
  if (!credentials) throw new DexcomError('bad_request', 'enter your Dexcom developer client id and secret in settings first', { field: 'clientId' });
  const tokens = new TokenManager({
    store,
    ...(opts.baseUrl !== undefined ? { baseUrl: opts.baseUrl } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  return new DexcomClient({ ...opts, region: credentials.region, tokens });
}

/** Runs one sync pass. Throws (after storing progress) on the first failure; call again to resume. */
export async function syncDexcom(opts: DexcomSyncOptions): Promise<DexcomSyncResult> {
  const now = opts.now ?? Date.now;
  const kinds = opts.kinds ?? DEXCOM_RECORD_KINDS;
  const passStart = now();
  const result: DexcomSyncResult = {
    userId: null,
    kinds: { egvs: emptyReport(), calibrations: emptyReport(), events: emptyReport(), alerts: emptyReport() },
    devices: [],
  };
  const callOpts = opts.signal ? { signal: opts.signal } : {};

  const cursors = new Map<DexcomRecordKind, DexcomSyncCursor | null>();
  for (const k of kinds) cursors.set(k, await opts.state.get(k));

  // One dataRange call per distinct lastSyncTime (normally one for all kinds).
  const ranges = new Map<string, Promise<DataRangeResponse>>();
  const rangeFor = (c: DexcomSyncCursor | null) => {
    const key = c?.lastSyncTime ?? '';
    let p = ranges.get(key);
    if (!p) {
      const since = c?.lastSyncTime ? Date.parse(c.lastSyncTime) - LAST_SYNC_MARGIN_MS : undefined;
      p = opts.client.dataRange(since, callOpts);
      ranges.set(key, p);
    }
    return p;
  };

  for (const kind of kinds) {
    const cursor = cursors.get(kind) ?? null;
    const dr = await rangeFor(cursor);
    result.userId ??= dr.userId;
    const plan = planWalk(cursor, rangeOf(dr, kind));
    const lastSyncTime = cursor?.lastSyncTime ?? null;
    if (plan === null) {
      await opts.state.set(kind, { syncedUntil: cursor?.syncedUntil ?? null, walkTo: null, lastSyncTime: iso(passStart) });
      continue;
    }
    const windows = chunkWindow(plan.start, plan.end);
    const walkTo = iso(windows[windows.length - 1].end);
    await opts.state.set(kind, { syncedUntil: iso(windows[0].start), walkTo, lastSyncTime });
    log.info('walking', { kind, from: iso(windows[0].start), to: walkTo, windows: windows.length });
    const report = result.kinds[kind];
    for (let i = 0; i < windows.length; i++) {
      if (opts.signal?.aborted) throw new DexcomError('aborted', 'Dexcom sync cancelled');
      const w = windows[i];
      const delivered = await syncWindow(opts, kind, w, report, callOpts);
      report.windows.push(w);
      await opts.state.set(kind, { syncedUntil: iso(w.end), walkTo, lastSyncTime });
      opts.onProgress?.({ kind, window: w, index: i, of: windows.length, delivered });
    }
    await opts.state.set(kind, { syncedUntil: walkTo, walkTo: null, lastSyncTime: iso(passStart) });
  }

  if (opts.devices ?? true) result.devices = (await opts.client.devices(callOpts)).records;
  return result;
}

async function syncWindow(
  opts: DexcomSyncOptions,
  kind: DexcomRecordKind,
  w: TimeWindow,
  report: KindReport,
  callOpts: { signal?: AbortSignal },
): Promise<number> {
  const inside = <T extends { systemTime: string }>(records: T[]): T[] => {
    const kept = records.filter((r) => {
      const t = parseDexcomTime(r.systemTime);
      return t >= w.start && t < w.end;
    });
    report.outside += records.length - kept.length;
    report.received += kept.length;
    return kept;
  };
  const skip = (reason: string) => {
    report.skipped[reason] = (report.skipped[reason] ?? 0) + 1;
  };
  const tally = (r: { accepted: number; duplicates: number }, n: number) => {
    report.accepted += r.accepted;
    report.duplicates += r.duplicates;
    report.delivered += n;
  };

  switch (kind) {
    case 'egvs': {
      const recs = inside((await opts.client.egvs(w, callOpts)).records);
      const items: ObservationInput[] = [];
      for (const r of recs) {
        const m = egvToObservation(r, opts.deviceId);
        if ('skip' in m) skip(m.skip);
        else items.push(m.observation);
      }
      for (let i = 0; i < items.length; i += MAX_BATCH) {
        const batch = items.slice(i, i + MAX_BATCH);
        tally(await opts.observations.ingest(opts.subjectId, batch), batch.length);
      }
      return items.length;
    }
    case 'calibrations':
    case 'events':
    case 'alerts': {
      const items: TendEventInput[] = [];
      const add = (m: { event: TendEventInput } | { skip: string }) => {
        if ('skip' in m) skip(m.skip);
        else items.push(m.event);
      };
      if (kind === 'calibrations') for (const r of inside((await opts.client.calibrations(w, callOpts)).records)) add(calibrationToEvent(r));
      else if (kind === 'events') for (const r of inside((await opts.client.events(w, callOpts)).records)) add(eventToEvent(r));
      else for (const r of inside((await opts.client.alerts(w, callOpts)).records)) add(alertToEvent(r));
      for (let i = 0; i < items.length; i += MAX_BATCH) {
        const batch = items.slice(i, i + MAX_BATCH);
        tally(await opts.events.ingestEvents(opts.subjectId, batch), batch.length);
      }
      return items.length;
    }
    default: {
      const never: never = kind;
      throw new Error(`unknown record kind ${String(never)}`);
    }
  }
}

// ---------------------------------------------------------------- mapping (pure)

const MAX_ID = 64; // ObservationInput.id / EventInput.id: at most 64 characters.

/**
 * A stable Tend id for a Dexcom record: `dexcom:<kind>:<recordId>` (Dexcom's ids are
 * UUIDs, so this fits in 64 characters); a longer recordId is replaced by its SHA-256.
 */
export function dexcomId(kind: 'egv' | 'cal' | 'event' | 'alert', recordId: string): string {
  const plain = `dexcom:${kind}:${recordId}`;
  if (plain.length <= MAX_ID) return plain;
  return `dexcom:${kind}:h:${createHash('sha256').update(recordId).digest('base64url')}`.slice(0, MAX_ID);
}

/** A Dexcom record time as ISO 8601 UTC (`…Z`); no offset means UTC (receivers). */
export function systemTimeToIso(systemTime: string): string {
  return iso(parseDexcomTime(systemTime));
}

/** mg/dL from a Dexcom glucose value and unit, via the metric catalogue; null when the unit is unknown or the value impossible. */
function glucoseMgdl(value: number, unit: string | null | undefined): number | null {
  const r = toCanonical('glucose', value, unit ?? 'unknown');
  return r.ok ? r.value : null;
}

/** An EGV as a glucose observation (mg/dL, mmol/L converted), or why it is skipped. */
export function egvToObservation(r: EgvRecord, deviceId?: string): { observation: ObservationInput } | { skip: string } {
  // Out of the sensor's range Dexcom sends value null with status "high"/"low": there is
  // no number to store, and inventing one (e.g. 400) would bias the metrics.
  if (r.value === null) return { skip: `no value (${r.status ?? 'unknown'})` };
  const mgdl = glucoseMgdl(r.value, r.unit);
  if (mgdl === null) return { skip: `unusable unit or value (${r.unit})` };
  const observation: ObservationInput = {
    id: dexcomId('egv', r.recordId),
    metric: 'glucose',
    t: systemTimeToIso(r.systemTime),
    value: mgdl,
    unit: 'mg/dL',
    ...(deviceId !== undefined ? { device_id: deviceId } : {}),
  };
  return { observation };
}

/** A calibration as a `calibration` event `{value, unit: "mg/dL"}`. */
export function calibrationToEvent(r: CalibrationRecord): { event: TendEventInput } | { skip: string } {
  const mgdl = glucoseMgdl(r.value, r.unit);
  if (mgdl === null) return { skip: `unusable unit or value (${r.unit})` };
  return { event: { id: dexcomId('cal', r.recordId), type: 'calibration', t: systemTimeToIso(r.systemTime), data: { value: mgdl, unit: 'mg/dL', source: 'dexcom' } } };
}

const INTENSITY: Record<string, 'low' | 'moderate' | 'high'> = { light: 'low', medium: 'moderate', heavy: 'high' };

/**
 * A Dexcom event as a Tend event: carbs → meal, insulin → insulin (fast-acting as
 * bolus, long-acting as basal), exercise → activity, health/notes/blood glucose → note.
 * Deleted events are skipped (Tend has no deletion through ingest).
 */
export function eventToEvent(r: EventRecord): { event: TendEventInput } | { skip: string } {
  if (r.eventStatus === 'deleted') return { skip: 'deleted' };
  const id = dexcomId('event', r.recordId);
  const t = systemTimeToIso(r.systemTime);
  const sub = r.eventSubType ?? null;
  const v = r.value ?? null;
  const note = (text: string) => ({ event: { id, type: 'note' as const, t, data: { text, source: 'dexcom' } } });
  switch (r.eventType) {
    case 'carbs':
      if (v === null || v < 0) return { skip: 'carbs without a value' };
      return { event: { id, type: 'meal', t, data: { carbs_g: v, source: 'dexcom' } } };
    case 'insulin':
      if (v === null || v <= 0) return { skip: 'insulin without a dose' };
      return { event: { id, type: 'insulin', t, data: { units: v, kind: sub === 'longActing' ? 'basal' : 'bolus', source: 'dexcom' } } };
    case 'exercise': {
      const intensity = sub ? INTENSITY[sub] : undefined;
      return {
        event: { id, type: 'activity', t, data: { kind: 'exercise', duration_min: v ?? 0, ...(intensity ? { intensity } : {}), source: 'dexcom' } },
      };
    }
    case 'health':
      return note(`Health: ${sub ?? 'unspecified'}`);
    case 'bloodGlucose': {
      const mgdl = v === null ? null : glucoseMgdl(v, r.unit ?? 'mg/dL');
      return note(mgdl === null ? 'Blood glucose entered (no value)' : `Blood glucose ${Math.round(mgdl)} mg/dL (entered in Dexcom)`);
    }
    case 'notes':
    case 'note':
      return note(sub && sub.trim() !== '' ? sub : 'Note (from Dexcom)');
    default:
      return note(`Dexcom event: ${r.eventType}${sub ? ` (${sub})` : ''}`);
  }
}

/**
 * A Dexcom alert as a `note` event for history ("Dexcom alert: urgentLow"). It is not
 * a Tend alert: it happened hours ago on the Dexcom app, which already sounded it.
 */
export function alertToEvent(r: AlertRecord): { event: TendEventInput } | { skip: string } {
  return {
    event: {
      id: dexcomId('alert', r.recordId),
      type: 'note',
      t: systemTimeToIso(r.systemTime),
      data: { text: `Dexcom alert: ${r.alertName} (${r.alertState})`, source: 'dexcom', alert: r.alertName },
    },
  };
}

// ---------------------------------------------------------------- simple state stores

const CursorSchema = z.object({ syncedUntil: z.string().nullable(), walkTo: z.string().nullable(), lastSyncTime: z.string().nullable() });

/** Cursors in memory (tests, one-off runs). */
export class MemorySyncState implements DexcomSyncState {
  readonly cursors = new Map<DexcomRecordKind, DexcomSyncCursor>();
  get(kind: DexcomRecordKind): Promise<DexcomSyncCursor | null> {
    const c = this.cursors.get(kind);
    return Promise.resolve(c ? { ...c } : null);
  }
  set(kind: DexcomRecordKind, cursor: DexcomSyncCursor): Promise<void> {
    this.cursors.set(kind, { ...cursor });
    return Promise.resolve();
  }
}

/** Cursors in a small JSON file, replaced atomically on each write (until SQLite holds them). */
export class JsonFileSyncState implements DexcomSyncState {
  constructor(readonly path: string) {}
  async get(kind: DexcomRecordKind): Promise<DexcomSyncCursor | null> {
    const all = await this.read();
    const c = all[kind];
    return c ? CursorSchema.parse(c) : null;
  }
  async set(kind: DexcomRecordKind, cursor: DexcomSyncCursor): Promise<void> {
    const all = await this.read();
    all[kind] = cursor;
    await mkdir(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(all, null, 2));
    await rename(tmp, this.path);
  }
  private async read(): Promise<Record<string, unknown>> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw e;
    }
  }
}

