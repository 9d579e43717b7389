import type { Event, Priority, SubjectKind, Threshold } from '../../api/schemas';
import type { AlertDetail } from '../../api/alerts';
import type { AlertChange } from '../../api/procedures';
import type { CoreDeps } from '../context';
import { logger } from '../logger';
import type { CleanObservation } from '../records/observations';
import { builtinRules } from './builtin';
import { AlertRelay } from './relay';
import type { AlertRule, ConditionSample, ConditionSpec, RuleContext, SubjectInfo } from './rules';
import { defaultThresholds, resolveSettings, type AlertSettings } from './settings';
import { AlertStore, toAlert, type AlertRow } from './store';
import { escalationAt, parseStored, tierDue, tiersOf, type StoredEscalation } from './escalation';
import { gapLength, Watchdog, type MonitoringGap } from './watchdog';
import type { StorageHealth } from '../storage-health';

const log = logger('alerts');
const MIN = 60_000;
/**
 * Readings stamped more than this before "now" are history: importing last month's
 * file stores it without waking anyone. Three hours covers a CGM cloud's usual lag
 * (Dexcom's API delivers 1–3 h late) and a phone back-filling after a night offline.
 */
export const LIVE_WINDOW_MS = 3 * 60 * MIN;
/** Default for tests and callers that pass no settings (the subject's `realert_min` wins). */
export const DEFAULT_REALERT_MS = 15 * MIN;

/** Whether two tier snapshots name the same tier, label and people (who it goes to, who sounds). */
function sameAudience(a: StoredEscalation, b: StoredEscalation): boolean {
  const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).join(',');
  return a.of === b.of && (a.label ?? null) === (b.label ?? null) && ids(a.to) === ids(b.to) && a.sounding.join(',') === b.sounding.join(',');
}

/** Priorities in order of urgency (IEC 60601-1-8): escalation only ever goes up. */
const RANK: Record<Priority, number> = { low: 1, medium: 2, high: 3 };

/**
 * Whether an alert of this spec latches: stays open (and sounding, when high) after its
 * condition ends, until someone acknowledges it (IEC 60601-1-8 §6.2 "latching alarm
 * signal"). High and medium latch unless the rule says otherwise; low (awareness only)
 * resolves with its condition. The per-rule table is in core/alerts/README.md "Latching".
 */
export const latches = (spec: Pick<ConditionSpec, 'latch' | 'priority'>): boolean => spec.latch ?? spec.priority !== 'low';

/** What one evaluation (an ingest batch, an event, a tick) changed, to publish after commit. */
export interface AlertChanges {
  raised: AlertDetail[];
  resolved: AlertDetail[];
  reannounced: AlertDetail[];
  /** Standing alerts that escalated, or whose condition ended or returned (`alert.updated`). */
  updated: Array<{ alert: AlertDetail; change: AlertChange }>;
}

interface Batch {
  raised: AlertRow[];
  resolved: AlertRow[];
  reannounced: AlertRow[];
  updated: Array<{ row: AlertRow; change: AlertChange }>;
  settings: Map<string, AlertSettings>;
  subjects: Map<string, SubjectInfo | null>;
  thresholds: Map<string, Threshold[]>;
}

/**
 * The one alert engine. Rules (core/alerts/rules.ts) say whether a condition holds; the
 * engine keeps one standing alert per condition, applies sustained-condition timing,
 * hysteresis and the minimum re-alert interval, honours snoozes, audits every change,
 * re-announces unacknowledged high-priority alerts and hands back what changed so the
 * caller publishes after its transaction commits.
 */
export class AlertEngine {
  readonly store: AlertStore;
  /** The optional webhook relay, subscribed to the bus; idle until its owner turns it on. */
  readonly relay: AlertRelay;
  private readonly rules: AlertRule[] = [];
  /** `subject \0 key` → epoch ms the condition started holding (sustain timer). */
  private readonly pending = new Map<string, number>();
  private readonly memories = new Map<string, Map<string, unknown>>();
  private readonly defaultsChecked = new Set<string>();
  private batch: Batch | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly watchdog: Watchdog;
  private readonly storage: Pick<StorageHealth, 'attempt'> | undefined;
  /** This process kept beating but could not write the heartbeat (a full disk): a gap then is not a stop. */
  private beatFailing = false;

  constructor(private readonly deps: CoreDeps, opts: { rules?: AlertRule[]; storage?: Pick<StorageHealth, 'attempt'> } = {}) {
    this.storage = opts.storage;
    this.store = new AlertStore(deps);
    this.watchdog = new Watchdog(deps.db, () => deps.clock.now(), LIVE_WINDOW_MS);
    this.relay = new AlertRelay(deps, this.store);
    this.relay.attach();
    for (const r of opts.rules ?? builtinRules()) this.register(r);
  }

  /** Adds a rule (once per core; a second rule with the same id replaces the first). */
  register(rule: AlertRule): void {
    const i = this.rules.findIndex((r) => r.id === rule.id);
    if (i >= 0) this.rules.splice(i, 1, rule);
    else this.rules.push(rule);
  }

  ruleIds(): string[] {
    return this.rules.map((r) => r.id);
  }

  /**
   * Runs inside the ingest transaction: marks the devices heard from, then lets every
   * rule look at the live rows. Returns the alerts raised or resolved (publish after commit).
   */
  onObservations(subjectId: string, rows: readonly CleanObservation[]): AlertChanges {
    return this.run(() => {
      if (!rows.length) return;
      const now = this.deps.clock.now();
      // Devices are "seen" when their data arrive, whatever the readings' own stamps
      // (a back-fill of old readings still proves the device is talking now).
      const battery = new Map<string, number | null>();
      for (const r of rows) {
        if (r.device_id === null) continue;
        const b = r.metric === 'battery_level' ? r.value : null;
        if (!battery.has(r.device_id) || b !== null) battery.set(r.device_id, b);
      }
      for (const [id, b] of battery) this.store.touchDevice(id, now, b);
      const liveFrom = now - LIVE_WINDOW_MS;
      let live = rows.filter((r) => r.t >= liveFrom);
      if (!live.length && !battery.size) return;
      this.watchdog.saw(subjectId, now);
      live = [...live].sort((a, b) => a.t - b.t);
      for (const rule of this.rules) {
        if (!rule.onObservations) continue;
        const mine = rule.wantsHistory ? rows : live;
        if (mine.length) rule.onObservations(this.ctxFor(rule, now), subjectId, mine);
      }
    });
  }

  /** A new event of a subject (call inside the event's transaction). */
  onEvent(subjectId: string, event: Event): AlertChanges {
    return this.run(() => {
      const now = this.deps.clock.now();
      for (const rule of this.rules) rule.onEvent?.(this.ctxFor(rule, now), subjectId, event);
    });
  }

  /**
   * The timer: time-based rules (signal loss) and re-announcement of unacknowledged
   * high-priority alerts. Runs its own transaction and publishes; returns what changed.
   */
  tick(): AlertChanges {
    const changes = this.deps.db.$client.transaction(() =>
      this.run(() => {
        const now = this.deps.clock.now();
        for (const rule of this.rules) rule.onTick?.(this.ctxFor(rule, now));
        this.reannounce(now);
        this.moveTiers(now);
      }),
    )();
    this.publish(changes);
    return changes;
  }

  /**
   * Starts the timer (the hub and the desktop app do; a CLI import does not need it).
   * Its first beat, at once, notices how long nothing was watching before this start.
   */
  start(everyMs = 15_000): void {
    if (this.timer) return;
    this.guarded('beat', () => this.beat());
    this.timer = setInterval(() => {
      // The beat first: after the computer slept, its gap alert comes before whatever the tick finds.
      this.guarded('beat', () => this.beat());
      this.guarded('tick', () => this.tick());
    }, everyMs);
    this.timer.unref();
  }

  /** Stops the timer; the heartbeat records a clean close, so the next start says "closed". */
  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    this.guarded('close', () => this.watchdog.closed(this.deps.clock.now()));
  }

  /**
   * The watchdog's beat (the timer calls it before each tick): stamps the heartbeat and,
   * when the previous stamp is older than a person's `monitoring_gap_min`, raises a
   * `monitoring_gap` alert for every person who was being watched live when it went quiet
   * (low when the app was closed, medium when it stopped without closing or the computer
   * slept). One alert per person and gap; it stays until acknowledged. Publishes; returns
   * what changed.
   */
  beat(): AlertChanges {
    // The heartbeat is a write every beat, so it is also how a full disk is noticed when
    // no data arrive.
    const write = this.deps.db.$client.transaction(() =>
      this.run(() => {
        const now = this.deps.clock.now();
        const gap = this.watchdog.beat(now, MIN);
        if (gap) this.raiseGap(this.beatFailing ? { ...gap, cause: 'unwritable' } : gap, now);
      }),
    );
    let changes: AlertChanges;
    try {
      changes = this.storage ? this.storage.attempt(() => write()) : write();
    } catch (e) {
      this.beatFailing = true;
      throw e;
    }
    this.beatFailing = false;
    this.publish(changes);
    return changes;
  }

  private raiseGap(gap: MonitoringGap & { watched: string[] }, now: number): void {
    const length = gap.to - gap.from;
    for (const subjectId of gap.watched) {
      // A person deleted since is nobody to check on.
      if (!this.subjectOf(subjectId)) continue;
      if (length < this.settingsOf(subjectId).monitoring_gap_min * MIN) continue;
      const why =
        gap.cause === 'closed' ? 'Tend was closed' : gap.cause === 'unwritable' ? 'Tend could not write to its database (is the disk full?)' : 'Tend stopped without closing, or the computer was asleep';
      this.raiseOnce(
        subjectId,
        `watchdog:gap:${gap.from}`,
        {
          key: `gap:${gap.from}`,
          kind: 'monitoring_gap',
          priority: gap.cause === 'closed' ? 'low' : 'medium',
          message: `No alerts were checked for ${gapLength(length)}: ${why}. Check on the person.`,
          snoozeClass: 'monitoring_gap',
          detail: { from: new Date(gap.from).toISOString(), to: new Date(gap.to).toISOString(), minutes: Math.round(length / MIN), cause: gap.cause },
          // Each gap is its own finding, however close to the last one.
          realertMs: 0,
        },
        gap.to,
        now,
      );
    }
  }

  private guarded(what: string, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      log.error(`${what} failed`, { error: (e as Error).stack ?? String(e) });
    }
  }

  /** Publishes changes made outside the ingest path (the ingest path publishes its own). */
  publish(c: AlertChanges): void {
    for (const alert of c.raised) this.deps.bus.publish({ type: 'alert.raised', subject_id: alert.subject_id, alert });
    for (const alert of c.resolved) this.deps.bus.publish({ type: 'alert.resolved', subject_id: alert.subject_id, alert });
    for (const alert of c.reannounced) this.deps.bus.publish({ type: 'alert.reannounced', subject_id: alert.subject_id, alert, count: alert.reannounce_count });
    for (const u of c.updated) this.deps.bus.publish({ type: 'alert.updated', subject_id: u.alert.subject_id, alert: u.alert, change: u.change });
  }

  // ------------------------------------------------------------------ subject data

  settingsOf(subjectId: string): AlertSettings {
    const cached = this.batch?.settings.get(subjectId);
    if (cached) return cached;
    const s = this.store.subject(subjectId);
    const out = resolveSettings(s ? (JSON.parse(s.settings) as Record<string, unknown>) : undefined);
    this.batch?.settings.set(subjectId, out);
    return out;
  }

  subjectOf(subjectId: string): SubjectInfo | undefined {
    const cached = this.batch?.subjects.get(subjectId);
    if (cached !== undefined) return cached ?? undefined;
    const s = this.store.subject(subjectId);
    const out = s ? { id: s.id, name: s.name, kind: s.kind as SubjectKind } : null;
    this.batch?.subjects.set(subjectId, out);
    return out ?? undefined;
  }

  /**
   * The thresholds in force. A subject whose thresholds were never set gets its kind's
   * defaults written the first time anything asks (its first reading, the thresholds
   * screen), recorded in the audit trail as `thresholds.defaults`.
   */
  thresholdsOf(subjectId: string): Threshold[] {
    const cached = this.batch?.thresholds.get(subjectId);
    if (cached) return cached;
    if (!this.defaultsChecked.has(subjectId)) {
      this.defaultsChecked.add(subjectId);
      if (!this.store.thresholdsConfigured(subjectId)) {
        const s = this.subjectOf(subjectId);
        if (s) this.applyDefaults(subjectId, s.kind, null);
      }
    }
    const out = this.store.thresholds(subjectId);
    this.batch?.thresholds.set(subjectId, out);
    return out;
  }

  /** Replaces a subject's thresholds with its kind's defaults (audited). */
  applyDefaults(subjectId: string, kind: SubjectKind, userId: string | null): Threshold[] {
    const list = defaultThresholds(kind);
    this.deps.db.$client.transaction(() => {
      this.store.replaceThresholds(subjectId, list);
      this.store.audit(this.deps.clock.now(), userId, 'thresholds.defaults', subjectId, { kind, thresholds: list });
    })();
    this.batch?.thresholds.delete(subjectId);
    this.defaultsChecked.add(subjectId);
    return list;
  }

  /** Forgets cached thresholds (after `thresholds.put`); the next batch reads them again. */
  invalidate(subjectId: string): void {
    this.batch?.thresholds.delete(subjectId);
    this.defaultsChecked.add(subjectId);
  }

  // ------------------------------------------------------------------ the central state machine

  private run(fn: () => void): AlertChanges {
    const outer = this.batch;
    const batch: Batch = { raised: [], resolved: [], reannounced: [], updated: [], settings: new Map(), subjects: new Map(), thresholds: new Map() };
    this.batch = batch;
    try {
      fn();
    } finally {
      this.batch = outer;
    }
    // An alert changed twice in one batch is published once, as it stands at the end.
    const latest = (row: AlertRow) => toAlert(this.store.get(row.id) ?? row);
    return {
      raised: batch.raised.map(latest),
      resolved: batch.resolved.map(latest),
      reannounced: batch.reannounced.map(latest),
      updated: batch.updated.filter((u) => !batch.raised.some((r) => r.id === u.row.id)).map((u) => ({ alert: latest(u.row), change: u.change })),
    };
  }

  private ctxFor(rule: AlertRule, now: number): RuleContext {
    const full = (key: string) => `${rule.id}:${key}`;
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const engine = this;
    return {
      now,
      liveFrom: now - LIVE_WINDOW_MS,
      track: (s, spec, sample) => engine.track(s, full(spec.key), spec, sample, now),
      raise: (s, spec, at) => engine.raiseOnce(s, full(spec.key), spec, at ?? now, now),
      resolve: (s, key, at, opts) => engine.resolveKey(s, full(key), at ?? now, now, opts?.superseded ?? false),
      standing: (s, key) => engine.store.active(s, full(key)),
      readings: (s, metric, from, to) => engine.store.readings(s, metric, from, to),
      thresholds: (s) => engine.thresholdsOf(s),
      settings: (s) => engine.settingsOf(s),
      subject: (s) => engine.subjectOf(s),
      memory: <T>(s: string, init: () => T): T => {
        let m = engine.memories.get(rule.id);
        if (!m) engine.memories.set(rule.id, (m = new Map()));
        if (!m.has(s)) m.set(s, init());
        return m.get(s) as T;
      },
      subjectIds: () => engine.store.subjectIds(),
      sql: engine.deps.db.$client,
    };
  }

  private realertMs(subjectId: string, spec: ConditionSpec): number {
    return spec.realertMs ?? this.settingsOf(subjectId).realert_min * MIN;
  }

  private track(subjectId: string, key: string, spec: ConditionSpec, sample: ConditionSample, now: number): AlertRow | null {
    const pk = `${subjectId}\u0000${key}`;
    const clear = sample.clear ?? !sample.active;
    const standing = this.store.active(subjectId, key);
    if (sample.active) {
      if (standing) {
        this.pending.delete(pk);
        return this.stillHolds(standing, spec, sample.at, now);
      }
      const since = Math.min(this.pending.get(pk) ?? sample.at, sample.at);
      this.pending.set(pk, since);
      if (sample.at - since < (sample.sustainMs ?? 0)) return null;
      // One excursion, one alert: a condition that comes back within the re-alert
      // interval of the last one clearing is the same episode. If it is still there
      // when the interval has passed, it is raised then. A deeper limit than the last
      // one reached (urgent low after a low) is news, and is raised at once.
      const last = this.store.lastResolved(subjectId, key);
      if (last?.resolved_at != null && sample.at >= last.resolved_at && sample.at - last.resolved_at < this.realertMs(subjectId, spec) && RANK[spec.priority] <= RANK[last.priority]) return null;
      this.pending.delete(pk);
      return this.doRaise(subjectId, key, spec, sample.at, now);
    }
    // Between the raise and the clear predicates (the hysteresis band) nothing changes,
    // and a sustain timer keeps running: a noisy sensor dipping back by a hair does not
    // restart "outside the range for 10 minutes".
    if (!clear) return null;
    this.pending.delete(pk);
    if (!standing) return null;
    return this.conditionEnded(standing, sample.at, now);
  }

  /**
   * The condition of a standing alert holds (again): a deeper nested limit escalates it,
   * and a latched alert whose condition had ended is the same alert, holding again.
   * De-escalation changes nothing: a latched high stays high until acknowledged.
   */
  private stillHolds(standing: AlertRow, spec: ConditionSpec, at: number, now: number): AlertRow | null {
    if (RANK[spec.priority] > RANK[standing.priority]) {
      if (standing.state === 'open') {
        const row = this.store.escalate(
          standing.id,
          { kind: spec.kind, priority: spec.priority, message: spec.message, value: spec.value ?? null, detail: spec.detail ?? {}, snoozable: spec.snoozable ?? true, latching: latches(spec) },
          now,
        );
        this.store.audit(now, null, 'alert.escalated', standing.subject_id, { alert: standing.id, kind: spec.kind, from: standing.priority, to: spec.priority, value: spec.value ?? null, at });
        // Became high in place: its tiers count from now, not from the lesser raise.
        const tiered = spec.priority === 'high' ? this.startTiers(row, now, now) : row;
        this.batch?.updated.push({ row: tiered, change: 'escalated' });
        return tiered;
      }
      // Someone acknowledged the lesser alarm; the deeper one must be heard and
      // acknowledged in its own right. The acknowledged one is closed, superseded.
      this.doResolve(standing, at, standing.kind, true);
      return this.doRaise(standing.subject_id, standing.rule_key, spec, at, now);
    }
    if (standing.condition_ended_at !== null) {
      const row = this.store.setConditionEnded(standing.id, null, now);
      this.store.audit(now, null, 'alert.condition_returned', standing.subject_id, { alert: standing.id, kind: standing.kind, at });
      this.batch?.updated.push({ row, change: 'condition_returned' });
      return row;
    }
    return null;
  }

  /**
   * The condition of a standing alert ended: a latching alert nobody has acknowledged yet
   * stays open, saying when its condition ended; any other resolves.
   */
  private conditionEnded(standing: AlertRow, at: number, now: number): AlertRow | null {
    if (standing.latching === 0 || standing.state !== 'open') return this.doResolve(standing, at, standing.kind);
    if (standing.condition_ended_at !== null) return null;
    const when = Math.max(at, standing.raised_at);
    const row = this.store.setConditionEnded(standing.id, when, now);
    this.store.audit(now, null, 'alert.condition_ended', standing.subject_id, { alert: standing.id, kind: standing.kind, at: when });
    this.batch?.updated.push({ row, change: 'condition_ended' });
    return row;
  }

  private raiseOnce(subjectId: string, key: string, spec: ConditionSpec, at: number, now: number): AlertRow | null {
    const open = this.store.openFor(subjectId, key);
    if (open) return this.stillHolds(open, spec, at, now);
    const last = this.store.lastRaised(subjectId, key);
    if (last && at >= last.raised_at && at - last.raised_at < this.realertMs(subjectId, spec) && RANK[spec.priority] <= RANK[last.priority]) return null;
    return this.doRaise(subjectId, key, spec, at, now);
  }

  private resolveKey(subjectId: string, key: string, at: number, now: number, superseded: boolean): AlertRow | null {
    this.pending.delete(`${subjectId}\u0000${key}`);
    const standing = this.store.active(subjectId, key);
    if (!standing) return null;
    return superseded ? this.doResolve(standing, at, standing.kind, true) : this.conditionEnded(standing, at, now);
  }

  private doRaise(subjectId: string, key: string, spec: ConditionSpec, at: number, now: number): AlertRow {
    const snoozeClass = spec.snoozeClass ?? spec.kind;
    const snoozable = spec.snoozable ?? true;
    const snoozedUntil = snoozable ? this.store.snoozedUntil(subjectId, snoozeClass, now) : null;
    const row = this.store.raise({
      subject_id: subjectId,
      kind: spec.kind,
      rule_key: key,
      metric: spec.metric ?? null,
      value: spec.value ?? null,
      priority: spec.priority,
      message: spec.message,
      at,
      snooze_class: snoozeClass,
      snoozable,
      snoozed_until: snoozedUntil,
      detail: spec.detail ?? {},
      latching: latches(spec),
    });
    this.store.audit(now, null, 'alert.raised', subjectId, { alert: row.id, kind: spec.kind, key, priority: spec.priority, value: spec.value ?? null, at, ...(snoozedUntil ? { snoozed_until: snoozedUntil } : {}) });
    const tiered = spec.priority === 'high' ? this.startTiers(row, at, now) : row;
    this.batch?.raised.push(tiered);
    return tiered;
  }

  private doResolve(standing: AlertRow, at: number, kind: string, superseded = false): AlertRow {
    // Never resolve before it was raised (readings arriving out of order).
    const when = Math.max(at, standing.raised_at);
    const row = this.store.resolve(standing.id, when);
    this.store.audit(this.deps.clock.now(), null, 'alert.resolved', standing.subject_id, { alert: standing.id, kind, at: when, ...(superseded ? { superseded: true } : {}) });
    this.batch?.resolved.push(row);
    return row;
  }

  /**
   * A high alert of a person with escalation tiers starts at the tier due since `since`
   * (tier 1 when raised now; a sustained condition raised late may start further on).
   * Without tiers nothing is recorded and the alert is exactly what it was before.
   */
  private startTiers(row: AlertRow, since: number, now: number): AlertRow {
    if (row.escalation !== null) return row;
    const s = this.store.subject(row.subject_id);
    const tiers = tiersOf(s ? (JSON.parse(s.settings) as Record<string, unknown>) : undefined);
    if (!tiers.length) return row;
    const n = tierDue(tiers, now - since);
    const e = escalationAt(this.deps.db.$client, row.subject_id, tiers, n, since, now);
    this.store.audit(now, null, 'alert.tier', row.subject_id, { alert: row.id, tier: n, of: tiers.length, to: e.to.map((u) => u.id) });
    return this.store.setEscalation(row.id, JSON.stringify(e));
  }

  /**
   * Tiered escalation (issue 19): an open, unsnoozed high alert nobody has acknowledged
   * moves to the next tier once that tier's `after_min` has passed, announced as
   * `alert.updated` with `change: "tier"`. Acknowledging it stops this (only open alerts
   * move). The tiers in force at each step are used, so tiers saved while an alert is open
   * apply to it from the next step (core/alerts/README.md "Tiers changed while an alarm stands"):
   * an alert that had none starts tier 1 then (counted from then: nobody is skipped); one that had
   * tiers is re-resolved against the new ones (never back to an earlier tier number); one whose
   * person no longer has tiers sounds for everyone again.
   */
  private moveTiers(now: number): void {
    for (const a of this.store.openHigh()) {
      if (a.snoozed_until !== null && a.snoozed_until > now) continue;
      const cur = parseStored(a.escalation);
      const s = this.store.subject(a.subject_id);
      const tiers = tiersOf(s ? (JSON.parse(s.settings) as Record<string, unknown>) : undefined);
      if (!tiers.length) {
        if (a.escalation === null) continue;
        const row = this.store.setEscalation(a.id, null);
        this.store.audit(now, null, 'alert.tier', a.subject_id, { alert: a.id, tier: null, of: 0, to: [], reason: 'tiers_removed' });
        this.batch?.updated.push({ row, change: 'tier' });
        continue;
      }
      const since = cur?.since ?? now;
      const n = Math.min(Math.max(cur?.tier ?? 1, tierDue(tiers, now - since)), tiers.length);
      const e = escalationAt(this.deps.db.$client, a.subject_id, tiers, n, since, now);
      // Same tier, same people: nothing to say (the usual case on every tick).
      if (cur && n === cur.tier && sameAudience(cur, e)) continue;
      const moved = cur !== null && n > cur.tier;
      const row = this.store.setEscalation(a.id, JSON.stringify(moved || !cur ? e : { ...e, at: cur.at }));
      this.store.audit(now, null, 'alert.tier', a.subject_id, { alert: a.id, tier: n, of: tiers.length, to: e.to.map((u) => u.id), ...(moved ? {} : { reason: cur ? 'tiers_changed' : 'tiers_set' }) });
      this.batch?.updated.push({ row, change: 'tier' });
    }
  }

  /**
   * Escalation: an open (unacknowledged), unsnoozed high-priority alert is announced
   * again every `reannounce_high_min` (medium: `reannounce_medium_min`, off by default)
   * to everyone granted the subject, until someone acknowledges it.
   */
  private reannounce(now: number): void {
    for (const a of this.store.dueForReannounce()) {
      if (a.snoozed_until !== null && a.snoozed_until > now) continue;
      const s = this.settingsOf(a.subject_id);
      const every = a.priority === 'high' ? s.reannounce_high_min : s.reannounce_medium_min;
      if (every === null) continue;
      // A snooze that ran out counts as the last announcement.
      const last = Math.max(a.last_notified_at ?? a.raised_at, a.snoozed_until ?? 0);
      if (now - last < every * MIN) continue;
      const row = this.store.markReannounced(a.id, now);
      this.store.audit(now, null, 'alert.reannounced', a.subject_id, { alert: a.id, count: row.reannounce_count });
      this.batch?.reannounced.push(row);
    }
  }
}
