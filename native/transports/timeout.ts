/** Raised when a transport call takes longer than its limit. */
export class TransportTimeoutError extends Error {
  readonly code = 'timeout';
  constructor(what: string, ms: number) {
    super(`${what} timed out after ${ms} ms`);
    this.name = 'TransportTimeoutError';
  }
}

/**
 * Races `p` against a timer. Some driver calls never settle on their own (node-ble's
 * `gatt()` waits forever for a `ServicesResolved` change that may have come and gone),
 * so every call that crosses to the radio goes through here. The timer is real time:
 * it guards real I/O even when the session runs on a simulated clock.
 */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransportTimeoutError(what, ms)), ms);
  });
  // A late rejection of the abandoned call must not become an unhandled rejection.
  p.catch(() => undefined);
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

/** The message of anything thrown. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
