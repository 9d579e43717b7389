import { z } from 'zod';
import * as s from './schemas';
import { on } from './access';
import { ById, None, Ok, procedure } from './define';
import { diabetesProcedures } from './diabetes';
import { dosingProcedures } from './dosing';
import { devicesProcedures, type DeviceLive } from './devices';
import { tremorProcedures } from './tremor';
import { babyProcedures } from './baby';
import { alertsProcedures } from './alerts';
import { chatProcedures } from './chat';
import { syncProcedures } from './sync';
import { backupProcedures } from './backup';
import { nightscoutProcedures } from './nightscout';
import { followersProcedures } from './followers';
import { templatesProcedures } from './templates';
import { reportsProcedures, type ReportStep } from './reports';

/**
 * The one typed API (after Actual Budget's handlers map): every procedure the app
 * offers, with its input schema (validated at the server edge on every transport) and
 * its output schema (the client's types). The hub's REST routes, the hub's RPC route,
 * Electron IPC and the in-memory test transport all dispatch into this map.
 */
const p = procedure;

/** `db: 'error'` when the database cannot be read, or cannot take writes (`storage_error` says why). */
export const Health = z.object({ status: z.literal('ok'), db: z.enum(['ok', 'error']), version: z.string(), storage_error: z.string().optional() });

/** The shared health record; each domain adds its own map below. */
export const coreProcedures = {
  health: p(None, Health, 'public'),

  'auth.register': p(s.RegisterInput, s.User, 'public'),
  'auth.login': p(s.LoginInput, s.LoginOutput, 'public'),
  'auth.logout': p(None, Ok, 'signed_in'),
  'auth.me': p(None, s.Profile, 'signed_in'),
  /**
   * Changes the caller's own name, e-mail, time zone or glucose unit (PUT /api/auth/me).
   * A new e-mail needs `current_password` (400 naming it when missing or wrong) and is
   * 409 when another account has it; the desktop's own account keeps its address.
   */
  'auth.update': p(s.ProfileUpdate, s.Profile, 'signed_in'),
  /**
   * A fresh token for a signed-in client (12 hours from now): the app renews every hour
   * while it runs, so a screen left watching overnight is not signed out at hour 12.
   */
  'auth.renew': p(None, s.LoginOutput, 'signed_in'),
  /** Changes the caller's password; every other sign-in of theirs ends (400 naming `current_password` when it is wrong). */
  'auth.password': p(s.PasswordChange, Ok, 'signed_in'),

  'subjects.list': p(None, z.array(s.Subject), 'signed_in'),
  'subjects.get': p(ById, s.Subject, on('read', 'id')),
  'subjects.create': p(s.SubjectCreate, s.Subject, 'signed_in'),
  'subjects.update': p(ById.extend({ patch: s.SubjectPatch }), s.Subject, on('write', 'id')),
  'subjects.delete': p(ById, Ok, on('own', 'id')),
  'subjects.grant': p(s.GrantInput, s.Grant, on('own')),
  'subjects.grants': p(s.SubjectRef, z.array(s.Grant), on('read')),
  /** Ends someone's access: the owner removes anyone else; anyone else may remove themselves. */
  'subjects.revoke': p(s.SubjectRef.extend({ user_id: z.string().min(1) }), Ok, on('read')),

  'devices.list': p(z.object({ subject_id: z.string().optional() }).default({}), z.array(s.Device), on('read', 'subject_id?')),
  'devices.get': p(ById, s.Device, on('read', 'device:id')),
  'devices.create': p(s.DeviceCreate, s.Device, on('write')),
  'devices.update': p(ById.extend({ patch: s.DevicePatch }), s.Device, on('write', 'device:id')),
  'devices.delete': p(ById, Ok, on('write', 'device:id')),

  'observations.ingest': p(s.IngestInput, s.IngestOutput, on('write')),
  'observations.list': p(s.ObservationQuery, s.ObservationPage, on('read')),
  'observations.latest': p(s.LatestQuery, s.LatestValues, on('read')),
  'observations.timeseries': p(s.TimeseriesQuery, z.object({ items: z.array(s.Bucket) }), on('read')),
  'observations.stats': p(s.StatsQuery, s.Stats, on('read')),

  'events.list': p(s.EventQuery, z.object({ items: z.array(s.Event) }), on('read')),
  'events.create': p(s.SubjectRef.extend({ event: s.EventInput }), s.Event, on('write')),
  /** Removes an event logged by mistake (needs a write grant); the deletion is synced. */
  'events.delete': p(s.SubjectRef.extend({ id: z.string().min(1) }), Ok, on('write')),

  'thresholds.get': p(s.SubjectRef, z.array(s.Threshold), on('read')),
  'thresholds.put': p(s.ThresholdsPut, z.array(s.Threshold), on('manage')),

  'alerts.list': p(s.AlertQuery, z.object({ items: z.array(s.Alert) }), on('read', 'subject_id?')),
  'alerts.ack': p(ById, s.Alert, on('acknowledge', 'alert:id')),
} as const;

/** Every procedure: the record's, then one map per domain (api/<domain>.ts). */
export const procedures = {
  ...coreProcedures,
  ...diabetesProcedures,
  ...dosingProcedures,
  ...devicesProcedures,
  ...tremorProcedures,
  ...babyProcedures,
  ...alertsProcedures,
  ...chatProcedures,
  ...syncProcedures,
  ...backupProcedures,
  ...nightscoutProcedures,
  ...followersProcedures,
  ...templatesProcedures,
  ...reportsProcedures,
} as const;

export type Procedures = typeof procedures;
export type ProcName = keyof Procedures;
export type ProcInput<K extends ProcName> = z.input<Procedures[K]['input']>;
export type ProcArgs<K extends ProcName> = z.output<Procedures[K]['input']>;
export type ProcOutput<K extends ProcName> = z.output<Procedures[K]['output']>;

/** What the renderer calls: one method, any transport. */
export interface TendClient {
  call<K extends ProcName>(name: K, args: ProcInput<K>): Promise<ProcOutput<K>>;
  subscribe(listener: (event: ServerEvent) => void): () => void;
}

/** How a standing alert changed (`alert.updated`). */
export type AlertChange = 'escalated' | 'condition_ended' | 'condition_returned' | 'tier';

/** Pushed to every client allowed to see the subject (WebSocket, IPC). */
export type ServerEvent =
  | { type: 'observation.added'; subject_id: string; metric: string; count: number; latest: { t: string; value: number } }
  /** `via: 'sync'`: raised, acknowledged or resolved on another install and received by a sync round. */
  | { type: 'alert.raised'; subject_id: string; alert: s.Alert; via?: 'sync' }
  | { type: 'alert.acknowledged'; subject_id: string; alert: s.Alert; via?: 'sync' }
  | { type: 'alert.resolved'; subject_id: string; alert: s.Alert; via?: 'sync' }
  /**
   * A standing alert changed what it says (issue 15): `escalated` (a deeper nested limit was
   * crossed: higher priority, new kind, message and value; announce it like a new alarm),
   * `condition_ended` (a latched alert's condition ended: `alert.condition_ended_at`; it stays
   * open until acknowledged) or `condition_returned` (the condition holds again, same alert),
   * or `tier` (issue 19: nobody acknowledged a high alert and it moved to the next escalation
   * tier, `alert.escalation`: who it now goes to and whose screens sound).
   */
  | { type: 'alert.updated'; subject_id: string; alert: s.Alert; change: AlertChange; via?: 'sync' }
  /** An unacknowledged high-priority alert announced again (escalation to everyone granted the subject); `count` so far. */
  | { type: 'alert.reannounced'; subject_id: string; alert: s.Alert; count: number }
  /** An alert's class was snoozed (it stays raised, goes quiet until `alert.snoozed_until`). */
  | { type: 'alert.snoozed'; subject_id: string; alert: s.Alert }
  | { type: 'device.status'; subject_id: string; device: DeviceLive }
  /** Every 10 s on the stream; `storage` says whether the hub can store what arrives. */
  | { type: 'heartbeat'; at: string; storage?: { ok: boolean; since?: string; message?: string } }
  /** Said by the client's transport, not the server: the stream refused this sign-in (expired, signed out elsewhere). */
  | { type: 'signed_out'; message: string }
  /** The store stopped taking writes (disk full, I/O error) or takes them again: shown on every screen. */
  | { type: 'storage'; ok: boolean; at: string; message?: string }
  /** A sync round of this hub ended (README "Sync with a shared Postgres"); read `sync.status` for how. */
  | { type: 'sync.round'; at: string; ok: boolean }
  /** How far a `reports.print` with a `progress_id` has got: `percent` 0–100 at each step. */
  | { type: 'report.progress'; subject_id: string; progress_id: string; step: ReportStep; percent: number };
