import type { Event, Priority, SubjectKind, Threshold } from '../../api/schemas';
import type { Db } from '../../db/open';
import type { CleanObservation } from '../records/observations';
import type { AlertSettings } from './settings';
import type { AlertRow } from './store';

/**
 * The rule plugin interface: how any domain (diabetes, baby, tremor, devices) adds an
 * alert rule without editing the engine. A rule only says *whether a condition holds*;
 * the engine owns everything an alarm system must get right the same way every time
 * (IEC 60601-1-8 thinking): one standing alert per condition, sustained-condition
 * timing, hysteresis (a separate "clear" predicate), the minimum re-alert interval,
 * snooze classes, audit, publication after commit, re-announcement and escalation.
 *
 * Register a rule once per core, e.g. from your domain's `xxxHandlers(core)` factory:
 *
 * ```ts
 * core.alerts.register({
 *   id: 'baby.fever',
 *   onObservations(ctx, subjectId, rows) {
 *     for (const r of rows) if (r.metric === 'body_temperature')
 *       ctx.track(subjectId, { key: 'fever', kind: 'fever', priority: 'high', message: `Temperature ${r.value} °C`, metric: r.metric, value: r.value, snoozeClass: 'body_temperature:high' },
 *                 { at: r.t, active: r.value >= 38.0, clear: r.value < 37.8 });
 *   },
 * });
 * ```
 *
 * Keys are scoped by the engine to the rule (`<rule id>:<your key>`), so two rules never
 * collide. Everything runs synchronously: `onObservations` and `onEvent` inside the
 * ingest/event transaction (throwing rolls the batch back, so do not throw), `onTick`
 * inside the timer's own transaction.
 */
export interface AlertRule {
  /** Stable, dotted, unique: `threshold`, `glucose.rate`, `baby.may-be-ill`. Part of every key it raises. */
  readonly id: string;
  /**
   * New readings of one subject, oldest first, only those recent enough to be "live"
   * (stamped after `ctx.liveFrom`): importing last year's file must not wake anyone.
   */
  onObservations?(ctx: RuleContext, subjectId: string, rows: readonly CleanObservation[]): void;
  /** true: `onObservations` gets every new row, history included, in input order (device bookkeeping). */
  readonly wantsHistory?: boolean;
  /** A new event (meal, medication, check-in …) of one subject. */
  onEvent?(ctx: RuleContext, subjectId: string, event: Event): void;
  /** Called on the engine's timer (every 15 s in the hub) for time-based rules (no data, stale sensor). */
  onTick?(ctx: RuleContext): void;
}

/** What an alert says: one condition of one subject. */
export interface ConditionSpec {
  /** The condition within this rule and subject (`glucose:low`, `device:<id>:warn`). One standing alert per key. */
  key: string;
  /** Machine name (`below_threshold`, `urgent_low_soon`, `signal_loss`, `may_be_ill`). */
  kind: string;
  /** IEC 60601-1-8: high = immediate response, medium = prompt response, low = awareness. */
  priority: Priority;
  /** A sentence for people, with units. */
  message: string;
  metric?: string | null;
  /** Canonical units of `metric`. */
  value?: number | null;
  /**
   * The snooze class: the alert family and its direction (`glucose:low`, `glucose:high`,
   * `signal_loss`). A snooze silences one class only, so snoozing highs never silences
   * lows. Default: `kind`.
   */
  snoozeClass?: string;
  /** false: may never be snoozed (urgent low, predicted urgent low). Default true. */
  snoozable?: boolean;
  /** Inputs and uncertainty behind the alert (a forecast's points and band), kept with it. */
  detail?: Record<string, unknown>;
  /** Overrides the subject's minimum re-alert interval for this condition (ms). */
  realertMs?: number;
  /**
   * true: the alert stays open after its condition ends, until acknowledged, and records
   * when the condition ended (IEC 60601-1-8 latching). Default: high and medium latch,
   * low does not (engine.ts `latches`; the per-rule table is in README.md "Latching").
   */
  latch?: boolean;
}

/** One observation of a condition, fed to `ctx.track`. */
export interface ConditionSample {
  /** When the condition was observed (epoch ms). */
  at: number;
  /** The raise predicate holds at `at`. */
  active: boolean;
  /**
   * The clear predicate holds (hysteresis: e.g. back above 70 + 5 mg/dL). Default
   * `!active`. Between the two, nothing changes: no raise, no resolve.
   */
  clear?: boolean;
  /** `active` must hold continuously this long before the alert is raised (ms). Default 0. */
  sustainMs?: number;
}

export interface ReadingRow {
  t: number;
  value: number;
  device_id: string | null;
}

export interface SubjectInfo {
  id: string;
  name: string;
  kind: SubjectKind;
}

/** What the engine offers a rule. Bound to the calling rule (keys, memory). */
export interface RuleContext {
  /** The engine's clock (epoch ms), injectable (core/clock.ts ManualClock in tests). */
  readonly now: number;
  /** Readings stamped before this are history, not live (epoch ms). */
  readonly liveFrom: number;
  /**
   * Feeds one sample of a condition. The engine raises when `active` has held for
   * `sustainMs`, no alert for the key stands and the last one resolved more than the
   * re-alert interval ago; it resolves the standing alert when `clear` holds.
   * Returns the row raised or resolved by this sample, if any.
   */
  track(subjectId: string, spec: ConditionSpec, sample: ConditionSample): AlertRow | null;
  /** Raises at once (a one-off finding: "may be ill"), with the same re-alert guard as `track`. */
  raise(subjectId: string, spec: ConditionSpec, at?: number): AlertRow | null;
  /**
   * The condition of this rule's `key` ended: its standing alert resolves, or, if it
   * latches and nobody has acknowledged it yet, stays open with `condition_ended_at`.
   * `superseded`: another alert now carries this condition (a forecast low that has
   * arrived): close it whatever its latching.
   */
  resolve(subjectId: string, key: string, at?: number, opts?: { superseded?: boolean }): AlertRow | null;
  /** The alert standing (open or acknowledged) for this rule's key. */
  standing(subjectId: string, key: string): AlertRow | undefined;
  /** Stored readings of one metric with `from ≤ t ≤ to` (this batch included), oldest first. */
  readings(subjectId: string, metric: string, from: number, to: number): ReadingRow[];
  /** The subject's thresholds (kind defaults applied if never configured). */
  thresholds(subjectId: string): Threshold[];
  /** The subject's alert settings (re-alert, signal-loss minutes, smoothing …), defaults filled in. */
  settings(subjectId: string): AlertSettings;
  subject(subjectId: string): SubjectInfo | undefined;
  /** Per-rule, per-subject memory, kept in this process (lost on restart: rules must tolerate that). */
  memory<T>(subjectId: string, init: () => T): T;
  /** Every subject id, for `onTick` rules. */
  subjectIds(): string[];
  /** Raw SQLite for rule-specific reads (better-sqlite3 `Database`); do not write through it. */
  readonly sql: Db['$client'];
}
