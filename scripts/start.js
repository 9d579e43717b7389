#!/usr/bin/env node
// `npm start`: the desktop window where Electron's binary is installed; otherwise the
// hub, with the address to open (and Chromium in --app mode when it is installed).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const bin = electronBinary();
if (bin && process.env.TEND_NO_ELECTRON !== '1') {
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(bin, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = process.env.PORT ?? '4477';
  console.error('Electron is not installed here: starting the Tend hub instead.');
  if (!existsSync(join(root, 'renderer', 'dist', 'index.html'))) {
    spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  }
  const hub = spawn(process.execPath, [join(root, 'bin', 'tend.js'), 'hub', '--port', port, ...process.argv.slice(2)], { stdio: ['ignore', 'inherit', 'pipe'] });
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
  hub.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => hub.kill(sig));
}
