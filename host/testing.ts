import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Core } from '../core/app';
import type { Clock } from '../core/clock';
import { openCore } from '../core/open-core';
import { startHub } from './start';

/**
 * A real hub on a free port over a real SQLite file in a temp folder, for tests. With a
 * manual clock the alert timer is not started: the test drives `core.alerts.tick()` and
 * `beat()` itself, so a clock moved by hand never meets a real 15-second timer.
 */
export async function startTestHub(opts: { clock?: Clock; streamBeatMs?: number } = {}): Promise<{
  url: string;
  core: Core;
  dbPath: string;
  close: () => Promise<void>;
  api: (method: string, path: string, body?: unknown, token?: string) => Promise<{ status: number; body: any }>;
  signUp: (email: string, name?: string) => Promise<string>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'tend-hub-'));
  const dbPath = join(dir, 'tend.db');
  const core = openCore(dbPath, opts.clock ? { clock: opts.clock } : {});
  const hub = await startHub({ core, port: 0, alertTimer: !opts.clock, ...(opts.streamBeatMs ? { streamBeatMs: opts.streamBeatMs } : {}) });
  const api = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(hub.url + path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as any };
  };
  const signUp = async (email: string, name = email.split('@')[0]!) => {
    const password = 'correct horse battery';
    const r = await api('POST', '/api/auth/register', { email, password, name });
    if (r.status !== 201) throw new Error(`register failed: ${JSON.stringify(r.body)}`);
    const l = await api('POST', '/api/auth/login', { email, password });
    return l.body.access_token as string;
  };
  return {
    url: hub.url,
    core,
    dbPath,
    api,
    signUp,
    close: async () => {
      await hub.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
