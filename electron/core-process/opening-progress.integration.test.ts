import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDatabase } from '../../db/open';
import { databaseOfLayout0020 } from '../../db/testing';
import { connectCore, type UtilityProcessLike } from '../main/core-client';
import type { CoreProcessConfig } from './protocol';

/**
 * The desktop's core process opening a database of the layout before migration 0021: its
 * readings move to the compact layout before the core is ready, and the main side hears how
 * far (the window's title and taskbar show it, electron/main/index.ts). Electron cannot run
 * here: `child_process.fork` of the real entry file stands in for `utilityProcess.fork`, as
 * in e2e/transports.contract.test.ts; the client is the main process's own.
 */
const T0 = Date.parse('2026-05-01T00:00:00Z');
const ROWS = 12_000;
const dir = mkdtempSync(join(tmpdir(), 'tend-core-opening-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the desktop core process opening a database of the previous storage layout', () => {
  it('tells the main process how far the move has got before it is ready, then holds every reading', async () => {
    const file = join(dir, 'tend.db');
    const before = databaseOfLayout0020(file, dir, ROWS, T0);
    const config: CoreProcessConfig = { db: file, createDir: false, migrationsDir: MIGRATIONS_DIR };
    const child = fork(join(import.meta.dirname, 'main.ts'), [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, TEND_CORE_CONFIG: JSON.stringify(config), TEND_BACKUP: 'off', TEND_SYNC_URL: '', TEND_LOG: 'warn' },
    });
    const utility: UtilityProcessLike = { postMessage: (m) => void child.send(m as never), on: (event: string, l: (...a: any[]) => void) => child.on(event, l) };
    const core = connectCore(utility, {
      secretKey: async () => new Uint8Array(32).fill(7),
      openUrl: async () => undefined,
      printReport: async () => new Uint8Array(),
    });
    const heard: Array<[number, number, boolean]> = [];
    let ready = false;
    core.onOpening((done, total) => heard.push([done, total, ready]));
    try {
      await core.ready;
      ready = true;
      expect(heard.length).toBeGreaterThanOrEqual(2);
      expect(heard[0]).toEqual([0, ROWS, false]);
      expect(heard.at(-1)).toEqual([ROWS, ROWS, false]);
      // Never backwards.
      for (let i = 1; i < heard.length; i++) expect(heard[i]![0]).toBeGreaterThanOrEqual(heard[i - 1]![0]);

      // The core answers once ready (Pat belongs to another account, so the local user lists nobody).
      expect(await core.call('subjects.list', {})).toEqual({ ok: true, value: [] });
    } finally {
      if (child.exitCode === null) await core.stop();
    }
    expect(existsSync(`${file}.before-0021`)).toBe(false);
    const after = openDatabase(file).$client;
    expect(after.prepare(`SELECT COUNT(*) AS n, SUM(value) AS sum FROM observations`).get()).toEqual(before);
    after.close();
  }, 180_000);
});
