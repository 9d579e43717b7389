#!/usr/bin/env node
// `npm start`: the desktop window where Electron's binary is installed; otherwise the
// hub, with the address to open (and Chromium in --app mode when it is installed).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants as osConstants } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');

function electronBinary() {
  try {
    const dir = dirname(require.resolve('electron/package.json'));
    const rel = readFileSync(join(dir, 'path.txt'), 'utf8');
    const bin = join(dir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

// The child gets its own process group (POSIX), so a Ctrl-C in the terminal reaches it
// once, through us, instead of twice (from the terminal and from us): a second SIGINT
// arriving while the hub closes would kill it before it has closed the database. Windows
// has no process groups, and there `detached` would open a new console window.
const ownGroup = process.platform !== 'win32';

/**
 * Runs `child` as this process: SIGINT/SIGTERM (and SIGHUP, a closed terminal, as SIGTERM)
 * are passed on, and we exit the way it did, with its code or by its signal, so whoever
 * started us (npm, a service manager, a test) sees what happened to the app.
 */
function supervise(child) {
  let stopping = false;
  const stop = (sig) => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) child.kill(sig);
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stop(sig));
  process.on('SIGHUP', () => stop('SIGTERM'));
  // npm runs the script through `sh -c`, and Debian's sh (dash) does not exec the command:
  // npm's SIGTERM reaches the shell, which dies and leaves us running. The shell dying
  // re-parents us; under npm, treat that as the SIGTERM we were meant to get.
  const parent = process.ppid;
  const orphaned = process.env.npm_lifecycle_event
    ? setInterval(() => {
        if (process.ppid !== parent && !stopping) stop('SIGTERM');
      }, 250)
    : null;
  orphaned?.unref();
  child.on('exit', (code, signal) => {
    if (orphaned) clearInterval(orphaned);
    if (signal) {
      // Die of the same signal; fall back to the shell's 128 + n for one Node ignores.
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeAllListeners(sig);
      process.kill(process.pid, signal);
      setTimeout(() => process.exit(128 + (osConstants.signals[signal] ?? 0)), 1000);
      return;
    }
    process.exit(code ?? 0);
  });
}

const bin = electronBinary();
if (bin && process.env.TEND_NO_ELECTRON !== '1') {
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(bin, [root], { stdio: 'inherit', detached: ownGroup });
  supervise(child);
} else {
  // `npm start -- --port N` (or PORT=N npm start) picks the port; the hub's default otherwise.
  const args = process.argv.slice(2);
  const portArgs = args.some((a) => a === '--port' || a.startsWith('--port=')) ? [] : ['--port', process.env.PORT ?? '4477'];
  console.error('Electron is not installed here: starting the Tend hub instead.');
  if (!existsSync(join(root, 'renderer', 'dist', 'index.html'))) {
    spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  const hub = spawn(process.execPath, [join(root, 'bin', 'tend.js'), 'hub', ...portArgs, ...args], { stdio: ['ignore', 'inherit', 'pipe'], detached: ownGroup });
  hub.stderr.on('data', (d) => {
    process.stderr.write(d);
    const m = /listening on (http:\/\/\S+)/.exec(String(d));
    if (m) {
      console.error(`Open ${m[1]} in a browser.`);
      const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
      if (chromium && process.env.DISPLAY && process.env.TEND_NO_BROWSER !== '1') {
        // The alarm must be able to sound before anyone clicks in the window.
        spawn(chromium, [`--app=${m[1]}`, '--autoplay-policy=no-user-gesture-required'], { stdio: 'ignore', detached: true }).unref();
      }
    }
  });
  supervise(hub);
}
