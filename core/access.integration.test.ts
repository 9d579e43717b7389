import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { createCore, type Core } from './app';
import { ManualClock } from './clock';

let dir: string;
let core: Core;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tend-access-'));
  core = createCore({ db: openDatabase(join(dir, 'tend.db')), clock: new ManualClock(Date.parse('2026-03-01T00:00:00Z')) });
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const register = (email: string) => core.auth.register({ email, password: 'correct horse battery', name: email });

describe('install administrators', () => {
  it('are the local accounts and the first account registered, not later ones', async () => {
    const local = core.auth.ensureLocalUser('pat');
    const first = await register('first@example.org');
    const second = await register('second@example.org');
    expect(core.access.isInstallAdmin(local)).toBe(true);
    expect(core.access.isInstallAdmin(first)).toBe(true);
    expect(core.access.isInstallAdmin(second)).toBe(false);
  });

  it('are not whoever registers an address that looks like a local account', async () => {
    await register('first@example.org');
    const impostor = await register('root@local.tend');
    expect(core.access.isInstallAdmin(impostor)).toBe(false);
  });
});
