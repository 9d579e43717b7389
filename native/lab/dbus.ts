/**
 * A private `dbus-daemon` for the virtual device lab: tests and the app's "demo devices"
 * run a simulated BlueZ on it and point node-ble at it through DBUS_SYSTEM_BUS_ADDRESS,
 * so the real node-ble/dbus-next code runs unchanged without touching the machine's own
 * system bus (which may not exist, and where owning `org.bluez` is not allowed).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackChild, untrackChild } from './processes';

/** A running private bus. */
export interface DbusDaemon {
  /** D-Bus address, e.g. `unix:path=/tmp/tend-dbus-ab12/bus`. */
  readonly address: string;
  /** The process id of the daemon. */
  readonly pid: number;
  /** Stops the daemon and removes its folder; safe to call twice. */
  stop(): Promise<void>;
}

/** Returns why the lab cannot run a bus here (no `dbus-daemon` binary), or null when it can. */
export function dbusUnavailableReason(): string | null {
  const r = spawnSync('dbus-daemon', ['--version'], { stdio: 'ignore' });
  if (r.error) return `dbus-daemon not found (install the Debian package "dbus"): ${r.error.message}`;
  return null;
}

/**
 * The bus allows everything: it is private to this process tree and lives in a folder
 * only we can reach. The match-rule limit is raised because dbus-next never sends
 * RemoveMatch (its refcount test has its arguments swapped), so a long session adds rules.
 */
function busConfig(socketPath: string): string {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=${socketPath}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
    <allow user="*"/>
  </policy>
  <limit name="max_match_rules_per_connection">100000</limit>
  <limit name="max_replies_per_connection">100000</limit>
</busconfig>
`;
}

/**
 * Starts a private `dbus-daemon` listening on a `unix:path=` socket in a fresh temp folder
 * (kept short: a unix socket path must fit in 108 bytes). Resolves once the daemon has
 * printed its address, i.e. once it accepts connections.
 */
export async function startDbusDaemon(opts: { startTimeoutMs?: number } = {}): Promise<DbusDaemon> {
  const dir = mkdtempSync(join(tmpdir().length < 40 ? tmpdir() : '/tmp', 'tend-dbus-'));
  const socketPath = join(dir, 'bus');
  const configPath = join(dir, 'bus.conf');
  writeFileSync(configPath, busConfig(socketPath));
  const child: ChildProcess = spawn('dbus-daemon', ['--config-file', configPath, '--nofork', '--nopidfile', '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  const cleanupDir = () => rmSync(dir, { recursive: true, force: true });

  const address = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error(`dbus-daemon did not start within ${opts.startTimeoutMs ?? 10_000} ms: ${err.trim()}`)), opts.startTimeoutMs ?? 10_000);
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      untrackChild(child);
      cleanupDir();
      reject(e);
    };
    child.once('error', (e) => fail(new Error(`dbus-daemon failed to start: ${e.message}`)));
    child.once('exit', (code) => fail(new Error(`dbus-daemon exited with ${code}: ${err.trim()}`)));
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        child.removeAllListeners('error');
        child.on('error', () => undefined);
        resolve(out.slice(0, nl).trim());
      }
    });
  });

  let stopped: Promise<void> | null = null;
  return {
    address,
    pid: child.pid ?? -1,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        const done = () => {
          untrackChild(child);
          cleanupDir();
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
        // A daemon that ignores SIGTERM must not outlive the test run.
        setTimeout(() => child.kill('SIGKILL'), 2000).unref();
      });
      return stopped;
    },
  };
}
