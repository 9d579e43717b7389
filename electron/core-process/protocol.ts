import type { ErrorBody } from '../../api/errors';
import type { ProcName, ServerEvent } from '../../api/procedures';
import type { ReportRequest } from '../../api/reports';

/*
 * The messages between the Electron main process and the core's utility process
 * (electron/core-process/main.ts). Both ends structured-clone them (Electron's MessagePort;
 * Node's `child_process.fork` with `serialization: 'advanced'` in the contract suite).
 */

/** What crosses back over `tend:rpc` (renderer/src/client/ipc-transport.ts reads it): errors are data, `{code, message}`. */
export type IpcReply<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** How the core process opens its store; the main process knows where the app's files are. */
export interface CoreProcessConfig {
  /** The database file; null: the per-user app-data one (core/open-core.ts `defaultDbPath`). */
  db: string | null;
  createDir: boolean;
  migrationsDir: string;
}

/** What the core asks of the main process: things only it can do (the OS keychain, the browser, Electron's PDF printer). */
export type CoreRequest =
  | { what: 'secret-key' }
  | { what: 'open-url'; url: string }
  | { what: 'print-report'; subjectId: string; request: ReportRequest; token: string };

export type ToCore =
  | { kind: 'call'; id: number; name: ProcName; args: unknown }
  /** After the computer slept: say at once how long nothing was watched. */
  | { kind: 'beat' }
  /** Stop the schedulers and devices, close the database cleanly, answer `stopped`, exit. */
  | { kind: 'stop' }
  | { kind: 'answer'; id: number; reply: IpcReply<unknown> };

export type FromCore =
  /**
   * Opening an older database moves its readings to the compact layout (migration 0021)
   * before `ready`: how far it has got, rows done of rows to move, so the window can say so.
   */
  | { kind: 'opening'; done: number; total: number }
  | { kind: 'ready'; userId: string }
  | { kind: 'reply'; id: number; reply: IpcReply<unknown> }
  | { kind: 'event'; event: ServerEvent }
  | { kind: 'request'; id: number; request: CoreRequest }
  | { kind: 'failed'; message: string }
  | { kind: 'stopped' };
