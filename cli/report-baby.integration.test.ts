import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CryEpisode } from '../api/baby';
import type { Alert } from '../api/schemas';
import { createCore } from '../core/app';
import { hasCryData, hasCryModel, hasSox, heldOutWav } from '../core/baby/testing';
import { ManualClock } from '../core/clock';
import { openDatabase } from '../db/open';
import { RENDERER_DIR } from '../host/server';
import { resolveSubject } from './context';
import { CHROMIUM, tendCli as tend, pdfText as text } from './report-testing';

/**
 * The baby report end to end: a baby's three days seeded through the real procedures (the
 * cry model on a held-out cry clip, check-ins, readings, the alert rules on real SQLite),
 * printed by the real CLI and Chromium, read back with pdftotext. The expected numbers
 * are worked out here from what was seeded, not by the report's own code.
 */

const ready =
  existsSync(CHROMIUM) && existsSync(join(RENDERER_DIR, 'index.html')) && spawnSync('pdftotext', ['-v']).status === 0 && hasSox && hasCryData && hasCryModel;

const MIN = 60_000;
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
/** The report's clock: UTC+01:00. */
const OFFSET = 60;
const local = (ms: number) => new Date(ms + OFFSET * MIN).toISOString().slice(0, 19).replace('T', ' ');
/** Local days 2026-03-09 to 2026-03-11. */
const FROM = '2026-03-08T23:00:00Z';
const TO = '2026-03-11T23:00:00Z';

// Body temperatures (the thermometer's; the second check-in adds 38.4 at 01:35).
const BODY: Array<[string, number]> = [
  ['2026-03-10T01:00:00Z', 37.4],
  ['2026-03-10T01:20:00Z', 38.2],
  ['2026-03-10T01:30:00Z', 38.6],
  ['2026-03-10T01:45:00Z', 38.1],
  ['2026-03-10T02:30:00Z', 37.6],
];
const CHECKINS = [
  { t: '2026-03-09T06:30:00Z', temperature: 37.1, humidity: 48, note: 'after the morning feed' },
  { t: '2026-03-10T01:35:00Z', temperature: 38.4, humidity: 44, note: 'hot and fussy', cry_detected: true },
];
const CRIES = ['2026-03-10T01:40:00Z', '2026-03-11T14:05:00Z'];
// Outside the period: must not show.
const CRY_BEFORE = '2026-03-07T10:00:00Z';
const BODY_AFTER: [string, number] = ['2026-03-12T02:00:00Z', 39.5];

/** Time at or above 38.0 °C as the report defines it: each reading until the next, at most 15 min. */
function feverMinutes(readings: Array<[string, number]>): number {
  const rs = [...readings].sort((a, b) => at(a[0]) - at(b[0]));
  let ms = 0;
  rs.forEach(([t, v], i) => {
    if (v < 38) return;
    const next = i + 1 < rs.length ? at(rs[i + 1]![0]) : Infinity;
    ms += Math.min(next, at(t) + 15 * MIN) - at(t);
  });
  return ms / MIN;
}
const seconds = (e: CryEpisode) => Math.round((at(e.end!) - at(e.start)) / 1000);
const dur = (s: number) => (s < 60 ? `${s} s` : s % 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s / 60} min`);

describe.skipIf(!ready)('tend report --kind baby', () => {
  let dir: string;
  let db: string;
  let episodes: CryEpisode[];
  let alerts: Alert[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-report-baby-'));
    db = join(dir, 't.db');
    // A recording's ids come from its bytes (a re-upload stores nothing new), so each cry
    // is the same held-out clip with a different length of silence after it.
    const wavs = [1, 2, 3].map((silenceS) => readFileSync(heldOutWav('cry', dir, { silenceS })).toString('base64'));
    // The rules only look at live data: the clock follows the data as it is recorded.
    const clock = new ManualClock(at(CRY_BEFORE));
    const core = createCore({ db: openDatabase(db), clock });
    const { subject, ctx } = resolveSubject(core, 'Ada', { create: 'baby' });
    const id = subject.id;
    const cry = async (t: string) => {
      clock.set(at(t) + MIN);
      const r = await core.call('audio.analyze', { subject_id: id, wav_base64: wavs.pop()!, start: t }, ctx);
      expect(r.cry).toBe(true);
    };
    await cry(CRY_BEFORE);
    // Day 1: the nursery, every 5 minutes from 07:00 to 09:30 UTC; too warm from 09:00.
    const room = Array.from({ length: 31 }, (_, i) => at('2026-03-09T07:00:00Z') + i * 5 * MIN);
    clock.set(room[room.length - 1]! + MIN);
    core.ingest(ctx, id, room.map((t) => ({ metric: 'room_temperature', t: iso(t), value: t >= at('2026-03-09T09:00:00Z') ? 23.5 : 20 })));
    core.ingest(ctx, id, room.map((t) => ({ metric: 'humidity', t: iso(t), value: 45 })));
    clock.set(at(CHECKINS[0]!.t) + MIN);
    await core.call('baby.checkins.create', { subject_id: id, ...CHECKINS[0]! }, ctx);
    // Day 2: a fever at night, a check-in and crying within it.
    for (const [t, value] of BODY) {
      clock.set(at(t) + MIN);
      core.ingest(ctx, id, [{ metric: 'body_temperature', t, value }]);
      if (t === '2026-03-10T01:30:00Z') {
        clock.set(at(CHECKINS[1]!.t) + MIN);
        await core.call('baby.checkins.create', { subject_id: id, ...CHECKINS[1]! }, ctx);
        await cry(CRIES[0]!);
      }
    }
    // Day 3: crying in the afternoon; then a reading after the period.
    await cry(CRIES[1]!);
    clock.set(at(BODY_AFTER[0]) + MIN);
    core.ingest(ctx, id, [{ metric: 'body_temperature', t: BODY_AFTER[0], value: BODY_AFTER[1] }]);
    episodes = (await core.call('baby.episodes.list', { subject_id: id, from: FROM, to: TO, limit: 1000 }, ctx)).items;
    alerts = (await core.call('alerts.list', { subject_id: id, state: 'all', limit: 1000 }, ctx)).items;
    core.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the summary, alerts, day charts, episodes and check-ins of the period on the report clock', () => {
    // What was seeded, as the rules and the model stored it.
    expect(episodes.length).toBeGreaterThanOrEqual(2);
    expect(episodes.every((e) => e.end !== null)).toBe(true);
    const kinds = new Set(alerts.map((a) => a.kind));
    for (const k of ['may_be_ill', 'fever', 'cry_episode', 'room_temperature_high']) expect(kinds).toContain(k);

    const out = join(dir, 'baby.pdf');
    const r = tend(db, 'report', '--subject', 'Ada', '--kind', 'baby', '--out', out, '--from', FROM, '--to', TO, '--utc-offset-min', String(OFFSET));
    expect(r.status, r.stderr).toBe(0);
    const t = text(out);
    for (const heading of ['Baby monitor report: Ada', 'Summary', 'Alerts in the period', 'Day by day', 'Cry episodes', 'Check-ins', 'Readings', 'About this report']) expect(t).toContain(heading);
    expect(t).toContain('Period 2026-03-09 00:00 to 2026-03-12 00:00 (clock UTC+01:00)');

    // Summary.
    const total = episodes.reduce((s, e) => s + seconds(e), 0);
    const longest = [...episodes].sort((a, b) => seconds(b) - seconds(a) || Date.parse(a.start) - Date.parse(b.start))[0]!;
    expect(t).toMatch(/Days with data 3 of 3/);
    // pdftotext may drop a space between a number and its unit ("8s"): compare without spaces.
    const squeezed = t.replace(/\s+/g, '');
    const sq = (x: string) => x.replace(/\s+/g, '');
    expect(squeezed).toContain(sq(`Cry episodes ${episodes.length} Crying time ${dur(total)}`));
    expect(squeezed).toContain(sq(`Longest episode ${dur(seconds(longest))}, from ${local(at(longest.start)).slice(0, 16)}`));
    expect(t).toMatch(/Check-ins 2 \(1 with crying, 1 marked sick\)/);
    expect(t).toMatch(/Highest body temperature 38\.6 °C at 2026-03-10 02:30/);
    expect(t).not.toContain('39.5');
    const fever = feverMinutes([...BODY, [CHECKINS[1]!.t, CHECKINS[1]!.temperature]]);
    expect(fever).toBe(40);
    expect(t).toMatch(new RegExp(`Time at or above 38\\.0 °C ${fever} min`));

    // Alerts of the period by kind: the cry before it is not counted.
    const inPeriod = alerts.filter((a) => at(a.raised_at) >= at(FROM) && at(a.raised_at) < at(TO));
    const cries = inPeriod.filter((a) => a.kind === 'cry_episode');
    expect(cries.length).toBe(episodes.length);
    expect(t).toMatch(new RegExp(`Alerts raised ${inPeriod.length}\\b`));
    expect(t).toMatch(new RegExp(`Crying medium ${cries.length} ${local(Math.min(...cries.map((a) => at(a.raised_at)))).slice(0, 16)}`));
    expect(t).toMatch(/May be ill \(crying with a fever\) high 1 2026-03-10 02:/);
    expect(t).toMatch(/Fever medium 1 2026-03-10 02:20/);
    expect(t).toMatch(/Room too warm low 1 2026-03-09 10:/);

    // One chart per day with data, drawn before printing (its SVG text is in the PDF).
    expect(t.match(/Body °C/g)?.length).toBe(3);
    expect(t).toContain('fever 38.0');
    expect(t).toMatch(/2026-03-09: 0 cry episodes, highest body temperature 37\.1 °C, room 20\.0–23\.5 °C, humidity 45–\s*48 %RH/);
    expect(t).toMatch(/2026-03-10: 1 cry episode \(/);

    // Episodes, most recent first, in local time with their peaks.
    // pdftotext spaces table cells by the glyphs' positions ("6 s" may come out "6s"): compare without spaces.
    const flat = (x: string) => x.replace(/\s+/g, '');
    const rows = episodes.map((e) => flat(`${local(at(e.start))} ${local(at(e.end!)).slice(11)} ${dur(seconds(e))} ${Math.round(e.peak * 100)} % recording`));
    let last = -1;
    for (const row of rows) {
      const i = flat(t).indexOf(row);
      expect(i, row).toBeGreaterThan(last);
      last = i;
    }
    expect(t).not.toContain('2026-03-07');

    // Check-ins with humidity and the sick flag, newest first.
    expect(t).toMatch(/2026-03-10 02:35 38\.4 °C 44 %RH yes yes hot and fussy[\s\S]*2026-03-09 07:30 37\.1 °C 48 %RH no no after the morning feed/);

    // The note on the detector and the settings in force.
    expect(flat(t)).toContain(flat("Cry detection is a model's suggestion, not a diagnosis."));
    const threshold = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'models', 'cry-detect', 'eval.json'), 'utf8')) as { operating_point: { threshold: number } }).operating_point.threshold;
    expect(flat(t)).toContain(flat(`reaches ${threshold.toFixed(2)} (its threshold)`));
    expect(flat(t)).toContain(flat('fever at or above 38.0 °C; "may be ill" when crying and a fever come within 30 min'));
    expect(flat(t)).toContain(flat('room 16–22 °C and humidity 40–60 %RH'));
  }, 120_000);
});
