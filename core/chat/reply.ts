import type { ChatIntent } from '../../api/chat';
import { zoneOffsetMs } from '../imports/zoned-time';

/**
 * The answer to a chat message: what was logged, each with its time, then what was not
 * and why. It repeats only numbers the writer gave; it never proposes a dose.
 */

const MIN = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "12:30", "yesterday at 21:00" or "on 2026-03-01 at 10:00", in the writer's local time:
 * `clock` is a fixed offset east of UTC in minutes, or an IANA zone (each instant at its own offset).
 */
export function whenText(tIso: string, now: number, clock: number | string): string {
  const shift = (t: number) => new Date(t + (typeof clock === 'number' ? clock * MIN : zoneOffsetMs(clock, t)));
  const local = shift(Date.parse(tIso));
  const today = shift(now);
  const day = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const hm = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  const days = Math.round((day(today) - day(local)) / 86_400_000);
  if (days === 0) return `at ${hm}`;
  if (days === 1) return `yesterday at ${hm}`;
  return `on ${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} at ${hm}`;
}

/** "45 g carbs (a sandwich)", "4 U NovoRapid (bolus)", "walk 30 min", "levodopa 100 mg". */
export function intentText(i: ChatIntent): string {
  const d = i.data;
  switch (i.type) {
    case 'meal':
      return `${String(d.carbs_g)} g carbs${typeof d.description === 'string' ? ` (${d.description})` : ''}`;
    case 'insulin':
      return `${String(d.units)} U ${typeof d.insulin === 'string' ? d.insulin : 'insulin'} (${String(d.kind)})`;
    case 'activity':
      return [String(d.kind), typeof d.distance_km === 'number' ? `${d.distance_km} km` : null, typeof d.duration_min === 'number' ? `${d.duration_min} min` : null].filter(Boolean).join(', ');
    case 'medication':
      return `${String(d.drug)}${typeof d.dose_mg === 'number' ? ` ${d.dose_mg} mg` : ' (no dose given)'}`;
    default: {
      const never: never = i.type;
      return String(never);
    }
  }
}

const list = (xs: string[]) => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The reply for `intents`; `dryRun` says "Would log" instead of "Logged". */
export function composeReply(intents: ChatIntent[], opts: { now: number; utcOffsetMin: number; timeZone?: string | undefined; dryRun?: boolean; message: string }): string {
  const ok = intents.filter((i) => i.status === 'ok');
  const rest = intents.filter((i) => i.status !== 'ok');
  const parts: string[] = [];
  if (ok.length) parts.push(`${opts.dryRun ? 'Would log' : 'Logged'} ${list(ok.map((i) => `${intentText(i)} ${whenText(i.t!, opts.now, opts.timeZone ?? opts.utcOffsetMin)}`))}.`);
  for (const i of rest) parts.push(`Not logged: ${cap(i.reason ?? 'not understood')}.`);
  if (!intents.length) parts.push('I didn’t find anything to log. Try for example “lunch 45 g carbs at 12:30” or “walked 30 minutes”.');
  // Dose questions are answered the same way every time: the chat does not advise, it points
  // to the calculator that works only from the person's own settings and shows its inputs.
  if (/\b(?:how much|how many|should i|shall i|what dose|dose should)\b/i.test(opts.message) || intents.some((i) => i.status === 'not_done' && i.type === 'insulin')) {
    parts.push('I can’t advise on doses: follow your care plan or ask your care team. The Dose suggestion panel calculates one from your own insulin settings, showing every input.');
  }
  return parts.join(' ');
}
