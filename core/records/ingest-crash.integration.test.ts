import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../app';
import { openDatabase } from '../../db/open';

describe('the store after a crash mid-ingest', () => {
  it('is consistent on restart and holds every accepted batch complete, and no partial batch', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'tend-crash-')), 'crash.db');
    const setup = createCore({ db: openDatabase(dbPath) });
    const user = setup.auth.ensureLocalUser('crash');
    const subject = setup.subjects.create({ user, clientKey: 't', transport: 'memory' }, { name: 'Crash', kind: 'general' });
    setup.close();

    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'ingest-crash.child.ts'), dbPath, subject.id, user.id], { stdio: ['ignore', 'pipe', 'inherit'] });
    const accepted: number[] = [];
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        for (const m of String(d).matchAll(/accepted (\d+)/g)) accepted.push(Number(m[1]));
        // Kill it hard while it is in the middle of the next batch.
        if (accepted.length >= 4 && !child.killed) setTimeout(() => child.kill('SIGKILL'), 7);
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    expect(accepted.length).toBeGreaterThanOrEqual(4);

    const db = openDatabase(dbPath);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    const perBatch = db.$client
      .prepare(`SELECT substr(id, 2, instr(id, '-') - 2) AS batch, COUNT(*) AS n FROM observations WHERE subject_id = ? GROUP BY batch`)
      .all(subject.id) as Array<{ batch: string; n: number }>;
    const counts = new Map(perBatch.map((r) => [Number(r.batch), r.n]));
    // Every batch reported as accepted is there in full…
    for (const b of accepted) expect(counts.get(b)).toBe(10_000);
    // …and no batch is there in part (the one being written when killed is all or nothing).
    for (const [, n] of counts) expect(n).toBe(10_000);
    // Rollups agree with the raw rows they summarise.
    const rolled = db.$client.prepare(`SELECT SUM(count) FROM rollups WHERE subject_id = ? AND level = 60`).pluck().get(subject.id);
    const raw = db.$client.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`).pluck().get(subject.id);
    expect(rolled).toBe(raw);
    db.$client.close();
  });
});
