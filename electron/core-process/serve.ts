import type { ProcName } from '../../api/procedures';
import type { CallContext } from '../../core/context';
import { localUser } from '../../core/auth/local-user';
import { backupScheduler, defaultBackupDir } from '../../core/backup/scheduler';
import { deviceRuntime, stopDeviceRuntime } from '../../core/devices/registry';
import { configureDexcom } from '../../core/dexcom/service';
import { useSecretKeyProvider } from '../../core/dexcom/sqlite-stores';
import { followScheduler } from '../../core/followers/scheduler';
import { calibrationScheduler } from '../../core/diabetes/calibration-scheduler';
import { defaultDbPath, openCore } from '../../core/open-core';
import { setReportPrinter } from '../../core/reports/printer';
import { RemoteUrl } from '../../core/sync/remote-url';
import { syncScheduler } from '../../core/sync/scheduler';
import { answer, forwardEvents } from '../main/ipc';
import type { CoreProcessConfig, CoreRequest, FromCore, IpcReply, ToCore } from './protocol';

/*
 * The core of the desktop app, in its own process (style.md: heavy work off the Electron
 * main thread) so that a long analysis, an import or a slow query never freezes the window.
 * The main process starts electron/core-process/main.ts with `utilityProcess.fork`
 * (electron/main/index.ts) and talks to it over its MessagePort (`process.parentPort` there);
 * electron/main/core-client.ts is the other end. Nothing here imports electron: what only the main process can do (the
 * OS keychain, opening the browser, printing with Electron) is asked of it by message.
 */

/** What this file uses of Electron's `process.parentPort`. */
export interface ParentPortLike {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/**
 * Electron's parentPort, or, under plain Node (the contract suite forks this file with
 * `child_process.fork`, as Electron cannot run there), the IPC channel given the same shape.
 */
export function parentPortOf(proc: NodeJS.Process): ParentPortLike {
  const port = (proc as NodeJS.Process & { parentPort?: ParentPortLike }).parentPort;
  if (port) return port;
  const send = proc.send?.bind(proc);
  if (!send) throw new Error('the core process must be started by the Tend shell (no parent port)');
  return { on: (_event, listener) => proc.on('message', (data) => listener({ data })), postMessage: (m) => void send(m) };
}

/** Opens the core and serves the main process over `port` until it says `stop`; `exit` ends the process. */
export function serveCore(port: ParentPortLike, config: CoreProcessConfig, exit: (code: number) => void): void {
  const post = (m: FromCore) => port.postMessage(m);
  let core: ReturnType<typeof openCore>;
  try {
    // An older database's readings move to the compact layout at its first open, before the
    // core is ready: the main process shows how far (the CLI and the hub print the same).
    core = openCore(config.db ?? defaultDbPath(), {
      createDir: config.createDir,
      migrationsDir: config.migrationsDir,
      onCompactProgress: (done, total) => post({ kind: 'opening', done, total }),
    });
  } catch (e) {
    post({ kind: 'failed', message: (e as Error).message });
    exit(1);
    return;
  }
  // The desktop core runs for long: its domains, and what they start (the raw-motion sweep),
  // begin now rather than at the window's first call (core/domain-handlers.ts).
  core.loadDomains().catch((e: Error) => console.error(`could not load the core's domains: ${e.message}`));
  const user = localUser(core.auth);
  const ctx: CallContext = { user, clientKey: 'ipc', transport: 'ipc' };

  let nextId = 1;
  const waiting = new Map<number, (reply: IpcReply<unknown>) => void>();
  const ask = async (request: CoreRequest): Promise<unknown> => {
    const id = nextId++;
    const reply = await new Promise<IpcReply<unknown>>((resolve) => {
      waiting.set(id, resolve);
      post({ kind: 'request', id, request });
    });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value;
  };

  // Secrets at rest are sealed with a key the OS keychain protects (main's safeStorage);
  // Dexcom sign-in opens the user's own browser; reports print with Electron's engine.
  let key: Buffer | null = null;
  useSecretKeyProvider(core, { getKey: async () => (key ??= Buffer.from((await ask({ what: 'secret-key' })) as Uint8Array)) });
  configureDexcom(core, { openUrl: async (url) => void (await ask({ what: 'open-url', url })) });
  setReportPrinter(core, async ({ subjectId, request, token }) => (await ask({ what: 'print-report', subjectId, request, token })) as Uint8Array);

  // Optional sync with a shared Postgres, as `tend hub --sync-url` (README): set by whoever installs the app.
  const syncUrl = process.env.TEND_SYNC_URL;
  if (syncUrl && RemoteUrl.safeParse(syncUrl).success) {
    const everyMin = Number(process.env.TEND_SYNC_EVERY_MIN ?? 5);
    syncScheduler(core).start({ url: syncUrl.trim(), everyMin: Number.isInteger(everyMin) && everyMin >= 1 && everyMin <= 1440 ? everyMin : 5 });
  }
  // Automatic backups, as `tend hub` makes them: daily, the last 7, in backups/ beside the
  // database (TEND_BACKUP=off turns them off, TEND_BACKUP_DIR moves them).
  if (process.env.TEND_BACKUP !== 'off') {
    try {
      backupScheduler(core).start({ dir: process.env.TEND_BACKUP_DIR ?? defaultBackupDir(core.file), everyH: 24, keep: 7, migrationsDir: config.migrationsDir });
    } catch (e) {
      console.error(`backups are off: ${(e as Error).message}`);
    }
  }
  // The window hears only about the people the local user may see.
  const unforward = forwardEvents(core, user.id, (event) => post({ kind: 'event', event }));

  let stopping = false;
  port.on('message', ({ data }) => {
    const m = data as ToCore;
    switch (m.kind) {
      case 'call':
        // After `stop` the database is closing: answer, do not start work on it.
        if (stopping) post({ kind: 'reply', id: m.id, reply: { ok: false, error: { code: 'internal', message: 'the core is stopping' } } });
        else void answer(true, () => core.call(m.name as ProcName, m.args, ctx)).then((reply) => post({ kind: 'reply', id: m.id, reply }));
        return;
      case 'answer':
        waiting.get(m.id)?.(m.reply);
        waiting.delete(m.id);
        return;
      case 'beat':
        try {
          core.alerts.beat();
        } catch (e) {
          console.error(`alert heartbeat failed: ${(e as Error).message}`);
        }
        return;
      case 'stop':
        if (stopping) return;
        stopping = true;
        unforward();
        core.alerts.stop();
        syncScheduler(core).stop();
        backupScheduler(core).stop();
        followScheduler(core).stop();
        calibrationScheduler(core).stop();
        void Promise.all([stopDeviceRuntime(core), syncScheduler(core).settle(), backupScheduler(core).settle(), followScheduler(core).settle(), calibrationScheduler(core).settle()])
          .finally(() => core.close())
          .then(
            () => {
              post({ kind: 'stopped' });
              exit(0);
            },
            (e: unknown) => {
              console.error(`closing the core failed: ${(e as Error).message}`);
              exit(1);
            },
          );
        return;
      default: {
        const never: never = m;
        console.error(`core process: unknown message ${JSON.stringify(never)}`);
      }
    }
  });

  // The alert engine's timer (signal loss, re-announcement), the paired sensors' sessions and
  // the followers of phone apps' clouds run while the app does, as in the hub.
  core.alerts.start();
  deviceRuntime(core).sync();
  followScheduler(core).start();
  // Each person's forecast calibration, tried daily (as the hub does).
  calibrationScheduler(core).start();
  void deviceRuntime(core).restoreDemos().catch(() => undefined);
  post({ kind: 'ready', userId: user.id });
}
