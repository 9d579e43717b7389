import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/wait-for';

/**
 * `npm start` where Electron is not installed: the hub, as a real process tree (npm → sh →
 * scripts/start.js → tend hub). Stopping it must stop the hub and free its port, and the
 * script must exit the way the hub did.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const START = join(root, 'scripts', 'start.js');
const dirs: string[] = [];
const started: number[] = [];
const tree: number[] = [];

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'tend-start-'));
  dirs.push(dir);
  // Not inherited from an outer `npm start`/`npm test`: this test decides what npm sees.
  const { npm_lifecycle_event: _e, PORT: _p, ...rest } = process.env;
  return { ...rest, TEND_NO_ELECTRON: '1', TEND_NO_BROWSER: '1', TEND_DB: join(dir, 'tend.db'), TEND_LOG: 'warn', ...extra };
}

/** Starts a command and resolves with the hub's port once it says it is listening. */
function launch(cmd: string, args: string[], e: NodeJS.ProcessEnv): { child: ChildProcess; port: Promise<number>; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(cmd, args, { cwd: root, env: e, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child.pid!);
  let err = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const port = new Promise<number>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      err += String(d);
      const m = /listening on https?:\/\/[^:\s]+:(\d+)/.exec(err);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code, signal) => reject(new Error(`${cmd} exited (${code ?? signal}) before listening: ${err}`)));
  });
  child.stdout!.resume();
  void port.catch(() => undefined); // a test that expects the hub to fail never awaits it
  return { child, port, exited };
}

/** Every process below `pid`, read from /proc (the hub is a grandchild or deeper). */
function descendants(pid: number): number[] {
  const rows: Array<[number, number]> = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …"; comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      rows.push([Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])]);
    } catch {
      /* gone meanwhile */
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [c, pp] of rows) if (pp === p) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** Running, not merely a zombie waiting for a (possibly slow) init to reap it. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true; // no /proc: trust kill(0)
  }
};

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

afterEach(() => {
  // Whatever a failed test left running, only the processes it started (an orphaned
  // start.js is no longer below npm, hence the list taken while it still was).
  for (const pid of started.splice(0)) {
    for (const p of [...descendants(pid), pid]) if (alive(p)) process.kill(p, 'SIGKILL');
  }
  for (const p of tree.splice(0)) if (alive(p)) process.kill(p, 'SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// Process trees and POSIX signals, read through /proc.
describe.skipIf(process.platform !== 'linux')('npm start without Electron (the hub)', () => {
  it('passes SIGTERM to the hub, which stops and frees its port, and exits as the hub did (0)', async () => {
    const { child, port, exited } = launch(process.execPath, [START, '--port', '0', '--no-backup'], env());
    const p = await port;
    const below = descendants(child.pid!);
    tree.push(...below);
    expect(below.length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    await waitFor('the hub process to be gone', () => below.every((pid) => !alive(pid)));
    expect(await portFree(p)).toBe(true);
  });

  it('stops the hub and frees its port when npm start itself gets SIGTERM (npm runs it through sh)', async () => {
    const { child, port, exited } = launch('npm', ['start', '--silent', '--', '--no-backup'], env({ PORT: '0' }));
    const p = await port;
    const below = descendants(child.pid!);
    tree.push(...below);
    expect(below.length).toBeGreaterThanOrEqual(2); // the shell (or start.js) and the hub
    child.kill('SIGTERM');
    await exited;
    await waitFor('every process under npm start to be gone', () => below.every((pid) => !alive(pid)), { timeoutMs: 60_000 });
    expect(await portFree(p)).toBe(true);
  });

  it('exits by the signal that ended the hub', async () => {
    const { child, port, exited } = launch(process.execPath, [START, '--port', '0', '--no-backup'], env());
    await port;
    const [hub] = descendants(child.pid!);
    process.kill(hub!, 'SIGKILL');
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
  });

  it("exits with the hub's own exit code when the hub cannot start", async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    try {
      const inUse = (taken.address() as { port: number }).port;
      const { exited } = launch(process.execPath, [START, '--no-backup'], env({ PORT: String(inUse) }));
      const r = await exited;
      expect(r.signal).toBeNull();
      expect(r.code).not.toBe(0);
    } finally {
      taken.close();
    }
  });
});
