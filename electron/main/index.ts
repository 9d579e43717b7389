import { app, BrowserWindow, ipcMain, Notification, powerMonitor, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { badRequest } from '../../api/errors';
import type { CallContext } from '../../core/context';
import { defaultDbPath, openCore } from '../../core/open-core';
import { answer, forwardEvents, senderFilter, serveRpc } from './ipc';
import { harden } from './security';
import { fileUrlOf } from './web-policy';
import { printReport } from './print-report';
import { setReportPrinter } from '../../core/reports/printer';
import { AlertTray } from './tray';
import { deviceRuntime, stopDeviceRuntime } from '../../core/devices/registry';
import { safeStorageKeyProvider } from './safe-storage-key';
import { configureDexcom } from '../../core/dexcom/service';
import { useSecretKeyProvider } from '../../core/dexcom/sqlite-stores';
import { localUser } from '../../core/auth/local-user';
import { alertNotice } from './alert-notification';
import { RemoteUrl } from '../../core/sync/remote-url';
import { syncScheduler } from '../../core/sync/scheduler';
import { followScheduler } from '../../core/followers/scheduler';
import { calibrationScheduler } from '../../core/diabetes/calibration-scheduler';
import { backupScheduler, defaultBackupDir } from '../../core/backup/scheduler';

/**
 * The Electron shell: windows, OS notifications and the IPC adapter, nothing more.
 * The core is the same one the hub serves; the local user is signed in by the OS
 * session and the same permission checks run.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
// Models ship as resources when packaged (electron-builder.yml extraResources).
if (app.isPackaged && !process.env.TEND_MODELS_DIR) process.env.TEND_MODELS_DIR = join(process.resourcesPath, 'models');
// The bundle lives in out/main; migrations ship beside it (dev) or in resources (packaged).
const migrationsDir = app.isPackaged ? join(process.resourcesPath, 'migrations') : join(app.getAppPath(), 'db', 'migrations');
const core = openCore(process.env.TEND_DB ?? defaultDbPath(), { createDir: !process.env.TEND_DB, migrationsDir });
const user = localUser(core.auth);
// Secrets at rest are sealed with a key the OS keychain protects; Dexcom sign-in opens
// the user's own browser (RFC 8252 loopback redirect).
useSecretKeyProvider(core, safeStorageKeyProvider());
configureDexcom(core, { openUrl: async (url) => shell.openExternal(url) });
const ctx: CallContext = { user, clientKey: 'ipc', transport: 'ipc' };
// Optional sync with a shared Postgres, as `tend hub --sync-url` (README): set by whoever installs the app.
const syncUrl = process.env.TEND_SYNC_URL;
if (syncUrl && RemoteUrl.safeParse(syncUrl).success) {
  const everyMin = Number(process.env.TEND_SYNC_EVERY_MIN ?? 5);
  syncScheduler(core).start({ url: syncUrl.trim(), everyMin: Number.isInteger(everyMin) && everyMin >= 1 && everyMin <= 1440 ? everyMin : 5 });
}
// Automatic backups, as `tend hub` makes them: daily, the last 7, in backups/ beside the
// database (TEND_BACKUP=off turns them off, TEND_BACKUP_DIR moves them).
if (process.env.TEND_BACKUP !== 'off') {
  const dir = process.env.TEND_BACKUP_DIR ?? defaultBackupDir(core.file);
  try {
    backupScheduler(core).start({ dir, everyH: 24, keep: 7, migrationsDir });
  } catch (e) {
    console.error(`backups are off: ${(e as Error).message}`);
  }
}
let win: BrowserWindow | null = null;
/** The app's own page: the only page that may navigate in, hold the microphone or call the core. */
const appUrl = process.env.ELECTRON_RENDERER_URL ?? fileUrlOf(join(here, '../renderer/index.html'));

function createWindow(): void {
  win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Tend',
    webPreferences: {
      // Sandboxed preloads must be CommonJS (electron.vite.config.ts builds it so).
      preload: join(here, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      // An alarm must sound even before anyone has clicked in the window (opened at login, reloaded at night).
      autoplayPolicy: 'no-user-gesture-required',
    },
  });
  const wc = win.webContents;
  ours.add(wc);
  wc.on('destroyed', () => ours.delete(wc));
  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void win.loadFile(join(here, '../renderer/index.html'));
}

// Only our own windows (the main window and the hidden windows that print reports) may call the core.
const ours = new Set<WebContents>();
const trusted = senderFilter(ours, appUrl);
serveRpc(ipcMain, core, { trusted, context: () => ctx });

const tray = new AlertTray(() => {
  if (!win) createWindow();
  win?.show();
  win?.focus();
});
// The tray counts open alerts the way every screen lists them (its badge tops out at 1000).
const updateTray = () =>
  core.call('alerts.list', { state: 'open', limit: 1000 }, ctx).then(
    (r) => tray.update(r.items.length),
    (e: unknown) => console.error(`tray: ${(e as Error).message}`),
  );

// The desktop prints reports with Electron's own engine; `reports.print` asks it.
setReportPrinter(core, ({ subjectId, request, progress }) =>
  printReport(subjectId, request, {
    progress,
    preload: join(here, '../preload/index.cjs'),
    rendererDir: join(here, '../renderer'),
    track: (contents, on) => (on ? ours.add(contents) : ours.delete(contents)),
  }),
);
ipcMain.handle('tend:report', async (e: IpcMainInvokeEvent, subjectId: unknown, request: unknown) =>
  answer(trusted(e), async () => {
    if (typeof subjectId !== 'string') throw badRequest('subject_id must be a string', 'subject_id');
    const body = request && typeof request === 'object' && !Array.isArray(request) ? request : {};
    const out = await core.call('reports.print', { ...body, subject_id: subjectId }, ctx);
    return new Uint8Array(Buffer.from(out.pdf_base64, 'base64'));
  }),
);

forwardEvents(core, user.id, (ev) => {
  win?.webContents.send('tend:event', ev);
  if (ev.type.startsWith('alert.')) void updateTray();
  // Raised and re-announced (escalated, still unacknowledged) alerts reach the OS too,
  // so they are heard with the window hidden; the renderer's alarm repeats until acknowledged.
  // Writes failing (a full disk) means readings are being lost and no alert can be stored: tell the OS.
  if (ev.type === 'storage' && !ev.ok && Notification.isSupported()) {
    new Notification({ title: 'Tend cannot store new data', body: ev.message ?? 'Writes to the database fail.', urgency: 'critical' }).show();
  }
  // An escalation (urgent low after a low) is a new alarm for the person at the computer;
  // with escalation tiers, only for those the alarm has reached (alert-notification.ts).
  const notice = Notification.isSupported() ? alertNotice(ev, user.id) : null;
  if (notice) new Notification(notice).show();
});

void app.whenReady().then(() => {
  harden(appUrl);
  createWindow();
  void updateTray();
  // The alert engine's timer (signal loss, re-announcement) and the paired sensors'
  // sessions run while the app does.
  core.alerts.start();
  // After sleep, say at once how long nothing was watched, not at the next 15 s tick.
  powerMonitor.on('resume', () => {
    try {
      core.alerts.beat();
    } catch (e) {
      console.error(`alert heartbeat failed: ${(e as Error).message}`);
    }
  });
  deviceRuntime(core).sync();
  // Followers of phone apps' clouds (Dexcom Share, LibreLinkUp, another Nightscout), as the hub runs them.
  followScheduler(core).start();
  calibrationScheduler(core).start();
  void deviceRuntime(core).restoreDemos().catch(() => undefined);
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => {
  core.alerts.stop();
  syncScheduler(core).stop();
  backupScheduler(core).stop();
  followScheduler(core).stop();
  calibrationScheduler(core).stop();
  void Promise.all([stopDeviceRuntime(core), syncScheduler(core).settle(), backupScheduler(core).settle(), followScheduler(core).settle(), calibrationScheduler(core).settle()]).finally(() => core.close());
});
