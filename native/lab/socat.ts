/**
 * A virtual serial cable: `socat` joins two pseudo-terminals, the app opens one end with
 * `serialport` and a simulated sensor board writes to the other. Killing socat is
 * "unplugging the USB cable": the app's port closes with `disconnected`, and reopening
 * fails with ENOENT until `replug()` (shared/docs/environment-notes.md).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackChild, untrackChild } from './processes';

/** Returns why the lab cannot make serial cables here (no `socat`), or null when it can. */
export function socatUnavailableReason(): string | null {
  const r = spawnSync('socat', ['-V'], { stdio: 'ignore' });
  if (r.error) return `socat not found (install the Debian package "socat"): ${r.error.message}`;
  return null;
}

export interface PtyPair {
  /** The end the app opens (a symlink to a /dev/pts node that moves on every replug). */
  readonly hostPath: string;
  /** The end the simulated board writes to. */
  readonly devicePath: string;
  /** True while socat runs. */
  readonly plugged: boolean;
  /** Kills socat: both ends vanish. */
  unplug(): Promise<void>;
  /** Starts socat again with the same link paths. */
  replug(): Promise<void>;
  /** Unplugs and removes the folder. */
  stop(): Promise<void>;
}

/** Creates a pty pair with links `host` and `device` in a fresh temp folder. */
export async function startPtyPair(opts: { startTimeoutMs?: number } = {}): Promise<PtyPair> {
  const dir = mkdtempSync(join(tmpdir().length < 40 ? tmpdir() : '/tmp', 'tend-pty-'));
  const hostPath = join(dir, 'host');
  const devicePath = join(dir, 'device');
  let child: ChildProcess | null = null;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const c = spawn('socat', ['-d', '-d', `pty,raw,echo=0,link=${hostPath}`, `pty,raw,echo=0,link=${devicePath}`], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      trackChild(c);
      child = c;
      let err = '';
      const timer = setTimeout(() => {
        c.kill('SIGKILL');
        reject(new Error(`socat did not start within ${opts.startTimeoutMs ?? 5000} ms: ${err.trim()}`));
      }, opts.startTimeoutMs ?? 5000);
      c.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      c.stderr?.on('data', (d: Buffer) => {
        err += d.toString();
        // Both links exist once socat enters its transfer loop.
        if (err.includes('starting data transfer loop') && existsSync(hostPath) && existsSync(devicePath)) {
          clearTimeout(timer);
          c.stderr?.removeAllListeners('data');
          c.stderr?.resume();
          resolve();
        }
      });
      c.once('exit', (code) => {
        clearTimeout(timer);
        if (child === c) child = null;
        reject(new Error(`socat exited with ${code}: ${err.trim()}`));
      });
    });

  const kill = () =>
    new Promise<void>((resolve) => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => {
        untrackChild(c);
        resolve();
      });
      c.kill('SIGTERM');
    });

  await start();
  return {
    hostPath,
    devicePath,
    get plugged() {
      return child !== null;
    },
    unplug: kill,
    async replug() {
      if (child) return;
      await start();
    },
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
