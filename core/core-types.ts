import type { ObservationSink } from '../api/observations';
import type { ProcArgs, ProcName, ProcOutput } from '../api/procedures';
import type { IngestOutput } from '../api/schemas';
import type { Access } from './access';
import type { AlertEngine } from './alerts/engine';
import type { AuthService } from './auth/service';
import type { Clock } from './clock';
import type { CallContext, CoreDeps } from './context';
import type { EventBus } from './event-bus';
import type { Kv } from './kv';
import type { DeviceService } from './records/devices';
import type { EventStore } from './records/events';
import type { ObservationStore } from './records/observations';
import type { SubjectService } from './records/subjects';
import type { StorageHealth } from './storage-health';

/*
 * The core's shape, apart from core/app.ts (which builds it): domain modules import these
 * types from here, so the composition root imports its domains and no domain imports it back.
 */

export type Handler<K extends ProcName> = (args: ProcArgs<K>, ctx: CallContext) => ProcOutput<K> | Promise<ProcOutput<K>>;
export type Handlers = { [K in ProcName]: Handler<K> };
/** A domain's handlers for its own procedures (`core/<domain>/handlers.ts`), built from the core. */
export type DomainHandlers<M> = { [K in keyof M & ProcName]: Handler<K> };

export interface Core {
  /**
   * What domain services are built from, the database among them. Core modules only:
   * hosts (hub, CLI, Electron) never touch the database (lint: eslint.config.js).
   */
  readonly deps: CoreDeps;
  readonly bus: EventBus;
  /** The core's clock (tests move it), for hosts stamping what they send. */
  readonly clock: Clock;
  /** The database file this core stores into (backups are made beside it). */
  readonly file: string;
  /** Small per-install settings and state (the `kv` table). */
  readonly kv: Kv;
  readonly access: Access;
  readonly auth: AuthService;
  readonly subjects: SubjectService;
  readonly devices: DeviceService;
  readonly observations: ObservationStore;
  readonly events: EventStore;
  readonly alerts: AlertEngine;
  /** Whether the store takes writes (disk full, I/O errors), as every screen is told. */
  readonly storage: StorageHealth;
  /**
   * Checks sign-in, validates `rawArgs` with the procedure's schema, enforces the access
   * the procedure declares (api/access.ts), then runs the handler.
   */
  call<K extends ProcName>(name: K, rawArgs: unknown, ctx: CallContext): Promise<ProcOutput<K>>;
  /**
   * Builds every domain's handlers now, with what they start (the raw-motion retention
   * sweep); otherwise the first `call` does. Long-lived hosts (the hub, the desktop core)
   * await it at start, so their background work begins then; a short command never does.
   */
  loadDomains(): Promise<void>;
  /** Ingest for trusted in-process producers (device sessions, importers) acting as a user. */
  ingest(ctx: CallContext, subjectId: string, items: readonly unknown[]): IngestOutput;
  /** An ObservationSink bound to a user, for drivers and analysers. */
  sinkFor(ctx: CallContext): ObservationSink;
  /**
   * Runs `work` (calls into this core's services) as one transaction: all of it is stored
   * or none. For a command that must not leave half its work behind when it fails.
   */
  atomically<T>(work: () => T): T;
  close(): void;
}
