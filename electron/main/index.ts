import { app, BrowserWindow, ipcMain, Notification, powerMonitor, shell, utilityProcess, type WebContents } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CoreProcessConfig } from '../core-process/protocol';
import { connectCore } from './core-client';
import { senderFilter, serveReport, serveRpc } from './ipc';
import { harden } from './security';
import { fileUrlOf } from './web-policy';
import { printReport } from './print-report';
import { AlertTray } from './tray';
import { safeStorageKeyProvider } from './safe-storage-key';
import { alertNotice } from './alert-notification';

/**
 * The Electron shell: windows, OS notifications and the IPC adapter, nothing more.
 * The core is the same one the hub serves, in its own utility process
 * (electron/core-process/) so that heavy work never blocks this thread and the window;
 * the local user is signed in by the OS session there and the same permission checks run.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
// Models ship as resources when packaged (electron-builder.yml extraResources).
if (app.isPackaged && !process.env.TEND_MODELS_DIR) process.env.TEND_MODELS_DIR = join(process.resourcesPath, 'models');
// The bundle lives in out/main; migrations ship beside it (dev) or in resources (packaged).
const migrationsDir = app.isPackaged ? join(process.resourcesPath, 'migrations') : join(app.getAppPath(), 'db', 'migrations');
// No TEND_DB: the per-user app-data database, which the core process names and creates.
const config: CoreProcessConfig = { db: process.env.TEND_DB ?? null, createDir: !process.env.TEND_DB, migrationsDir };
// TEND_SYNC_URL, TEND_BACKUP… reach the core process in its environment, as they reached the core here before.
const child = utilityProcess.fork(join(here, 'core-process.js'), [], { serviceName: 'Tend core', stdio: 'inherit', env: { ...process.env, TEND_CORE_CONFIG: JSON.stringify(config) } });
const keys = safeStorageKeyProvider();
const core = connectCore(child, {
  secretKey: async () => keys.getKey(),
  // Dexcom sign-in opens the user's own browser (RFC 8252 loopback redirect).
  openUrl: async (url) => shell.openExternal(url),
  // The desktop prints reports with Electron's own engine; the core's `reports.print` asks for it.
  printReport: async ({ subjectId, request }) =>
    printReport(subjectId, request, {
      preload: join(here, '../preload/index.cjs'),
      rendererDir: join(here, '../renderer'),
      track: (contents, on) => (on ? ours.add(contents) : ours.delete(contents)),
    }),
});
// Whom the OS notifications are for: the local user the core process signed in (escalation tiers name users).
let localUserId: string | null = null;
core.ready.then(
  (r) => (localUserId = r.userId),
  () => undefined,
);
core.ready.catch((e: unknown) => {
  console.error((e as Error).message);
  app.exit(1);
});
let win: BrowserWindow | null = null;
// An older database's first open moves its readings to the compact layout before the core
// is ready (minutes for years of data): the window's title and taskbar say how far.
let opening = false;
core.onOpening((done, total) => {
  opening = true;
  const share = total > 0 ? done / total : 1;
  win?.setProgressBar(share);
  win?.setTitle(`Tend — updating the storage of your readings: ${Math.floor(share * 100)} % (a copy of the file is kept until it is done)`);
});
void core.ready.then(
  () => {
    if (!opening) return;
    opening = false;
    win?.setProgressBar(-1);
    win?.setTitle('Tend');
  },
  () => undefined,
);
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
  // The page's own title would hide how far the storage update has got until it is done.
  win.on('page-title-updated', (e) => opening && e.preventDefault());
  const wc = win.webContents;
  ours.add(wc);
  wc.on('destroyed', () => ours.delete(wc));
  if (process.env.ELECTRON_RENDERER_URL) void win.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void win.loadFile(join(here, '../renderer/index.html'));
}

// Only our own windows (the main window and the hidden windows that print reports) may call the core.
const ours = new Set<WebContents>();
const trusted = senderFilter(ours, appUrl);
serveRpc(ipcMain, (name, args) => core.call(name, args), { trusted });

const tray = new AlertTray(() => {
  if (!win) createWindow();
  win?.show();
  win?.focus();
});
// The tray counts open alerts the way every screen lists them (its badge tops out at 1000).
const updateTray = () =>
  core.call('alerts.list', { state: 'open', limit: 1000 }).then((r) =>
    r.ok ? tray.update((r.value as { items: unknown[] }).items.length) : console.error(`tray: ${r.error.message}`),
  );

serveReport(ipcMain, (name, args) => core.call(name, args), { trusted });

core.onEvent((ev) => {
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
  const notice = Notification.isSupported() && localUserId !== null ? alertNotice(ev, localUserId) : null;
  if (notice) new Notification(notice).show();
});

void app.whenReady().then(() => {
  harden(appUrl);
  createWindow();
  // The alert engine's timer, the paired sensors and the followers run in the core process from its start.
  void core.ready.then(updateTray, () => undefined);
  // After sleep, say at once how long nothing was watched, not at the next 15 s tick.
  powerMonitor.on('resume', () => core.beat());
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
// Quit only once the core has closed its store cleanly (its schedulers and devices stopped first).
let coreStopped = false;
app.on('will-quit', (e) => {
  if (coreStopped) return;
  e.preventDefault();
  void core.stop().finally(() => {
    coreStopped = true;
    app.quit();
  });
});
