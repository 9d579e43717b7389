import type { ServerEvent } from '../api/procedures';
import type { Core } from '../core/app';

/**
 * One event as it goes on the wire, built once and shared by every client it goes to (do
 * not modify either buffer): `frame` is a whole unmasked WebSocket text frame (RFC 6455
 * §5.2, header and payload), `payload` the same bytes without the header, the event's JSON
 * in UTF-8, for a transport that frames for itself.
 */
export interface Encoded {
  readonly frame: Buffer;
  readonly payload: Buffer;
}

/** One open stream: whose it is and how to hand it events already encoded. */
export interface StreamClient {
  readonly userId: string;
  /**
   * Events in order, each shared by every client it goes to; `frames` is all their frames
   * back to back, one buffer shared by every client given the same run of events (one
   * socket write). Write them all, as they are.
   */
  write(events: readonly Encoded[], frames: Buffer): void;
}

interface ClientState {
  permitted: Set<string>;
  /** What this client has not been sent yet, with the person each event is about (for a share that ends meanwhile). */
  pending: Encoded[];
  pendingSubjects: (string | undefined)[];
}

/**
 * Alarms, and what a screen must not show late (its sign-in, the first message): written
 * at once. Everything else (readings, device and storage state, heartbeats) waits up to
 * the coalescing window and goes with whatever else that client has waiting.
 */
const urgent = (ev: { type: string }) => ev.type.startsWith('alert.') || ev.type === 'hello' || ev.type === 'signed_out';

/**
 * The stream's fan-out (issue #18): each bus event is serialised and framed once, and the
 * same bytes are handed to the clients allowed to see its person, found through an index
 * person → clients, instead of every socket serialising it and asking the database whether
 * its user may see it.
 *
 * What costs at many screens is then one socket write (a system call through the TCP stack)
 * per screen per event. Readings come at up to 100 a second per person, so they are held
 * for a short window (`coalesceMs`) and each screen gets what built up in one write, still
 * one WebSocket message per event, the JSON unchanged: the protocol does not change, only
 * how many messages share a TCP write. An alarm is written at once, after that screen's
 * waiting readings in the same write, so each screen sees events in the order they happened.
 *
 * Each client's permitted people are read when it joins and again for every client when
 * any grant changed (`Access.grantsVersion`, bumped by triggers whoever wrote the grant),
 * checked before each event is delivered and before held events are written: a screen
 * whose share is ended gets none of that person's events from then on, held ones included,
 * and a newly granted one gets the very next.
 */
export class StreamFanout {
  private readonly clients = new Map<StreamClient, ClientState>();
  private readonly bySubject = new Map<string, Set<StreamClient>>();
  /** Clients with events held for the next flush. */
  private readonly waiting = new Set<StreamClient>();
  private timer: NodeJS.Timeout | undefined;
  private version = -1;
  private readonly off: () => void;
  private readonly coalesceMs: number;
  /** The last run of events joined into one buffer, and that buffer: the next client is nearly always given the same run. */
  private lastRun: readonly Encoded[] = [];
  private lastFrames: Buffer | undefined;

  constructor(
    private readonly core: Core,
    opts: { coalesceMs?: number } = {},
  ) {
    this.coalesceMs = opts.coalesceMs ?? 50;
    this.off = core.bus.subscribe((ev) => this.deliver(ev));
  }

  /** Starts delivering to `client`; returns the function that stops it. */
  add(client: StreamClient): () => void {
    this.refreshIfGrantsChanged();
    const permitted = new Set(this.core.access.visibleSubjects(client.userId));
    this.clients.set(client, { permitted, pending: [], pendingSubjects: [] });
    for (const s of permitted) this.index(s, client);
    return () => this.remove(client);
  }

  /**
   * A message for one client only (hello, heartbeat), in order with what it is waiting for;
   * written at once when urgent or when the client is not one of this fan-out's.
   */
  sendTo(client: StreamClient, ev: { readonly type: string; readonly [field: string]: unknown }): void {
    const state = this.clients.get(client);
    const encoded = StreamFanout.encode(ev);
    if (!state) return client.write([encoded], encoded.frame);
    this.enqueue(client, state, encoded, undefined, urgent(ev));
  }

  /** Serialised and framed once, for every client it goes to. */
  static encode(ev: unknown): Encoded {
    const json = JSON.stringify(ev);
    const n = Buffer.byteLength(json, 'utf8');
    // RFC 6455 §5.2: FIN + text opcode, then the length in 7 bits, or 126 and 16 bits, or
    // 127 and 64 bits (network order); a server's frames are not masked.
    const head = n < 126 ? 2 : n < 65536 ? 4 : 10;
    const frame = Buffer.allocUnsafe(head + n);
    frame[0] = 0x81;
    if (head === 2) frame[1] = n;
    else if (head === 4) {
      frame[1] = 126;
      frame.writeUInt16BE(n, 2);
    } else {
      frame[1] = 127;
      frame.writeBigUInt64BE(BigInt(n), 2);
    }
    frame.write(json, head, 'utf8');
    return { frame, payload: frame.subarray(head) };
  }

  /** Writes everything held now (also what the coalescing timer does). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.waiting.size === 0) return;
    // A share ended since these were held: they must not reach its screens either.
    this.refreshIfGrantsChanged();
    for (const client of this.waiting) {
      const state = this.clients.get(client);
      if (state) this.writeOut(client, state);
    }
    this.waiting.clear();
    this.forgetRun();
  }

  private forgetRun(): void {
    this.lastRun = [];
    this.lastFrames = undefined;
  }

  close(): void {
    this.off();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.clients.clear();
    this.bySubject.clear();
    this.waiting.clear();
    this.forgetRun();
  }

  private deliver(ev: ServerEvent): void {
    if (this.clients.size === 0) return;
    this.refreshIfGrantsChanged();
    const subjectId = 'subject_id' in ev ? ev.subject_id : undefined;
    const targets = subjectId !== undefined ? this.bySubject.get(subjectId) : this.clients.keys();
    if (!targets) return;
    const now = urgent(ev);
    let encoded: Encoded | undefined;
    for (const c of targets) this.enqueue(c, this.clients.get(c)!, (encoded ??= StreamFanout.encode(ev)), subjectId, now);
    if (now) this.forgetRun();
  }

  private enqueue(client: StreamClient, state: ClientState, ev: Encoded, subjectId: string | undefined, now: boolean): void {
    if (now && state.pending.length === 0) return client.write([ev], ev.frame);
    state.pending.push(ev);
    state.pendingSubjects.push(subjectId);
    if (now) {
      this.waiting.delete(client);
      return this.writeOut(client, state);
    }
    this.waiting.add(client);
    this.timer ??= setTimeout(() => this.flush(), this.coalesceMs);
  }

  private writeOut(client: StreamClient, state: ClientState): void {
    const { pending, pendingSubjects, permitted } = state;
    state.pending = [];
    state.pendingSubjects = [];
    // Only when some share ended since these were held does the run need filtering (a copy).
    const out = pendingSubjects.every((s) => s === undefined || permitted.has(s)) ? pending : pending.filter((_, i) => pendingSubjects[i] === undefined || permitted.has(pendingSubjects[i]!));
    if (out.length === 0) return;
    client.write(out, this.framesOf(out));
  }

  /**
   * One buffer for a run of frames, joined once for all the clients given the same run
   * (every screen of the same people holds the same events, held in the same order), so
   * each of them costs one plain socket write instead of a write per event.
   */
  private framesOf(run: readonly Encoded[]): Buffer {
    if (run.length === 1) return run[0]!.frame;
    const last = this.lastRun;
    if (this.lastFrames && last.length === run.length && run.every((e, i) => e === last[i])) return this.lastFrames;
    this.lastRun = run;
    return (this.lastFrames = Buffer.concat(run.map((e) => e.frame)));
  }

  private remove(client: StreamClient): void {
    const state = this.clients.get(client);
    if (!state) return;
    this.clients.delete(client);
    this.waiting.delete(client);
    for (const s of state.permitted) this.unindex(s, client);
  }

  private refreshIfGrantsChanged(): void {
    const v = this.core.access.grantsVersion();
    if (v === this.version) return;
    this.version = v;
    // One read per user, however many screens they have open.
    const byUser = new Map<string, Set<string>>();
    for (const [client, state] of this.clients) {
      let now = byUser.get(client.userId);
      if (!now) byUser.set(client.userId, (now = new Set(this.core.access.visibleSubjects(client.userId))));
      for (const s of state.permitted) if (!now.has(s)) this.unindex(s, client);
      for (const s of now) if (!state.permitted.has(s)) this.index(s, client);
      state.permitted = now;
    }
  }

  private index(subjectId: string, client: StreamClient): void {
    let set = this.bySubject.get(subjectId);
    if (!set) this.bySubject.set(subjectId, (set = new Set()));
    set.add(client);
  }

  private unindex(subjectId: string, client: StreamClient): void {
    const set = this.bySubject.get(subjectId);
    if (!set) return;
    set.delete(client);
    if (set.size === 0) this.bySubject.delete(subjectId);
  }
}
