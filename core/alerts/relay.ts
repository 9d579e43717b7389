import { relayReaches, type AlertEscalation, type RelayConfig, type RelayDelivery } from '../../api/alerts';
import type { ServerEvent } from '../../api/procedures';
import type { CoreDeps } from '../context';
import { Kv } from '../kv';
import { logger } from '../logger';
import type { AlertStore } from './store';

const log = logger('alerts.relay');
const KV_KEY = 'alerts.relay';
const LAST_KEY = 'alerts.relay.last';
const RANK = { high: 0, medium: 1, low: 2 } as const;
/** A caregiver's phone gateway that does not answer in 5 s is down; the stream and the OS notification still carry the alert. */
const TIMEOUT_MS = 5_000;

export interface StoredRelay extends RelayConfig {
  /** The user who configured it: only alerts of subjects this user may see are relayed. */
  owner_id: string | null;
}
export const RELAY_OFF: StoredRelay = { enabled: false, url: '', min_priority: 'high', include_updates: false, from_tier: null, owner_id: null };

interface Delivery {
  type: string;
  alertId: string;
  subjectId: string;
  /** The body without `sent_at` and `attempt`, which each try stamps. */
  payload: Record<string, unknown>;
  update: boolean;
}

/**
 * The optional webhook relay (off by default): forwards alerts as JSON to one URL, for a
 * caregiver elsewhere (an SMS or e-mail gateway, a home-automation hub). One install,
 * one relay; it runs after commit, never inside a transaction, and a failure is logged
 * and audited but never blocks or loses the alert itself. A failed delivery is tried
 * again after 10 s, 1 min and 5 min while its alert is still unacknowledged (updates:
 * regardless), so a gateway that restarts does not swallow an alarm; the last delivery's
 * outcome is kept for the settings screen, which can also send a test.
 */
export class AlertRelay {
  private readonly inflight = new Set<Promise<void>>();
  /** Waits before the 2nd, 3rd and 4th try (tests shorten them). */
  retryDelaysMs: readonly number[] = [10_000, 60_000, 300_000];
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

  /** The last delivery's outcome (a test included); null before the first. */
  lastDelivery(): RelayDelivery | null {
    try {
      return this.kv.getJson<RelayDelivery>(LAST_KEY);
    } catch {
      return null;
    }
  }

  /** Sends a test message to the saved URL now (no retries) and answers how it went. */
  async test(userId: string): Promise<RelayDelivery> {
    const cfg = this.config();
    if (!cfg.url) throw new Error('no relay address is saved');
    return this.post(cfg.url, { type: 'relay.test', alertId: '', subjectId: '', payload: { type: 'relay.test', message: 'A test from Tend: alerts relayed here will look like this, with an alert and a subject.' }, update: true }, 1, userId);
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
    this.store.audit(now, ownerId, 'alerts.relay.put', null, { enabled: cfg.enabled, url: cfg.url, min_priority: cfg.min_priority, from_tier: cfg.from_tier });
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
    // An escalation (a deeper limit of a standing alarm) is announced like a new alarm;
    // a latched alarm's condition ending or returning is not news for a pager.
    const escalated = ev.type === 'alert.updated' && ev.change === 'escalated';
    // A tier reached is news for a relay standing in that tier or an earlier one (from_tier below).
    const tier = ev.type === 'alert.updated' && ev.change === 'tier';
    if (ev.type !== 'alert.raised' && ev.type !== 'alert.reannounced' && ev.type !== 'alert.acknowledged' && ev.type !== 'alert.resolved' && !escalated && !tier) return;
    // What another install raised or acknowledged is relayed there, not a second time from here.
    if ('via' in ev && ev.via === 'sync') return;
    const cfg = this.config();
    if (!cfg.enabled || !cfg.url || !cfg.owner_id) return;
    const alert = ev.alert as typeof ev.alert & { snoozed_until?: string | null; escalation?: AlertEscalation };
    const update = ev.type === 'alert.acknowledged' || ev.type === 'alert.resolved';
    if (update && !cfg.include_updates) return;
    // With tiers, the relay is heard like a member of tier `from_tier`: not before the alarm
    // reaches it (an acknowledgement of an alarm it never had is no news either). Without a
    // tier of its own (null) it had every alarm at the raise: tier moves add nothing.
    if (tier && cfg.from_tier === null) return;
    if (!relayReaches(alert, cfg.from_tier)) return;
    if (RANK[alert.priority] > RANK[cfg.min_priority]) return;
    if (!update && alert.snoozed_until && Date.parse(alert.snoozed_until) > this.deps.clock.now()) return;
    if (!this.canSee(cfg.owner_id, alert.subject_id)) return;
    const subject = this.store.subject(alert.subject_id);
    this.track(
      this.post(cfg.url, { type: ev.type, alertId: alert.id, subjectId: alert.subject_id, payload: { type: ev.type, alert, subject: subject ? { id: subject.id, name: subject.name } : { id: alert.subject_id } }, update }, 1),
    );
  }

  private track(p: Promise<unknown>): void {
    const q = p.then(
      () => undefined,
      () => undefined,
    );
    this.inflight.add(q);
    void q.finally(() => this.inflight.delete(q));
  }

  /** Still worth sending: the relay is on at the same address, and an alarm not yet acknowledged. */
  private stillWanted(url: string, d: Delivery): boolean {
    const cfg = this.config();
    if (!cfg.enabled || cfg.url !== url) return false;
    if (d.update) return true;
    const row = this.store.get(d.alertId);
    return row !== undefined && row.state === 'open';
  }

  private async post(url: string, d: Delivery, attempt: number, userId: string | null = null): Promise<RelayDelivery> {
    let status = 0;
    let error: string | undefined;
    const now = this.deps.clock.now();
    try {
      const body = JSON.stringify({ ...d.payload, sent_at: new Date(now).toISOString(), attempt });
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'Tend alert relay' }, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
    } catch (e) {
      error = (e as Error).message;
    }
    const ok = status >= 200 && status < 300;
    const test = d.type === 'relay.test';
    const wait = !ok && !test ? this.retryDelaysMs[attempt - 1] : undefined;
    const outcome: RelayDelivery = {
      at: new Date(this.deps.clock.now()).toISOString(),
      ok,
      status,
      ...(error ? { error } : !ok ? { error: `the address answered ${status}` } : {}),
      event: d.type,
      attempt,
      retry_at: wait === undefined ? null : new Date(this.deps.clock.now() + wait).toISOString(),
    };
    if (!ok) log.warn('relay delivery failed', { url, status, error, attempt });
    try {
      this.kv.setJson(LAST_KEY, outcome);
      if (test) this.store.audit(this.deps.clock.now(), userId, 'alerts.relay.test', null, { status, ok, ...(error ? { error } : {}) });
      else this.store.audit(this.deps.clock.now(), null, ok ? 'alert.relayed' : 'alert.relay_failed', d.subjectId, { alert: d.alertId, event: d.type, status, attempt, ...(error ? { error } : {}) });
    } catch {
      // The database may be closed by now (shutdown): the log line above is enough.
    }
    if (wait !== undefined) {
      this.track(
        new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            try {
              if (!this.stillWanted(url, d)) {
                // Acknowledged meanwhile, or the relay changed: no further try, and the screen says so.
                const last = this.lastDelivery();
                if (last && last.at === outcome.at && last.attempt === attempt) this.kv.setJson(LAST_KEY, { ...last, retry_at: null });
                return resolve();
              }
            } catch {
              return resolve();
            }
            void this.post(url, d, attempt + 1).finally(resolve);
          }, wait);
          t.unref();
        }),
      );
    }
    return outcome;
  }
}
