import type { ServerEvent } from '../api/procedures';
import type { Core } from '../core/app';

/** One open stream: whose it is and how to hand it an already serialised message. */
export interface StreamClient {
  readonly userId: string;
  /** A text frame's payload, UTF-8, shared by every client the event goes to: do not modify it. */
  send(data: Buffer): void;
}

/**
 * The stream's fan-out (issue #18): each bus event is serialised once and handed to the
 * clients allowed to see its person, found through an index person → clients, instead of
 * every socket serialising it and asking the database whether its user may see it.
 *
 * Each client's permitted people are read when it joins and again for every client when
 * any grant changed (`Access.grantsVersion`, bumped by triggers whoever wrote the grant),
 * checked before each event is delivered: a screen whose share is ended gets none of that
 * person's events from then on, and a newly granted one gets the very next.
 */
export class StreamFanout {
  private readonly clients = new Map<StreamClient, Set<string>>();
  private readonly bySubject = new Map<string, Set<StreamClient>>();
  private version = -1;
  private readonly off: () => void;

  constructor(private readonly core: Core) {
    this.off = core.bus.subscribe((ev) => this.deliver(ev));
  }

  /** Starts delivering to `client`; returns the function that stops it. */
  add(client: StreamClient): () => void {
    this.refreshIfGrantsChanged();
    const permitted = new Set(this.core.access.visibleSubjects(client.userId));
    this.clients.set(client, permitted);
    for (const s of permitted) this.index(s, client);
    return () => this.remove(client);
  }

  /** Serialised once, for a message that goes to one client only (hello, heartbeat). */
  static encode(ev: unknown): Buffer {
    return Buffer.from(JSON.stringify(ev), 'utf8');
  }

  close(): void {
    this.off();
    this.clients.clear();
    this.bySubject.clear();
  }

  private deliver(ev: ServerEvent): void {
    if (this.clients.size === 0) return;
    this.refreshIfGrantsChanged();
    const targets = 'subject_id' in ev ? this.bySubject.get(ev.subject_id) : this.clients.keys();
    if (!targets) return;
    let data: Buffer | undefined;
    for (const c of targets) c.send((data ??= StreamFanout.encode(ev)));
  }

  private remove(client: StreamClient): void {
    const permitted = this.clients.get(client);
    if (!permitted) return;
    this.clients.delete(client);
    for (const s of permitted) this.unindex(s, client);
  }

  private refreshIfGrantsChanged(): void {
    const v = this.core.access.grantsVersion();
    if (v === this.version) return;
    this.version = v;
    // One read per user, however many screens they have open.
    const byUser = new Map<string, Set<string>>();
    for (const [client, old] of this.clients) {
      let now = byUser.get(client.userId);
      if (!now) byUser.set(client.userId, (now = new Set(this.core.access.visibleSubjects(client.userId))));
      for (const s of old) if (!now.has(s)) this.unindex(s, client);
      for (const s of now) if (!old.has(s)) this.index(s, client);
      this.clients.set(client, now);
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
