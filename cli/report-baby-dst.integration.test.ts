import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../core/app';
import { openDatabase } from '../db/open';
import { resolveSubject } from './context';
import { printable, tendCli as tend, pdfText as text } from './report-testing';

/**
 * The baby report over the night Berlin's clocks go forward (2026-03-29 02:00 CET → 03:00
 * CEST): its days run from each local midnight and a reading after the change reads as the
 * wall clock said. Printed by the real CLI and Chromium, read back with pdftotext; the
 * expected local times are worked out here from the tz rules.
 */
const ready = printable;

const MIN = 60_000;
/** Local days 28–30 March in Berlin: 00:00 CET on the 28th (23:00 UTC) to 00:00 CEST on the 31st (22:00 UTC). */
const FROM = '2026-03-27T23:00:00Z';
const TO = '2026-03-30T22:00:00Z';

describe.skipIf(!ready)('the baby report across a daylight-saving change', () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-baby-dst-'));
    db = join(dir, 't.db');
    const core = createCore({ db: openDatabase(db) });
    const { subject, ctx } = resolveSubject(core, 'Ida', { create: 'baby' });
    // The nursery every 15 minutes for the whole period.
    const room: Array<{ metric: string; t: string; value: number }> = [];
    for (let t = Date.parse(FROM); t < Date.parse(TO); t += 15 * MIN) room.push({ metric: 'room_temperature', t: new Date(t).toISOString(), value: 20 });
    core.ingest(ctx, subject.id, room);
    // A fever at 12:00 CEST on the 30th (10:00 UTC), and a lower reading at 12:00 CET on the 28th.
    core.ingest(ctx, subject.id, [
      { metric: 'body_temperature', t: '2026-03-28T11:00:00Z', value: 37.2 },
      { metric: 'body_temperature', t: '2026-03-30T10:00:00Z', value: 38.6 },
    ]);
    core.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the three Berlin days, 23-hour one included, and gives the fever after the change its wall-clock time', () => {
    const out = join(dir, 'ida.pdf');
    const r = tend(db, 'report', '--subject', 'Ida', '--kind', 'baby', '--out', out, '--from', FROM, '--to', TO, '--time-zone', 'Europe/Berlin');
    expect(r.status, r.stderr).toBe(0);
    const t = text(out);
    expect(t).toContain('Period 2026-03-28 00:00 to 2026-03-31 00:00 (times in Europe/Berlin)');
    expect(t).toMatch(/Days with data 3 of 3/);
    expect(t).toContain('38.6 °C at 2026-03-30 12:00');
    // One day chart per local day, in order; nothing of the 27th or the 31st.
    expect(t).toMatch(/2026-03-28: [\s\S]*2026-03-29: [\s\S]*2026-03-30: /);
    expect(t).not.toMatch(/2026-03-(27|31): /);
  }, 180_000);
});
