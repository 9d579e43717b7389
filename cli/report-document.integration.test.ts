import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';
import { startTestHub } from '../host/testing';
import { resolveSubject } from './context';
import { printable, tendCli as tend, pdfText as text } from './report-testing';

/**
 * A report is a document about one person: printed while another person of the same
 * user has an open high-priority alert (and the printing Chromium, like any browser, may
 * not play sound), the PDF carries no app banner ("Alarm sound is off", the alarm banner)
 * and nothing of the other person. Through the real CLI and through a real hub over
 * HTTP, read back with pdftotext.
 */
const ready = printable;
const MIN = 60_000;

/** What must never be in a report about Bea or Ann: the screen's banners and Max's alert. */
function expectOnlyTheDocument(t: string): void {
  expect(t).not.toMatch(/Alarm sound/i);
  expect(t).not.toMatch(/High-priority alert/i);
  expect(t).not.toMatch(/Acknowledge/);
  expect(t).not.toMatch(/Systolic/i);
  expect(t).not.toContain('185');
  expect(t).not.toContain('mmHg');
}

/** Bea (a baby, a temperature), Ann (diabetes, a day of glucose), Max (an open high alert on his blood pressure). */
async function seed(call: (name: string, args: unknown) => Promise<unknown>, ids: { bea: string; ann: string; max: string }, ingest: (id: string, items: unknown[]) => Promise<{ alerts?: Array<{ priority: string; message: string }> }>): Promise<void> {
  const now = Date.now();
  await ingest(ids.bea, [{ metric: 'body_temperature', t: new Date(now - 30 * MIN).toISOString(), value: 37.2 }]);
  await ingest(ids.ann, Array.from({ length: 288 }, (_, i) => ({ metric: 'glucose', t: new Date(now - (288 - i) * 5 * MIN).toISOString(), value: 120 + 40 * Math.sin(i / 20) })));
  await call('thresholds.put', { subject_id: ids.max, thresholds: [{ metric: 'systolic_bp', min: null, max: 180, priority: 'high', sustain_min: 0 }] });
  const r = await ingest(ids.max, [{ metric: 'systolic_bp', t: new Date(now - MIN).toISOString(), value: 185 }]);
  expect(r.alerts?.some((a) => a.priority === 'high' && /Systolic blood pressure 185/.test(a.message))).toBe(true);
}

describe.skipIf(!ready)('reports are documents about their one person', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-report-doc-'));
  });
  afterAll(() => process.env.KEEP || rmSync(dir, { recursive: true, force: true }));

  it('tend report prints a baby and an AGP report without banners or another person\'s alert', async () => {
    const db = join(dir, 'cli.db');
    const core: Core = createCore({ db: openDatabase(db) });
    const people = { bea: resolveSubject(core, 'Bea', { create: 'baby' }), ann: resolveSubject(core, 'Ann', { create: 'diabetes' }), max: resolveSubject(core, 'Max', { create: 'general' }) };
    const ctx: CallContext = people.bea.ctx;
    await seed(
      (name, args) => core.call(name as 'thresholds.put', args as never, ctx),
      { bea: people.bea.subject.id, ann: people.ann.subject.id, max: people.max.subject.id },
      async (id, items) => core.ingest(ctx, id, items as never) as unknown as { alerts?: Array<{ priority: string; message: string }> },
    );
    expect((await core.call('alerts.list', { state: 'open', priority: 'high' }, ctx)).items.length).toBeGreaterThan(0);
    core.close();

    const baby = join(dir, 'cli-baby.pdf');
    const b = tend(db, 'report', '--subject', 'Bea', '--kind', 'baby', '--out', baby);
    expect(b.status, b.stderr).toBe(0);
    const bt = text(baby);
    expect(bt).toMatch(/Baby monitor report: Bea[\s\S]*Summary/);
    expectOnlyTheDocument(bt);

    const agp = join(dir, 'cli-agp.pdf');
    const a = tend(db, 'report', '--subject', 'Ann', '--kind', 'agp', '--out', agp);
    expect(a.status, a.stderr).toBe(0);
    const at = text(agp);
    expect(at).toMatch(/Ambulatory glucose profile: Ann[\s\S]*Time in ranges/);
    expectOnlyTheDocument(at);
  }, 180_000);

  it('the hub prints the same reports over HTTP without banners or another person\'s alert', async () => {
    const hub = await startTestHub();
    try {
      const token = await hub.signUp('parent@example.org', 'Parent');
      const create = async (name: string, kind: string) => (await hub.api('POST', '/api/subjects', { name, kind }, token)).body.id as string;
      const ids = { bea: await create('Bea', 'baby'), ann: await create('Ann', 'diabetes'), max: await create('Max', 'general') };
      await seed(
        async (name, args) => {
          const a = args as { subject_id: string; thresholds: unknown };
          expect(name).toBe('thresholds.put');
          expect((await hub.api('PUT', `/api/subjects/${a.subject_id}/thresholds`, a.thresholds, token)).status).toBe(200);
        },
        ids,
        async (id, items) => {
          const r = await hub.api('POST', `/api/subjects/${id}/observations`, items, token);
          expect(r.status, JSON.stringify(r.body)).toBe(201);
          return r.body;
        },
      );
      const print = async (id: string, kind: string) => {
        const res = await fetch(`${hub.url}/api/subjects/${id}/reports`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ kind }) });
        const bytes = Buffer.from(await res.arrayBuffer());
        expect(res.status, bytes.toString('utf8').slice(0, 300)).toBe(200);
        const file = join(dir, `hub-${kind}.pdf`);
        writeFileSync(file, bytes);
        return text(file);
      };
      const bt = await print(ids.bea, 'baby');
      expect(bt).toMatch(/Baby monitor report: Bea[\s\S]*Summary/);
      expectOnlyTheDocument(bt);
      const at = await print(ids.ann, 'agp');
      expect(at).toMatch(/Ambulatory glucose profile: Ann[\s\S]*Time in ranges/);
      expectOnlyTheDocument(at);
    } finally {
      await hub.close();
    }
  }, 180_000);
});
