import { z } from 'zod';
import { on } from './access';
import { None, Ok, procedure } from './define';
import { Alert, Priority, Role, SubjectKind, Threshold } from './schemas';

/**
 * The alerts domain's procedures beyond the contract routes (`alerts.list`,
 * `alerts.ack`, `thresholds.get/put` live in the core map): the lifecycle (snooze,
 * history, audit), per-subject alert settings, threshold defaults, the clinic kiosk's
 * board, and the optional webhook relay.
 */

/** Where an unacknowledged high alert stands in its person's escalation tiers (issue 19; core/alerts/README.md "Tiered escalation"). */
export const AlertEscalation = z.object({
  /** 1-based tier it has reached. */
  tier: z.number().int(),
  /** How many tiers the person has. */
  of: z.number().int(),
  /** The tier's name ("on-call clinician"); null when none was given. */
  label: z.string().nullable(),
  /** Who the current tier is: its named users and the holders of its roles, as resolved when it was reached. */
  to: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Users whose screens sound: everyone in this tier and the earlier ones (earlier tiers keep sounding). */
  sounding: z.array(z.string()),
  /** When this tier was reached. */
  at: z.string(),
});
export type AlertEscalation = z.infer<typeof AlertEscalation>;

/** "tier 2 of 2: on-call clinician (Dr Xu)", as the alarm shows it. */
export function describeTier(e: AlertEscalation): string {
  const names = e.to.map((u) => u.name).join(', ');
  const who = e.label ? (names ? `${e.label} (${names})` : e.label) : names || 'nobody';
  return `tier ${e.tier} of ${e.of}: ${who}`;
}

/**
 * Whether an open alert is heard by `userId` (their screen sounds, their desktop notifies):
 * without tiers, everyone who can see it; with tiers, only those in `sounding` (the tier
 * reached and the earlier ones). The alarm banner, the desktop's OS notification and the
 * relay's per-tier target all decide with this (core/alerts/README.md "Tiered escalation").
 */
export function reaches(alert: { escalation?: AlertEscalation | undefined }, userId: string | null): boolean {
  if (!alert.escalation) return true;
  return userId !== null && alert.escalation.sounding.includes(userId);
}

/** Whether a relay that stands in tier `fromTier` and later (null: every tier) is due this alert now. */
export function relayReaches(alert: { escalation?: AlertEscalation | undefined }, fromTier: number | null): boolean {
  if (!alert.escalation || fromTier === null) return true;
  return alert.escalation.tier >= fromTier;
}

/** An alert with its lifecycle details. */
export const AlertDetail = Alert.extend({
  /** Family and direction (`glucose:low`); a snooze silences one class only. */
  snooze_class: z.string().nullable(),
  /** false: an urgent low, which may never be snoozed. */
  snoozable: z.boolean(),
  snoozed_until: z.string().nullable(),
  /** Last time it was announced (raised or re-announced). */
  last_notified_at: z.string().nullable(),
  reannounce_count: z.number(),
  /** The rule's inputs and uncertainty (a forecast's slope, band, points). */
  detail: z.record(z.string(), z.unknown()),
  /** true: stays open after its condition ends, until acknowledged (core/alerts/README.md "Latching"). */
  latching: z.boolean().optional(),
  /** Present only while the person has escalation tiers and the alert is (or was) escalating. */
  escalation: AlertEscalation.optional(),
});
export type AlertDetail = z.infer<typeof AlertDetail>;

/** Minutes a snooze may last: 5 minutes to 4 hours (a night's silence is a settings change, not a snooze). */
export const SnoozeMinutes = z.number().int().min(5).max(240);
export const Snooze = z.object({ id: z.string(), subject_id: z.string(), snooze_class: z.string(), until: z.string(), created_by: z.string().nullable() });
export type Snooze = z.infer<typeof Snooze>;

/** Per-subject behaviour (core/alerts/settings.ts documents each field and its default). */
export const AlertSettings = z.object({
  realert_min: z.number().min(0).max(1440),
  reannounce_high_min: z.number().min(1).max(240),
  reannounce_medium_min: z.number().min(1).max(240).nullable(),
  signal_loss_warn_min: z.number().min(1).max(1440),
  signal_loss_urgent_min: z.number().min(1).max(2880),
  battery_low_percent: z.number().min(1).max(90),
  glucose_fall_rate: z.number().min(0.5).max(10),
  predicted_low_horizon_min: z.number().min(5).max(60),
  monitoring_gap_min: z.number().min(1).max(1440),
  smoothing: z.record(z.string(), z.number().int().min(1).max(15)),
});
export type AlertSettingsT = z.infer<typeof AlertSettings>;

/** At most this many tiers, each at most this many minutes after the raise, naming at most this many users. */
export const MAX_TIERS = 5;
export const MAX_TIER_MIN = 1440;
export const MAX_TIER_USERS = 20;

/** One escalation tier: who an unacknowledged high alert goes to, from `after_min` minutes after it was raised. */
export const EscalationTier = z
  .object({
    after_min: z.number().int().min(0).max(MAX_TIER_MIN),
    /** Accounts the person is shared with. */
    user_ids: z.array(z.string().min(1).max(200)).max(MAX_TIER_USERS).default([]),
    /** Everyone holding one of these grant roles on the person. */
    roles: z.array(Role).max(4).default([]),
    /** How the alert names the tier ("on-call clinician"). */
    label: z.string().trim().min(1).max(80).optional(),
  })
  .refine((t) => t.user_ids.length + t.roles.length > 0, { message: 'a tier needs at least one user or role', path: ['user_ids'] });
export type EscalationTier = z.infer<typeof EscalationTier>;

/**
 * A person's escalation tiers; no tiers (the default) is today's behaviour: every high alert
 * sounds for everyone granted the person. Tier 1 starts at once (after_min 0) and each later
 * tier strictly later than the one before.
 */
export const EscalationTiers = z
  .array(EscalationTier)
  .max(MAX_TIERS)
  .superRefine((tiers, ctx) => {
    tiers.forEach((t, i) => {
      if (i === 0 && t.after_min !== 0) ctx.addIssue({ code: 'custom', message: 'tier 1 must start at once (after_min 0)', path: [0, 'after_min'] });
      if (i > 0 && t.after_min <= tiers[i - 1]!.after_min) ctx.addIssue({ code: 'custom', message: `must be later than tier ${i}'s ${tiers[i - 1]!.after_min} min`, path: [i, 'after_min'] });
    });
  });
export const EscalationSettings = z.object({ tiers: EscalationTiers });
export type EscalationSettings = z.infer<typeof EscalationSettings>;

export const AuditEntry = z.object({ id: z.number(), at: z.string(), user_id: z.string().nullable(), user_name: z.string().nullable(), action: z.string(), subject_id: z.string().nullable(), detail: z.record(z.string(), z.unknown()) });
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Trend arrows as a CGM shows them (rate in the metric's unit per minute). */
export const Trend = z.enum(['up2', 'up', 'up45', 'flat', 'down45', 'down', 'down2']);
export type Trend = z.infer<typeof Trend>;

export const KioskTile = z.object({
  subject: z.object({ id: z.string(), name: z.string(), kind: SubjectKind }),
  latest: z.array(z.object({ metric: z.string(), value: z.number(), unit: z.string(), t: z.string(), trend: Trend.nullable(), rate_per_min: z.number().nullable() })),
  open: z.object({ high: z.number(), medium: z.number(), low: z.number() }),
  /** Standing alerts (open first, then acknowledged), most urgent first, at most 6. */
  alerts: z.array(AlertDetail),
  /** Newest reading of any metric, at any age (null: the person has no data at all). */
  last_data_at: z.string().nullable(),
  /** Minutes after which a value is old, not current (the subject's signal-loss warning setting). */
  stale_after_min: z.number(),
  /** Higher is more urgent; tiles come sorted by it. */
  urgency: z.number(),
});
export type KioskTile = z.infer<typeof KioskTile>;
export const KioskBoard = z.object({ at: z.string(), tiles: z.array(KioskTile) });
export type KioskBoard = z.infer<typeof KioskBoard>;

/** The optional webhook relay, one per install, off by default; relays only alerts of subjects its owner may see. */
export const RelayConfig = z.object({
  enabled: z.boolean(),
  /** http(s) URL receiving `POST` JSON `{type, alert, subject:{id,name}, sent_at}`. */
  url: z.string().max(2000).refine((u) => u === '' || /^https?:\/\/[^\s]+$/i.test(u), { message: 'must be an http(s) URL' }),
  /** Lowest priority relayed. */
  min_priority: Priority,
  /** Also relay acknowledgements and resolutions (so the far caregiver knows it is handled). */
  include_updates: z.boolean(),
  /**
   * Where the relay stands in a person's escalation tiers: null (the default) = every tier, as
   * before tiers; N = it is one more member of tier N, so a high alarm of a person with tiers is
   * relayed once it reaches tier N (and on every re-announcement after). People without tiers are
   * relayed as before. Tier numbers count from 1, at most 5 as tiers do.
   */
  from_tier: z.number().int().min(1).max(MAX_TIERS).nullable().default(null),
});
export type RelayConfig = z.infer<typeof RelayConfig>;
/** How the last delivery went (a failed one is retried after 10 s, 1 min and 5 min while its alert is unacknowledged). */
export const RelayDelivery = z.object({
  at: z.string(),
  ok: z.boolean(),
  /** HTTP status; 0 when nothing answered. */
  status: z.number().int(),
  error: z.string().optional(),
  event: z.string(),
  /** 1 for the first try. */
  attempt: z.number().int(),
  /** When the next try is due, if one is. */
  retry_at: z.string().nullable(),
});
export type RelayDelivery = z.infer<typeof RelayDelivery>;
export const RelayView = RelayConfig.extend({
  owner_id: z.string().nullable(),
  last_delivery: RelayDelivery.nullable().default(null),
  /** false: the caller is not an administrator of this install, may not change the relay and is not shown its address (`url` says it is hidden). */
  manageable: z.boolean(),
});

const Ref = z.object({ subject_id: z.string().min(1) });

export const alertsProcedures = {
  'alerts.get': procedure(z.object({ id: z.string().min(1) }), AlertDetail, on('read', 'alert:id')),
  /** Snoozes the alert's class for the subject (409 for an alert that may not be snoozed, e.g. urgent low). */
  'alerts.snooze': procedure(z.object({ id: z.string().min(1), minutes: SnoozeMinutes }), AlertDetail, on('acknowledge', 'alert:id')),
  /** Snoozes a class ahead of time (`glucose:high` while a meal is digested). */
  'alerts.snooze_class': procedure(Ref.extend({ snooze_class: z.string().min(1).max(200), minutes: SnoozeMinutes }), Snooze, on('acknowledge')),
  'alerts.snoozes': procedure(Ref, z.array(Snooze), on('read')),
  'alerts.unsnooze': procedure(Ref.extend({ snooze_class: z.string().min(1).max(200) }), Ok, on('acknowledge')),
  /** The audit trail of alerts and thresholds: of one subject, or of one alert. */
  'alerts.audit': procedure(
    z.object({ subject_id: z.string().optional(), alert_id: z.string().optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) }),
    z.object({ items: z.array(AuditEntry) }),
    // `alert_id` alone: the handler checks the alert's subject.
    on('read', 'subject_id?'),
  ),
  'alerts.settings.get': procedure(Ref, AlertSettings, on('read')),
  'alerts.settings.put': procedure(Ref.extend({ settings: AlertSettings.partial() }), AlertSettings, on('manage')),
  /** Tiered escalation of unacknowledged high alerts (issue 19): who hears them, and from when. */
  'alerts.escalation.get': procedure(Ref, EscalationSettings, on('read')),
  /** Replaces the person's tiers (`tiers: []` turns escalation off); every named user must be shared the person. */
  'alerts.escalation.put': procedure(Ref.extend({ tiers: EscalationTiers }), EscalationSettings, on('manage')),
  /** The starting thresholds for a kind of subject (consensus glucose ranges, infant fever, nursery). */
  'thresholds.defaults': procedure(z.object({ kind: SubjectKind }), z.array(Threshold), 'signed_in'),
  /** Replaces the subject's thresholds with its kind's defaults. */
  'thresholds.use_defaults': procedure(Ref, z.array(Threshold), on('manage')),
  /** The thresholds in force (a never-configured subject gets its kind's defaults here). */
  'thresholds.effective': procedure(Ref, z.array(Threshold), on('read')),
  /** The clinic board: every visible subject, most urgent first. */
  'kiosk.board': procedure(None, KioskBoard, 'signed_in'),
  'alerts.relay.get': procedure(None, RelayView, 'signed_in'),
  'alerts.relay.put': procedure(RelayConfig, RelayView, 'install_admin'),
  /** Sends `{type:"relay.test",…}` to the saved URL now and answers how it went (once, no retries). */
  'alerts.relay.test': procedure(None, RelayDelivery, 'install_admin'),
} as const;
