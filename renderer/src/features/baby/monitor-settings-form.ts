import { z } from 'zod';
import { BabySettingsPatch, DEFAULT_BABY_SETTINGS, type BabySettings } from '../../../../api/baby';

/**
 * The monitor settings form's logic (no React, unit-tested): what the person types, how it
 * is checked, and what is sent. The bounds are read from the API's own zod schema
 * (`BabySettingsPatch` in api/baby.ts) and each value is checked with it, so the form and
 * the server cannot disagree about a single field; the two cross-field rules of
 * `putBabySettings` (core/baby/settings.ts: lowest below highest) are repeated here.
 */

export type SettingKey = keyof BabySettings;
export type Patch = Partial<BabySettings>;

/** Plain number settings. */
export const NUMBER_KEYS = ['fever_c', 'ill_window_min', 'room_min_c', 'room_max_c', 'humidity_min', 'humidity_max', 'room_sustain_min', 'clip_retention_days', 'window_retention_days'] as const;
export type NumberKey = (typeof NUMBER_KEYS)[number];
/** Seconds, or `off`. */
export const OFFABLE_KEYS = ['audio_loss_alert_s', 'silence_alert_s'] as const;
export type OffableKey = (typeof OFFABLE_KEYS)[number];
type TextKey = NumberKey | OffableKey;

export interface FieldInfo {
  /** What the field is called everywhere: its label, its errors, the saved message. */
  label: string;
  /** Shown in the label, after the value and in the range. */
  unit: string;
}

export const FIELDS: Record<SettingKey, FieldInfo> = {
  fever_c: { label: 'Fever at or above', unit: '°C' },
  ill_window_min: { label: '"May be ill" when crying and a fever are within', unit: 'min' },
  room_min_c: { label: 'Lowest room temperature', unit: '°C' },
  room_max_c: { label: 'Highest room temperature', unit: '°C' },
  humidity_min: { label: 'Lowest humidity', unit: '%RH' },
  humidity_max: { label: 'Highest humidity', unit: '%RH' },
  room_sustain_min: { label: 'Alert when the room is out of range for', unit: 'min' },
  cry_alert: { label: 'Alert when crying starts', unit: '' },
  keep_clips: { label: 'Keep 10-second clips of crying', unit: '' },
  clip_retention_days: { label: 'Delete kept clips after', unit: 'days' },
  window_retention_days: { label: 'Keep second-by-second cry readings for', unit: 'days' },
  audio_loss_alert_s: { label: '"Cry monitoring stopped" after no audio for', unit: 's' },
  silence_alert_s: { label: '"Microphone gives no sound" after silence for', unit: 's' },
};

/** The order fields are shown in, and errors listed in. */
export const FIELD_ORDER: SettingKey[] = ['fever_c', 'ill_window_min', 'room_min_c', 'room_max_c', 'humidity_min', 'humidity_max', 'room_sustain_min', 'cry_alert', 'keep_clips', 'clip_retention_days', 'window_retention_days', 'audio_loss_alert_s', 'silence_alert_s'];

export const CRY_ALERT_CHOICES: Array<{ value: BabySettings['cry_alert']; label: string }> = [
  { value: 'high', label: 'High priority' },
  { value: 'medium', label: 'Medium priority' },
  { value: 'low', label: 'Low priority' },
  { value: 'off', label: 'Off: no alert' },
];

export interface Bounds {
  min: number;
  max: number;
  /** Whole numbers only. */
  int: boolean;
}

/** The field's schema in the API (each is optional in the patch). */
const schemaOf = (key: SettingKey): z.ZodType => BabySettingsPatch.shape[key].unwrap();

/** The numeric bounds the API puts on a field (for `off`-able ones, those of the number). */
export function boundsOf(key: TextKey): Bounds {
  const s = schemaOf(key);
  const parts = s instanceof z.ZodUnion ? (s.options as readonly z.ZodType[]) : [s];
  const n = parts.find((p): p is z.ZodNumber => p instanceof z.ZodNumber);
  if (!n || n.minValue === null || n.maxValue === null) throw new Error(`api/baby.ts gives ${key} no numeric bounds`);
  return { min: n.minValue, max: n.maxValue, int: n.isInt };
}

/** `38.5 °C`, `30 min`, `medium priority`, `off`. */
export function formatValue(key: SettingKey, v: BabySettings[SettingKey]): string {
  if (typeof v === 'boolean') return v ? 'on' : 'off';
  if (v === 'off') return 'off';
  if (typeof v === 'string') return `${v} priority`;
  return `${v} ${FIELDS[key].unit}`;
}

/** "Default 38 °C" */
export const defaultText = (key: SettingKey): string => `Default ${formatValue(key, DEFAULT_BABY_SETTINGS[key])}`;

/** "36 to 42 °C", "1 to 720 min, whole numbers", "10 to 3600 s, whole numbers, or off". */
export function rangeText(key: TextKey): string {
  const b = boundsOf(key);
  return `${b.min} to ${b.max} ${FIELDS[key].unit}${b.int ? ', whole numbers' : ''}${(OFFABLE_KEYS as readonly string[]).includes(key) ? ', or off' : ''}`;
}

/** What the form holds: numbers as typed (so a half-typed value is not lost), the rest as values. */
export interface Draft {
  text: Record<TextKey, string>;
  /** false: the alert is `off` (the seconds typed are kept for when it is turned back on). */
  on: Record<OffableKey, boolean>;
  cry_alert: BabySettings['cry_alert'];
  keep_clips: boolean;
}

export function draftOf(s: BabySettings): Draft {
  const text = Object.fromEntries(NUMBER_KEYS.map((k) => [k, String(s[k])])) as Record<NumberKey, string>;
  const secs = (k: OffableKey) => String(s[k] === 'off' ? DEFAULT_BABY_SETTINGS[k] : s[k]);
  return {
    text: { ...text, audio_loss_alert_s: secs('audio_loss_alert_s'), silence_alert_s: secs('silence_alert_s') },
    on: { audio_loss_alert_s: s.audio_loss_alert_s !== 'off', silence_alert_s: s.silence_alert_s !== 'off' },
    cry_alert: s.cry_alert,
    keep_clips: s.keep_clips,
  };
}

/** A typed number; NaN when empty or not a number. A decimal comma is read as a point. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(',', '.');
  return t === '' ? NaN : Number(t);
}

/** The value a field would be saved with (`NaN` for a number that is not one). */
function valueOf(d: Draft, key: SettingKey): BabySettings[SettingKey] {
  switch (key) {
    case 'cry_alert':
      return d.cry_alert;
    case 'keep_clips':
      return d.keep_clips;
    case 'audio_loss_alert_s':
    case 'silence_alert_s':
      return d.on[key] ? parseNumber(d.text[key]) : 'off';
    default:
      return parseNumber(d.text[key]);
  }
}

export type Errors = Partial<Record<SettingKey, string>>;

/** Every problem with the draft, one message per field, each starting with the field's name. */
export function validate(d: Draft): Errors {
  const errors: Errors = {};
  for (const key of FIELD_ORDER) {
    if (schemaOf(key).safeParse(valueOf(d, key)).success) continue;
    if (key === 'cry_alert' || key === 'keep_clips') {
      errors[key] = `${FIELDS[key].label}: choose one of the options.`;
      continue;
    }
    const b = boundsOf(key);
    errors[key] = `${FIELDS[key].label}: enter ${b.int ? 'a whole number' : 'a number'} from ${b.min} to ${b.max} ${FIELDS[key].unit}.`;
  }
  // The server's own cross-field rules (putBabySettings), once both ends are numbers in range.
  const below = (lo: 'room_min_c' | 'humidity_min', hi: 'room_max_c' | 'humidity_max', what: string) => {
    if (errors[lo] || errors[hi]) return;
    const max = parseNumber(d.text[hi]);
    if (parseNumber(d.text[lo]) >= max) errors[lo] = `${FIELDS[lo].label}: must be below the highest ${what} (${max} ${FIELDS[hi].unit}).`;
  };
  below('room_min_c', 'room_max_c', 'room temperature');
  below('humidity_min', 'humidity_max', 'humidity');
  return errors;
}

/** The settings the draft stands for; only meaningful when `validate` found nothing. */
export function settingsOf(d: Draft): BabySettings {
  return Object.fromEntries(FIELD_ORDER.map((k) => [k, valueOf(d, k)])) as BabySettings;
}

/** Only what differs from the stored settings: the put merges, so nothing else is touched. */
export function changedFields(d: Draft, saved: BabySettings): Patch {
  const next = settingsOf(d);
  return Object.fromEntries(FIELD_ORDER.filter((k) => next[k] !== saved[k]).map((k) => [k, next[k]])) as Patch;
}

/** The setting a server error names (`settings.room_min_c` → `room_min_c`), if any. */
export function settingOfErrorField(field: string | undefined): SettingKey | null {
  const key = field?.replace(/^settings\./, '');
  return key && (FIELD_ORDER as string[]).includes(key) ? (key as SettingKey) : null;
}

/** Copies one field of `from` into `to`. */
function withField(to: Draft, from: Draft, key: SettingKey): Draft {
  switch (key) {
    case 'cry_alert':
      return { ...to, cry_alert: from.cry_alert };
    case 'keep_clips':
      return { ...to, keep_clips: from.keep_clips };
    case 'audio_loss_alert_s':
    case 'silence_alert_s':
      return { ...to, text: { ...to.text, [key]: from.text[key] }, on: { ...to.on, [key]: from.on[key] } };
    default:
      return { ...to, text: { ...to.text, [key]: from.text[key] } };
  }
}

/**
 * The draft moved onto what is stored now (after a put was refused: another screen may
 * have changed the settings since this form loaded them). The person's own changes stay;
 * every other field shows the stored value. `elsewhere`: the fields changed meanwhile.
 */
export function rebase(d: Draft, base: BabySettings, stored: BabySettings): { draft: Draft; elsewhere: SettingKey[] } {
  const mine = changedFields(d, base);
  let next = draftOf(stored);
  for (const k of FIELD_ORDER) if (k in mine) next = withField(next, d, k);
  return { draft: next, elsewhere: FIELD_ORDER.filter((k) => stored[k] !== base[k] && !(k in mine)) };
}
