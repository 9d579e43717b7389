/**
 * Dropping repeated advertisements. A sensor repeats each reading in many advertisements
 * (every 1–3 s for a reading taken every 10–60 s), BlueZ and noble report them again as
 * they arrive, and a relay may deliver them late or out of order. The frames' own packet
 * counters say which are new:
 *
 * - 32-bit counters (BTHome's encryption counter) only ever grow: equal or lower is a
 *   repeat or a replay. It is the replay protection the BTHome encryption page asks the
 *   receiver to implement. A device that restarts from 0 is accepted again after `resetAfterMs`
 *   of silence from it (the key holder restarting it, not a replayer, is the likely cause).
 * - 8-bit counters (BTHome packet id, pvvx/ATC counters) wrap: a step forward of 1–63
 *   modulo 256 is new (as Home Assistant's bthome-ble does), 0 is a repeat, anything else
 *   is old unless `resetAfterMs` passed since the last new frame.
 * - Frames without a counter (Govee) are repeats when their bytes equal the last ones
 *   seen from that sensor within `resetAfterMs`.
 *
 * Pure and synchronous: time comes in with each frame.
 */

/** What the deduplicator needs to know about one received frame. */
export interface AdvertFrame {
  /** The sensor's address (any consistent spelling). */
  address: string;
  /** The frame's packet counter, when its format has one. */
  counter?: { value: number; bits: 8 | 32 };
  /** The raw frame, compared when there is no counter. */
  payloadHex: string;
  /** When it was received, epoch ms. */
  atMs: number;
}

interface Last {
  counter?: number;
  payloadHex: string;
  atMs: number;
}

/** Why a frame was accepted or dropped (for logs and tests). */
export type DedupVerdict = 'new' | 'repeat' | 'old';

export class AdvertDeduplicator {
  private readonly last = new Map<string, Last>();

  /** `resetAfterMs`: silence after which a sensor's counter is trusted afresh (default 5 min). */
  constructor(private readonly resetAfterMs = 5 * 60_000) {}

  /** Whether `f` carries a new reading; remembers it when it does. */
  accept(f: AdvertFrame): boolean {
    return this.judge(f) === 'new';
  }

  /** As `accept`, saying why. */
  judge(f: AdvertFrame): DedupVerdict {
    const key = f.address.toUpperCase();
    const prev = this.last.get(key);
    const verdict = prev ? this.compare(prev, f) : 'new';
    if (verdict === 'new') this.last.set(key, { ...(f.counter ? { counter: f.counter.value } : {}), payloadHex: f.payloadHex, atMs: f.atMs });
    return verdict;
  }

  /** Forgets a sensor (removed, or its key changed). */
  forget(address: string): void {
    this.last.delete(address.toUpperCase());
  }

  private compare(prev: Last, f: AdvertFrame): DedupVerdict {
    const stale = f.atMs - prev.atMs > this.resetAfterMs;
    if (!f.counter || prev.counter === undefined) {
      if (f.counter) return 'new'; // the sensor started sending a counter
      return f.payloadHex === prev.payloadHex && !stale ? 'repeat' : 'new';
    }
    const c = f.counter.value;
    if (f.counter.bits === 32) {
      if (c > prev.counter) return 'new';
      if (stale) return 'new';
      return c === prev.counter ? 'repeat' : 'old';
    }
    const step = (c - prev.counter + 256) % 256;
    if (step === 0) return stale ? 'new' : 'repeat';
    if (step < 64) return 'new';
    return stale ? 'new' : 'old';
  }
}
