import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { createCore, type Core } from '../core/app';
import type { CallContext } from '../core/context';
import { syncRound } from '../core/sync/round';
import { syncScheduler } from '../core/sync/scheduler';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../core/sync/throwaway-postgres';
import { axeViolations, hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/**
 * A clinic hub syncing with a shared Postgres: the nurse sees on the settings screen how
 * sync stands, a patient recorded on another install arrives, "Sync now" fetches what that
 * install logged since, an outage is shown without losing what waits to go out, and an
 * alert raised on the patient's laptop sounds at the clinic and is acknowledged there.
 */
describe.skipIf(!hasChromium)('sync status in Chromium through the hub', () => {
  // The clinic hub and Chromium come from the fixture; the shared Postgres and the patient's
  // laptop (a second install, a core without a hub) are this file's own. Hooks are ordered
  // so that afterAll (run in reverse) stops the hub's sync before the hub closes, and the
  // Postgres goes last, once nothing is connected to it.
  let pgs: ThrowawayPostgres;
  let laptop: Core;
  let dir: string;
  beforeAll(async () => {
    pgs = await startThrowawayPostgres();
    pgs.createDatabase('clinic');
    dir = mkdtempSync(join(tmpdir(), 'tend-sync-e2e-'));
    laptop = createCore({ db: openDatabase(join(dir, 'laptop.db')) });
  }, 120_000);
  afterAll(() => {
    laptop?.close();
    pgs?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const e2e = hubAndBrowser();
  afterAll(async () => {
    syncScheduler(e2e.hub.core).stop();
    await syncScheduler(e2e.hub.core).settle();
  });

  it('shows the remote, the last round and a failure; a patient from another install arrives, Sync now brings more, and the laptop\'s alert is acknowledged at the clinic', async () => {
    const { hub } = e2e;
    const url = pgs.urlFor('clinic');
    // The patient's laptop records 50 readings and syncs.
    const owner: CallContext = { user: laptop.auth.ensureLocalUser('ann'), clientKey: 'test', transport: 'cli' };
    const ann = laptop.subjects.create(owner, { name: 'Ann Laptop', kind: 'diabetes' });
    const now = Date.now();
    const readings = (n: number, endAgoMin: number) =>
      Array.from({ length: n }, (_, i) => ({ metric: 'glucose', t: new Date(now - (endAgoMin + (n - i) * 5) * 60_000).toISOString(), value: 110 + i }));
    laptop.ingest(owner, ann.id, readings(50, 200));
    const laptopRound = () => syncRound(url, { core: laptop, ownerId: owner.user!.id });
    await laptopRound();

    // The clinic hub syncs with the same database; people it first sees belong to the nurse.
    const token = await hub.signUp('nurse@clinic.example', 'Nurse Kim');
    syncScheduler(hub.core).start({ url, everyMin: 5, ownerEmail: 'nurse@clinic.example' });
    await syncScheduler(hub.core).settle();

    // Page time can be moved on by hand (a long outage) and otherwise runs as usual.
    const { context, page, errors } = await openSignedIn(e2e, token, '#/settings', { viewport: { width: 1280, height: 900 }, locale: 'en-GB', bypassCSP: true }, (p) => p.clock.install());
    const card = page.getByTestId('sync-status');
    await card.getByText(`Syncing with ${url} every 5 min`, { exact: false }).waitFor();
    await expect(card.getByTestId('sync-last').textContent()).resolves.toMatch(/received 1 person, 0 entries, 50 readings, 0 alerts\./);
    await expect(card.getByTestId('sync-pending').textContent()).resolves.toBe('Nothing is waiting to be sent.');

    // The pulled patient is the nurse's to see, with the laptop's readings.
    const subjects = (await hub.api('GET', '/api/subjects', undefined, token)).body as Array<{ id: string; name: string }>;
    expect(subjects.map((s) => s.name)).toEqual(['Ann Laptop']);
    const stats = (await hub.api('GET', `/api/subjects/${ann.id}/stats?metric=glucose`, undefined, token)).body as { count: number };
    expect(stats.count).toBe(50);

    // The laptop logs 20 more and syncs: the clinic, listening for pushes, has them within
    // seconds (its timed round is 5 minutes away).
    laptop.ingest(owner, ann.id, readings(20, 0));
    await laptopRound();
    await card.getByText('received 0 people, 0 entries, 20 readings, 0 alerts', { exact: false }).waitFor();
    expect(((await hub.api('GET', `/api/subjects/${ann.id}/stats?metric=glucose`, undefined, token)).body as { count: number }).count).toBe(70);

    // The server goes away while the nurse logs a meal: the failure is shown, the meal waits.
    pgs.stop();
    try {
      const meal = await hub.api('POST', `/api/subjects/${ann.id}/events`, { type: 'meal', t: new Date(now - 60_000).toISOString(), data: { carbs_g: 30 } }, token);
      expect(meal.status).toBe(201);
      await page.getByRole('button', { name: 'Sync now' }).click();
      await card.getByTestId('sync-error').waitFor();
      await expect(card.getByTestId('sync-error').textContent()).resolves.toMatch(/failed: .+\. Nothing was lost; the changes wait for the next round\./);
      await expect(card.getByTestId('sync-pending').textContent()).resolves.toBe('1 change is waiting to be sent.');
      await screenshot(page, 'sync-settings-outage');
      expect(await axeViolations(page)).toEqual([]);
      // One failed round is no news; a quarter of an hour of them is, on every screen.
      expect(await page.getByTestId('sync-failing').count()).toBe(0);
      await page.clock.fastForward('16:00');
      await page.getByTestId('sync-failing').waitFor();
      await expect(page.getByTestId('sync-failing').textContent()).resolves.toMatch(/Sync has failed since .+\. Alerts and readings from here are not reaching the other installs through .+Nothing is lost/);
    } finally {
      pgs.start();
    }
    await page.getByRole('button', { name: 'Sync now' }).click();
    await card.getByText('Nothing is waiting to be sent.').waitFor();
    await expect(card.getByTestId('sync-error').count()).resolves.toBe(0);
    await page.getByTestId('sync-failing').waitFor({ state: 'detached' });
    // The round also listens for pushes again (the outage cut that connection).
    await syncScheduler(hub.core).settle();
    // …and the laptop receives the nurse's meal.
    const back = await laptopRound();
    expect(back.pulled).toEqual({ subjects: 0, thresholds: 0, events: 1, observations: 0, alerts: 0, tremor_minutes: 0, cry_episodes: 0 });

    // A high alert the laptop raises sounds at the clinic after the next round; the nurse
    // acknowledges it there, and the laptop learns who did.
    await laptop.call('thresholds.put', { subject_id: ann.id, thresholds: [{ metric: 'glucose', max: 250, priority: 'high' }] }, owner);
    const raised = laptop.ingest(owner, ann.id, [{ metric: 'glucose', t: new Date(Date.now() - 1000).toISOString(), value: 320 }]).alerts as Array<{ id: string; message: string }>;
    expect(raised).toHaveLength(1);
    await laptopRound();
    await page.getByTestId('alert-badge').getByText('1', { exact: true }).waitFor();
    await page.getByText(raised[0]!.message, { exact: false }).first().waitFor();
    await screenshot(page, 'sync-alert-from-laptop');
    await page.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await page.getByTestId('alert-badge').getByText('0', { exact: true }).waitFor();
    // The acknowledgement goes out at once (not at the next timed round).
    await expect.poll(async () => (await laptopRound()).pulled.alerts, { timeout: 15_000, interval: 300 }).toBe(1);
    const onLaptop = laptop.alerts.store.get(raised[0]!.id)!;
    expect([onLaptop.state, onLaptop.acknowledged_by]).toEqual(['acknowledged', 'nurse@clinic.example']);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
