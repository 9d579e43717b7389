import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupName, backupScheduler } from '../core/backup/scheduler';
import { waitFor } from '../testing/wait-for';
import { axeViolations, hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/**
 * A carer checks on Settings that the nursery laptop keeps backups, and takes one before
 * lending the laptop out: the backup lands in the hub's folder and the card says so.
 */
describe.skipIf(!hasChromium)('backups on the settings screen', () => {
  // Registered first: its afterAll runs last, so the scheduler below stops while the hub is up.
  const e2e = hubAndBrowser();
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-backup-e2e-'));
    backupScheduler(e2e.hub.core).start({ dir, everyH: 24, keep: 7 });
    await backupScheduler(e2e.hub.core).settle();
  });
  afterAll(async () => {
    backupScheduler(e2e.hub.core).stop();
    await backupScheduler(e2e.hub.core).settle();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the folder, the schedule and the last backup, and "Back up now" adds one', async () => {
    const token = await e2e.hub.signUp('carer@example.org', 'Carer');
    // Only so the axe check can inject its script; the app's own CSP is tested elsewhere.
    const { page } = await openSignedIn(e2e, token, '', { bypassCSP: true });
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const card = page.getByTestId('backup-status');
    await card.getByText(`Every 24 h into ${dir}, keeping the newest 7`).waitFor();
    await card.getByTestId('backup-last').getByText('1 backup kept').waitFor();
    // Names carry the time to the millisecond; make sure the next one is a new name.
    await waitFor('a time whose backup name is not taken', () => !readdirSync(dir).includes(backupName(Date.now())));
    await card.getByRole('button', { name: 'Back up now' }).click();
    await card.getByTestId('backup-last').getByText('2 backups kept').waitFor();
    expect(readdirSync(dir).filter((f) => /^tend-.*\.db$/.test(f))).toHaveLength(2);
    expect(await card.getByTestId('backup-error').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'settings-backups');
  });
});
