/**
 * Waiting in tests without fixed sleeps. The suite must hold on a loaded 2-core machine,
 * where "300 ms is enough" stops being true; so a test polls for the condition it needs.
 * A negative ("no second alert") cannot be polled: wait first for a positive marker that
 * proves the system had its chance to act (`roundTrip` on a stream), then assert.
 *
 * Plain TypeScript with no Node or DOM imports, so unit, integration and e2e tests (each
 * with its own tsconfig) can all import it.
 */

/** How long to keep trying and how often. */
export interface WaitForOptions {
  /** Give up after this long, ms (default 30 000: generous, for a loaded machine). */
  timeoutMs?: number;
  /** Time between tries, ms (default 25). */
  intervalMs?: number;
}

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/**
 * Calls `check` until it returns a truthy value, and returns that value. A `check` that
 * throws (an `expect` that does not hold yet) counts as "not yet". On timeout it throws an
 * error naming `what` it waited for, with the last error or value seen, so a failure says
 * what never happened instead of failing an assertion further down.
 */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, opts: WaitForOptions = {}): Promise<Truthy<T>> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const intervalMs = opts.intervalMs ?? 25;
  const deadline = Date.now() + timeoutMs;
  let last: string | undefined;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as Truthy<T>;
      last = `last value: ${describe(v)}`;
    } catch (e) {
      last = `last error: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${last})` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** The part of a `ws` WebSocket that a round trip needs. */
export interface Pingable {
  ping(): void;
  once(event: 'pong', listener: () => void): unknown;
}

/**
 * Pings over a WebSocket and waits for the pong. Frames on one socket arrive in order, so
 * once the pong is back, every message the server had sent before it is here too: the
 * positive marker that makes "no such message" a fair assertion for an in-process hub.
 */
export function roundTrip(ws: Pingable, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no pong within ${timeoutMs} ms`)), timeoutMs);
    ws.once('pong', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.ping();
  });
}

function describe(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 200 ? `${s.slice(0, 200)}…` : s;
  } catch {
    return String(v);
  }
}
