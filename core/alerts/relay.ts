import type { RelayConfig } from '../../api/alerts';
import type { ServerEvent } from '../../api/procedures';
import type { CoreDeps } from '../context';
import { Kv } from '../kv';
import { logger } from '../logger';
import type { AlertStore } from './store';

const log = logger('alerts.relay');
const KV_KEY = 'alerts.relay';
const RANK = { high: 0, medium: 1, low: 2 } as const;
/** A caregiver's phone gateway that does not answer in 5 s is down; the stream and the OS notification still carry the alert. */
const TIMEOUT_MS = 5_000;

export interface StoredRelay extends RelayConfig {
  /** The user who configured it: only alerts of subjects this user may see are relayed. */
  owner_id: string | null;
}
export const RELAY_OFF: StoredRelay = { enabled: false, url: '', min_priority: 'high', include_updates: false, owner_id: null };

/**
 * The optional webhook relay (off by default): forwards alerts as JSON to one URL, for a
 * caregiver elsewhere (an SMS or e-mail gateway, a home-automation hub). One install,
 * one relay; it runs after commit, never inside a transaction, and a failure is logged
 * and audited but never blocks or loses the alert itself.
 */
export class AlertRelay {
  private readonly inflight = new Set<Promise<void>>();
  constructor(
    private readonly deps: CoreDeps,
    private readonly store: AlertStore,
  ) {}

  private kvStore?: Kv;
  private get kv(): Kv {
    return (this.kvStore ??= new Kv(this.deps.db, () => this.deps.clock.now()));
  }

  private canSee(userId: string, subjectId: string): boolean {
    return this.deps.db.$client.prepare(`SELECT 1 FROM grants WHERE subject_id = ? AND user_id = ?`).pluck().get(subjectId, userId) !== undefined;
  }

  config(): StoredRelay {
    const row = this.kv.get(KV_KEY);
    if (!row) return RELAY_OFF;
    try {
      return { ...RELAY_OFF, ...(JSON.parse(row) as Partial<StoredRelay>) };
    } catch {
      return RELAY_OFF;
    }
  }

  save(cfg: RelayConfig, ownerId: string): StoredRelay {
    const stored: StoredRelay = { ...cfg, owner_id: ownerId };
    const now = this.deps.clock.now();
    this.kv.setJson(KV_KEY, stored);
    this.store.audit(now, ownerId, 'alerts.relay.put', null, { enabled: cfg.enabled, url: cfg.url, min_priority: cfg.min_priority });
    return stored;
  }

  /** Subscribes to the bus; returns the unsubscribe function. */
  attach(): () => void {
    return this.deps.bus.subscribe((ev) => this.onEvent(ev));
  }

  /** Resolves when every delivery started so far has finished (tests). */
  async drain(): Promise<void> {
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
  }

  private onEvent(ev: ServerEvent): void {
    if (ev.type !== 'alert.raised' && ev.type !== 'alert.reannounced' && ev.type !== 'alert.acknowledged' && ev.type !== 'alert.resolved') return;
    // What another install raised or acknowledged is relayed there, not a second time from here.
    if ('via' in ev && ev.via === 'sync') return;
    const cfg = this.config();
    if (!cfg.enabled || !cfg.url || !cfg.owner_id) return;
    const alert = ev.alert as typeof ev.alert & { snoozed_until?: string | null };
    const update = ev.type === 'alert.acknowledged' || ev.type === 'alert.resolved';
    if (update && !cfg.include_updates) return;
    if (RANK[alert.priority] > RANK[cfg.min_priority]) return;
    if (!update && alert.snoozed_until && Date.parse(alert.snoozed_until) > this.deps.clock.now()) return;
    if (!this.canSee(cfg.owner_id, alert.subject_id)) return;
    const subject = this.store.subject(alert.subject_id);
    const body = JSON.stringify({ type: ev.type, alert, subject: subject ? { id: subject.id, name: subject.name } : { id: alert.subject_id }, sent_at: new Date(this.deps.clock.now()).toISOString() });
    const p = this.post(cfg.url, body, alert.id, alert.subject_id, ev.type).finally(() => this.inflight.delete(p));
    this.inflight.add(p);
  }

  private async post(url: string, body: string, alertId: string, subjectId: string, type: string): Promise<void> {
    let status = 0;
    let error: string | undefined;
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'Tend alert relay' }, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
    } catch (e) {
      error = (e as Error).message;
    }
    const ok = status >= 200 && status < 300;
    if (!ok) log.warn('relay delivery failed', { url, status, error });
    try {
      this.store.audit(this.deps.clock.now(), null, ok ? 'alert.relayed' : 'alert.relay_failed', subjectId, { alert: alertId, event: type, status, ...(error ? { error } : {}) });
    } catch {
      // The database may be closed by now (shutdown): the log line above is enough.
    }
  }
}
