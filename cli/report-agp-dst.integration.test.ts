import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { createCore } from '../core/app';
import { startTestHub } from '../host/testing';
import { resolveSubject } from './context';
import { printable, tendCli as tend } from './report-testing';

/**
 * An AGP report over a period in which New York's clocks change, printed by the real CLI and
 * Chromium and read back page by page with poppler. The expected local days and times are
 * worked out here from the tz rules (EST UTC−5 until 2026-03-08 02:00, EDT UTC−4 after;
 * back to EST on 2026-11-01 02:00), not by the report's code.
 */

const ready = printable;
// The machine's own zone is UTC: whatever the report shows in New York time comes from the request or the account.

const MIN = 60_000;
const H = 3_600_000;

/** Local days 2026-03-05 … 2026-03-11 in New York: 00:00 EST on the 5th to 00:00 EDT on the 12th. */
const SPRING = { from: '2026-03-05T05:00:00Z', to: '2026-03-12T04:00:00Z' };
/** Local days 2026-10-30 … 2026-11-02: 00:00 EDT on 30 October to 00:00 EST on 3 November. */
const AUTUMN = { from: '2026-10-30T04:00:00Z', to: '2026-11-03T05:00:00Z' };
/** Monday 9 March, midnight to midnight EDT: no readings at all that day. */
const EMPTY_DAY = [Date.parse('2026-03-09T04:00:00Z'), Date.parse('2026-03-10T04:00:00Z')] as const;

/** A reading every 5 min over [from, to), skipping `[skip0, skip1)`. */
function readings(from: string, to: string, skip: readonly [number, number] = [0, 0]) {
  const out: Array<{ metric: string; t: string; value: number }> = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += 5 * MIN) {
    if (t >= skip[0] && t < skip[1]) continue;
    out.push({ metric: 'glucose', t: new Date(t).toISOString(), value: 100 + Math.round(40 * Math.sin(t / (3 * H))) + 40 });
  }
  return out;
}

/** Pages of a PDF: the layout text of each and its words with their boxes (pdftotext). */
function pages(pdf: string) {
  const n = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)![1]);
  return Array.from({ length: n }, (_, i) => {
    const p = String(i + 1);
    const text = spawnSync('pdftotext', ['-layout', '-f', p, '-l', p, pdf, '-'], { encoding: 'utf8' }).stdout.replace(/[ \t]+/g, ' ');
    const html = spawnSync('pdftotext', ['-bbox', '-f', p, '-l', p, pdf, '-'], { encoding: 'utf8' }).stdout;
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, w: m[5]! }));
    return { text, words };
  });
}
type Word = ReturnType<typeof pages>[number]['words'][number];
/** Where the word sequence `seq` starts in `words`, or -1. */
const find = (words: Word[], seq: string[]) => words.findIndex((_, i) => seq.every((s, k) => words[i + k]?.w === s));

describe.skipIf(!ready)('the AGP report across a daylight-saving change', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-agp-dst-'));
    db = join(dir, 't.db');
    const core = createCore({ db: openDatabase(db) });
    const dee = resolveSubject(core, 'Dee', { create: 'diabetes' });
    core.ingest(dee.ctx, dee.subject.id, readings(SPRING.from, SPRING.to, EMPTY_DAY));
    // Lunch at 12:30 on the wall clock every day: 17:30 UTC in winter time, 16:30 UTC in summer time.
    for (const [day, offset] of [['2026-03-06', '-05:00'], ['2026-03-10', '-04:00'], ['2026-03-11', '-04:00']] as const) {
      await core.call('events.create', { subject_id: dee.subject.id, event: { type: 'meal', t: `${day}T12:30:00${offset}`, data: { carbs_g: Number(day.slice(8)) + 30 } } }, dee.ctx);
    }
    const eve = resolveSubject(core, 'Eve', { create: 'diabetes' });
    core.ingest(eve.ctx, eve.subject.id, readings(AUTUMN.from, AUTUMN.to));
    await core.call('events.create', { subject_id: eve.subject.id, event: { type: 'meal', t: '2026-10-31T12:30:00-04:00', data: { carbs_g: 31 } } }, eve.ctx);
    await core.call('events.create', { subject_id: eve.subject.id, event: { type: 'insulin', t: '2026-11-02T12:35:00-05:00', data: { units: 3, kind: 'bolus' } } }, eve.ctx);
    // Eve's account keeps New York time: her report needs no zone on the command line.
    await core.call('auth.update', { time_zone: 'America/New_York' }, eve.ctx);
    core.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws each New York day from its own midnight, the 23-hour day included, and shows a meal after the change at its wall-clock time', () => {
    const out = join(dir, 'dee.pdf');
    const r = tend(db, 'report', '--subject', 'Dee', '--kind', 'agp', '--out', out, '--from', SPRING.from, '--to', SPRING.to, '--time-zone', 'America/New_York');
    expect(r.status, r.stderr).toBe(0);
    const ps = pages(out);
    const all = ps.map((p) => p.text).join('\n');
    expect(all).toContain('Period 2026-03-05 to 2026-03-11');
    expect(all).toContain('Times in America/New_York');
    expect(all).not.toMatch(/UTC[−+-]\d/);
    // Seven local days, in order, the day the clocks go forward marked as 23 hours; nothing of the 12th.
    const labels = ['Thu 5 Mar', 'Fri 6 Mar', 'Sat 7 Mar', 'Sun 8 Mar (23 h)', 'Mon 9 Mar', 'Tue 10 Mar', 'Wed 11 Mar'];
    expect(all).toMatch(new RegExp(labels.map((l) => l.replace(/[()]/g, '\\$&')).join('[\\s\\S]*')));
    expect(all).not.toContain('12 Mar');
    // Monday 9 March had no readings between its midnights (04:00 UTC to 04:00 UTC): its box, and only its box, says so.
    const dayPage = ps.find((p) => p.text.includes('Daily glucose profiles'))!;
    expect(all.match(/no readings/g)).toHaveLength(1);
    const empty = find(dayPage.words, ['no', 'readings']);
    expect(empty).toBeGreaterThanOrEqual(0);
    const at = (i: number, n: number) => (dayPage.words[i]!.x0 + dayPage.words[i + n - 1]!.x1) / 2;
    // The caption nearest above the words, seven boxes to a row, is Monday's.
    const nearest = labels
      .map((l) => ({ l, i: find(dayPage.words, l.split(' ').slice(0, 3)) }))
      .filter((c) => c.i >= 0 && dayPage.words[c.i]!.y1 <= dayPage.words[empty]!.y0)
      .sort((a, b) => Math.abs(at(a.i, 3) - at(empty, 2)) - Math.abs(at(b.i, 3) - at(empty, 2)))[0];
    expect(nearest?.l).toBe('Mon 9 Mar');
    // Lunch at 12:30 on both sides of the change, newest first.
    expect(all).toMatch(/2026-03-11 12:30 Meal 41 g carbohydrate[\s\S]*2026-03-10 12:30 Meal 40 g carbohydrate[\s\S]*2026-03-06 12:30 Meal 36 g carbohydrate/);
  }, 180_000);

  it('still draws an old caller’s fixed offset as one clock: after the change its times are an hour behind the wall', () => {
    const out = join(dir, 'dee-fixed.pdf');
    const r = tend(db, 'report', '--subject', 'Dee', '--kind', 'agp', '--out', out, '--from', SPRING.from, '--to', SPRING.to, '--utc-offset-min', '-300');
    expect(r.status, r.stderr).toBe(0);
    const all = pages(out).map((p) => p.text).join('\n');
    expect(all).toContain('Times on UTC−05:00');
    expect(all).toMatch(/2026-03-10 11:30 Meal 40 g carbohydrate[\s\S]*2026-03-06 12:30 Meal 36 g carbohydrate/);
    expect(all).not.toContain('(23 h)');
  }, 180_000);

  it('uses the account’s saved zone when none is asked for: the 25-hour day of 1 November and times either side of it', () => {
    const out = join(dir, 'eve.pdf');
    const r = tend(db, 'report', '--subject', 'Eve', '--kind', 'agp', '--out', out, '--from', AUTUMN.from, '--to', AUTUMN.to);
    expect(r.status, r.stderr).toBe(0);
    const all = pages(out).map((p) => p.text).join('\n');
    expect(all).toContain('Times in America/New_York');
    expect(all).toMatch(/Fri 30 Oct[\s\S]*Sat 31 Oct[\s\S]*Sun 1 Nov \(25 h\)[\s\S]*Mon 2 Nov/);
    expect(all).not.toContain('3 Nov');
    expect(all).not.toContain('no readings');
    expect(all).toMatch(/2026-11-02 12:35 Insulin 3 U bolus[\s\S]*2026-10-31 12:30 Meal 31 g carbohydrate/);
  }, 180_000);

  it('prints the same over HTTP for the zone in the request, and answers 400 naming a zone that is not one', async () => {
    const hub = await startTestHub();
    try {
      const token = await hub.signUp('clinic@example.org', 'Clinic');
      const id = (await hub.api('POST', '/api/subjects', { name: 'Fay', kind: 'diabetes' }, token)).body.id as string;
      const up = await hub.api('POST', `/api/subjects/${id}/observations`, readings(SPRING.from, SPRING.to, EMPTY_DAY), token);
      expect(up.status, JSON.stringify(up.body)).toBe(201);
      expect((await hub.api('POST', `/api/subjects/${id}/events`, { type: 'meal', t: '2026-03-10T12:30:00-04:00', data: { carbs_g: 40 } }, token)).status).toBe(201);
      const print = (body: unknown) => fetch(`${hub.url}/api/subjects/${id}/reports`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

      const bad = await print({ kind: 'agp', time_zone: 'America/Gotham' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: unknown }).error).toMatchObject({ code: 'bad_request', field: 'time_zone', message: expect.stringContaining('"America/Gotham" is not an IANA time zone') });

      const res = await print({ kind: 'agp', from: SPRING.from, to: SPRING.to, time_zone: 'America/New_York' });
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(res.status, bytes.toString('utf8').slice(0, 300)).toBe(200);
      const file = join(dir, 'fay.pdf');
      writeFileSync(file, bytes);
      const all = pages(file).map((p) => p.text).join('\n');
      expect(all).toContain('Times in America/New_York');
      expect(all).toMatch(/Sat 7 Mar[\s\S]*Sun 8 Mar \(23 h\)[\s\S]*Mon 9 Mar/);
      expect(all).toContain('2026-03-10 12:30 Meal 40 g carbohydrate');
    } finally {
      await hub.close();
    }
  }, 180_000);

  it('refuses a zone that is not an IANA name with exit 2 naming it, and writes nothing', () => {
    const out = join(dir, 'none.pdf');
    const r = tend(db, 'report', '--subject', 'Dee', '--kind', 'agp', '--out', out, '--time-zone', 'America/Gotham');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--time-zone America/Gotham: "America/Gotham" is not an IANA time zone');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
