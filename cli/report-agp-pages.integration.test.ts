import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { createCore } from '../core/app';
import { resolveSubject } from './context';
import { printable, tendCli as tend } from './report-testing';

const ready = printable && spawnSync('pdftoppm', ['-v']).status === 0;

const MIN = 60_000;
const DAY = 86_400_000;
// 14 days from Monday 2026-01-05 00:00 UTC.
const START = Date.UTC(2026, 0, 5);
const END = START + 14 * DAY;

/** A seeded day-shaped glucose trace: a rise after each of three meals, some noise. */
function trace(seed: number, keep: (t: number) => boolean): Array<{ metric: string; t: string; value: number }> {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: Array<{ metric: string; t: string; value: number }> = [];
  for (let t = START; t < END; t += 5 * MIN) {
    if (!keep(t)) continue;
    const h = ((t - START) % DAY) / 3_600_000;
    const meal = [7.5, 12.5, 19].reduce((a, m) => a + (h > m ? 90 * Math.exp(-((h - m - 1) ** 2)) : 0), 0);
    out.push({ metric: 'glucose', t: new Date(t).toISOString(), value: Math.round(110 + meal + (rand() - 0.5) * 30) });
  }
  return out;
}

/** Pages of a PDF: text of each (pdftotext -f N -l N), words with their boxes, and the page rendered to greyscale. */
function pages(pdf: string) {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  const n = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const [pw, ph] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!.slice(1).map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const p = i + 1;
    const text = spawnSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).stdout.replace(/[ \t]+/g, ' ');
    const html = spawnSync('pdftotext', ['-bbox', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).stdout;
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, w: m[5]! }));
    // 100 dpi greyscale PGM (P5): a plain header, then one byte a pixel.
    const base = join(pdf + `-p${p}`);
    spawnSync('pdftoppm', ['-gray', '-r', '100', '-f', String(p), '-l', String(p), '-singlefile', pdf, base]);
    const pgm = readFileSync(base + '.pgm');
    const head = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const image = { w: Number(head[1]), h: Number(head[2]), px: pgm.subarray(head[0].length) };
    return { p, text, words, image, pw, ph };
  });
}

type Page = ReturnType<typeof pages>[number];
const dark = (img: Page['image'], x: number, y: number) => img.px[y * img.w + x]! < 128;
/** Fraction of the page's pixels that are not white. */
const inked = (img: Page['image']) => {
  let n = 0;
  for (let i = 0; i < img.px.length; i++) if (img.px[i]! < 200) n++;
  return n / img.px.length;
};
/** Whether a word is drawn whole: ink in the first and the last fifth of its box on the rendered page. */
function drawnWhole(page: Page, word: Page['words'][number]): boolean {
  const k = page.image.w / page.pw;
  const [x0, x1, y0, y1] = [word.x0, word.x1, word.y0, word.y1].map((v) => Math.round(v * k)) as [number, number, number, number];
  const inkIn = (a: number, b: number) => {
    for (let x = a; x <= b; x++) for (let y = y0; y <= y1; y++) if (dark(page.image, x, y)) return true;
    return false;
  };
  const fifth = Math.max(1, Math.floor((x1 - x0) / 5));
  return inkIn(x0, x0 + fifth) && inkIn(x1 - fifth, x1);
}

describe.skipIf(!ready)('the AGP report, page by page', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-agp-pages-'));
    db = join(dir, 't.db');
    const core = createCore({ db: openDatabase(db) });
    const full = resolveSubject(core, 'Ann', { create: 'diabetes' });
    core.ingest(full.ctx, full.subject.id, trace(1, () => true));
    for (let d = 0; d < 14; d++) {
      const t = START + d * DAY + 12.5 * 3_600_000;
      await core.call('events.create', { subject_id: full.subject.id, event: { type: 'meal', t: new Date(t).toISOString(), data: { carbs_g: 40 + d } } }, full.ctx);
      await core.call('events.create', { subject_id: full.subject.id, event: { type: 'insulin', t: new Date(t + 5 * MIN).toISOString(), data: { units: 4, kind: 'bolus' } } }, full.ctx);
    }
    // Half the time with no sensor: every other 12 hours.
    const sparse = resolveSubject(core, 'Bo', { create: 'diabetes' });
    core.ingest(sparse.ctx, sparse.subject.id, trace(2, (t) => Math.floor((t - START) / (12 * 3_600_000)) % 2 === 0));
    core.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const period = ['--from', new Date(START).toISOString(), '--to', new Date(END).toISOString(), '--utc-offset-min', '0'];

  it('puts the statistics, ranges and AGP on page 1, a curve for each of the 14 days and the meals and insulin after, with nothing blank or clipped', () => {
    const out = join(dir, 'ann.pdf');
    const r = tend(db, 'report', '--subject', 'Ann', '--kind', 'agp', '--out', out, ...period);
    expect(r.status, r.stderr).toBe(0);
    const ps = pages(out);
    expect(ps.length).toBeGreaterThanOrEqual(2);
    // Every page carries ink, not only a footer: at least 1 % of its pixels.
    for (const p of ps) expect(inked(p.image), `page ${p.p}`).toBeGreaterThan(0.01);
    for (const p of ps) expect(p.text).toContain(`page ${p.p} of ${ps.length}`);
    const [first] = ps;
    expect(first!.text).toMatch(/Ambulatory glucose profile: Ann[\s\S]*Glucose statistics[\s\S]*Time in ranges[\s\S]*Ambulatory glucose profile/);
    expect(first!.text).not.toContain('Caution');
    // The AGP's hour axis: every label inside the page and drawn whole (not cut by the chart's edge).
    for (const label of ['00:00', '06:00', '12:00', '18:00', '24:00']) {
      const w = first!.words.filter((x) => x.w === label);
      expect(w, label).toHaveLength(1);
      expect(w[0]!.x0).toBeGreaterThan(0);
      expect(w[0]!.x1).toBeLessThan(first!.pw);
      expect(drawnWhole(first!, w[0]!), label).toBe(true);
    }
    for (const label of ['54', '70', '180', '250']) {
      const w = first!.words.find((x) => x.w === label && x.x0 < first!.pw / 4);
      expect(w, label).toBeDefined();
      expect(drawnWhole(first!, w!), label).toBe(true);
    }
    const all = ps.map((p) => p.text).join('\n');
    const dayPage = ps.find((p) => p.text.includes('Daily glucose profiles'))!;
    expect(dayPage).toBeDefined();
    // One small curve per day: Mon 5 Jan … Sun 18 Jan, in order.
    const labels = Array.from({ length: 14 }, (_, d) => new Date(START + d * DAY).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }));
    expect(all).toMatch(new RegExp(labels.join('[\\s\\S]*')));
    expect(all).toMatch(/Recent meals and insulin[\s\S]*The latest 20 of 28 logged in the period, newest first/);
    expect(all).toMatch(/2026-01-18 12:35 Insulin 4 U bolus[\s\S]*2026-01-18 12:30 Meal 53 g carbohydrate/);
  }, 180_000);

  it('leads with a caution when the sensor was active under 70 % of the period', () => {
    const out = join(dir, 'bo.pdf');
    const r = tend(db, 'report', '--subject', 'Bo', '--kind', 'agp', '--out', out, ...period);
    expect(r.status, r.stderr).toBe(0);
    const ps = pages(out);
    expect(ps[0]!.text).toMatch(/Caution: the sensor was active (4\d|5\d)\.\d % of this period, under the 70 % the consensus asks for/);
    expect(ps.map((p) => p.text).join('\n')).toContain('No meals or insulin logged in this period.');
    for (const p of ps) expect(inked(p.image), `page ${p.p}`).toBeGreaterThan(0.01);
  }, 180_000);
});
