/**
 * Child processes the lab starts (dbus-daemon, socat) must never outlive the process
 * that started them, even when a test fails or the app is killed with Ctrl-C: every
 * child is remembered here and killed (by its own pid) when this process exits.
 */
import type { ChildProcess } from 'node:child_process';

const children = new Set<ChildProcess>();
let hooked = false;

function killAll(): void {
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) {
      try {
        c.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  children.clear();
}

/** Remembers a child so it is killed when this process exits. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (!hooked) {
    hooked = true;
    process.once('exit', killAll);
  }
}

/** Forgets a child that has been stopped on purpose. */
export function untrackChild(child: ChildProcess): void {
  children.delete(child);
}
