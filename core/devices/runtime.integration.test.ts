import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DemoLab } from '../../native/lab/demo-lab';
import { openDatabase } from '../../db/open';
import { waitFor } from '../../testing/wait-for';
import { createCore } from '../app';
import { deviceRuntime, stopDeviceRuntime } from './registry';

describe.skipIf(DemoLab.unavailableReason() !== null)('a paired wrist sensor', () => {
  it('stores its raw samples as motion chunks with tremor minutes, not one row per sample', async () => {
    process.env.TEND_DEMO_SPEED = '20';
    const core = createCore({ db: openDatabase(join(mkdtempSync(join(tmpdir(), 'tend-wrist-')), 'w.db')) });
    try {
      const ctx = { user: core.auth.ensureLocalUser('wrist'), clientKey: 't', transport: 'memory' as const };
      const subject = core.subjects.create(ctx, { name: 'Walter', kind: 'parkinson' });
      await deviceRuntime(core).addDemo(ctx, subject.id, 'motion');
      const c = core.deps.db.$client;
      const chunks = () => c.prepare(`SELECT COUNT(*) FROM motion_chunks WHERE subject_id = ?`).pluck().get(subject.id) as number;
      await waitFor('a stored motion chunk', () => chunks() > 0, { timeoutMs: 45_000, intervalMs: 200 });
      expect(c.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ? AND metric = 'accel'`).pluck().get(subject.id)).toBe(0);
    } finally {
      delete process.env.TEND_DEMO_SPEED;
      await stopDeviceRuntime(core);
      core.close();
    }
  }, 60_000);
});

describe.skipIf(DemoLab.unavailableReason() !== null)('demo devices after a restart', () => {
  it('are recreated in a new lab and stream again', async () => {
    process.env.TEND_DEMO_SPEED = '60';
    const dir = mkdtempSync(join(tmpdir(), 'tend-demo-restart-'));
    const first = createCore({ db: openDatabase(join(dir, 'r.db')) });
    const ctx = { user: first.auth.ensureLocalUser('restart'), clientKey: 't', transport: 'memory' as const };
    const subject = first.subjects.create(ctx, { name: 'Sam', kind: 'baby' });
    const device = await deviceRuntime(first).addDemo(ctx, subject.id, 'thermometer');
    await stopDeviceRuntime(first);
    first.close();

    const second = createCore({ db: openDatabase(join(dir, 'r.db')) });
    try {
      const count = () => second.deps.db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE device_id = ?`).pluck().get(device.id) as number;
      const before = count();
      expect(await deviceRuntime(second).restoreDemos()).toBe(1);
      await waitFor('a new reading from the recreated demo thermometer', () => count() > before, { timeoutMs: 45_000, intervalMs: 200 });
    } finally {
      delete process.env.TEND_DEMO_SPEED;
      await stopDeviceRuntime(second);
      second.close();
    }
  }, 60_000);
});
