import { BabySettings, BabySettingsPatch } from '../../api/baby';
import { badRequest } from '../../api/errors';
import type { CallContext } from '../context';
import type { Core } from '../core-types';
import { storedSettings } from '../records/subjects';

/** The key under the subject's `settings` that holds the monitor's settings. */
export const SETTINGS_KEY = 'baby';

/**
 * The subject's monitor settings with the defaults filled in. A stored value that
 * no longer validates (an older build, a hand edit) falls back to its default rather than
 * silencing every rule.
 */
export function babySettingsFrom(settings: Record<string, unknown> | null | undefined): BabySettings {
  const raw = settings?.[SETTINGS_KEY];
  const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const parsed = BabySettings.safeParse(obj);
  if (parsed.success) return parsed.data;
  const clean: Record<string, unknown> = {};
  const shape = BabySettings.shape;
  for (const [k, v] of Object.entries(obj)) {
    // Own keys only: a stored `constructor` would otherwise find Object.prototype's and throw on every read.
    if (Object.hasOwn(shape, k) && shape[k as keyof typeof shape].safeParse(v).success) clean[k] = v;
  }
  return BabySettings.parse(clean);
}

/** Reads the settings straight from the store (rules run without a caller). */
export function babySettingsOf(core: Core, subjectId: string): BabySettings {
  return babySettingsFrom(storedSettings(core.deps.db.$client, subjectId));
}

/** Merges a patch into the subject's monitor settings; 400 naming the field when inconsistent. */
export function putBabySettings(core: Core, ctx: CallContext, subjectId: string, patch: unknown): BabySettings {
  core.access.require(ctx, subjectId, 'write');
  const p = BabySettingsPatch.parse(patch);
  const next: BabySettings = { ...babySettingsOf(core, subjectId) };
  for (const [k, v] of Object.entries(p)) if (v !== undefined) (next as Record<string, unknown>)[k] = v;
  if (next.room_min_c >= next.room_max_c) throw badRequest('settings.room_min_c must be below room_max_c', 'settings.room_min_c');
  if (next.humidity_min >= next.humidity_max) throw badRequest('settings.humidity_min must be below humidity_max', 'settings.humidity_min');
  core.subjects.update(ctx, subjectId, { settings: { [SETTINGS_KEY]: next } });
  return next;
}
