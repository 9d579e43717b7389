import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { createCore } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';

/**
 * The kiosk board reads each person's newest reading per metric from the latest-values
 * table (migration 0014) to skip metrics with nothing recent; what it shows must be what
 * the history says, a reading stamped ahead of the clock (a device clock running fast) included.
 */
const T0 = Date.parse('2026-05-01T08:00:00Z');
const MIN = 60_000;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the kiosk board and the latest values', () => {
  it('shows the last day\'s newest values, leaves out older metrics, and ignores readings stamped ahead of the clock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-kiosk-latest-'));
    dirs.push(dir);
    const clock = new ManualClock(T0);
    const core = createCore({ db: openDatabase(join(dir, 'k.db')), clock });
    const ctx: CallContext = { user: core.auth.ensureLocalUser('kiosk'), clientKey: 't', transport: 'memory' };
    const s = core.subjects.create(ctx, { name: 'Ann', kind: 'general' }).id;
    const at = (ms: number) => new Date(ms).toISOString();
    core.ingest(ctx, s, [
      { metric: 'heart_rate', t: at(T0 - 2 * 1440 * MIN), value: 70 },
      { metric: 'glucose', t: at(T0 - 10 * MIN), value: 110 },
      { metric: 'glucose', t: at(T0 - 5 * MIN), value: 120 },
      { metric: 'body_temperature', t: at(T0 - 20 * MIN), value: 36.8 },
      // A thermometer whose clock runs half an hour ahead: not the board's "now".
      { metric: 'body_temperature', t: at(T0 + 30 * MIN), value: 39.5 },
    ]);
    const board = await core.call('kiosk.board', {}, ctx);
    const tile = board.tiles.find((t) => t.subject.id === s)!;
    expect(tile.latest.map((l) => [l.metric, l.value, l.t])).toEqual([
      ['glucose', 120, at(T0 - 5 * MIN)],
      ['body_temperature', 36.8, at(T0 - 20 * MIN)],
    ]);
    expect(tile.last_data_at).toBe(at(T0 - 5 * MIN));
    // Once the clock passes the early reading, it is the newest.
    clock.set(T0 + 31 * MIN);
    const later = (await core.call('kiosk.board', {}, ctx)).tiles.find((t) => t.subject.id === s)!;
    expect(later.latest.find((l) => l.metric === 'body_temperature')!.value).toBe(39.5);
    expect(later.last_data_at).toBe(at(T0 + 30 * MIN));
    core.close();
  });
});
