import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupName, backupScheduler } from '../core/backup/scheduler';
import { startTestHub } from '../host/testing';
import { waitFor } from '../testing/wait-for';
import { axeViolations, hasChromium, launch, screenshot, signIn } from './browser';

/**
 * A carer checks on Settings that the nursery laptop keeps backups, and takes one before
 * lending the laptop out: the backup lands in the hub's folder and the card says so.
 */
describe.skipIf(!hasChromium)('backups on the settings screen', () => {
  let hub: Awaited<ReturnType<typeof startTestHub>>;
  let dir: string;
  beforeAll(async () => {
    hub = await startTestHub();
    dir = mkdtempSync(join(tmpdir(), 'tend-backup-e2e-'));
    backupScheduler(hub.core).start({ dir, everyH: 24, keep: 7 });
    await backupScheduler(hub.core).settle();
  });
  afterAll(async () => {
    backupScheduler(hub.core).stop();
    await backupScheduler(hub.core).settle();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the folder, the schedule and the last backup, and "Back up now" adds one', async () => {
    const token = await hub.signUp('carer@example.org', 'Carer');
    const browser = await launch();
    try {
      // Only so the axe check can inject its script; the app's own CSP is tested elsewhere.
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await signIn(page, hub.url, token);
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
    } finally {
      await browser.close();
    }
  });
});
