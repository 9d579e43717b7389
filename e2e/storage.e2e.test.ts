import { describe, expect, it } from 'vitest';
import { hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/**
 * The nursery laptop's disk fills up: the sensor's uploads are refused with 507 naming
 * the cause, every open screen says that new data cannot be stored (a screen opened
 * later too), and the banner goes once data are stored again.
 */
describe.skipIf(!hasChromium)('a full disk in the browser', () => {
  const e2e = hubAndBrowser();

  it('shows "cannot store new data" while writes fail, and clears it when they work again', async () => {
    const { hub } = e2e;
    const token = await hub.signUp('carer@example.org', 'Carer');
    const baby = (await hub.api('POST', '/api/subjects', { name: 'Mia', kind: 'baby' }, token)).body.id as string;
    const reading = (i: number) => ({ metric: 'room_temperature', t: new Date(Date.now() - 3_600_000 + i * 1000).toISOString(), value: 20 + (i % 10) / 10 });
    const post = (from: number, n: number) => hub.api('POST', `/api/subjects/${baby}/observations`, Array.from({ length: n }, (_, i) => reading(from + i)), token);
    expect((await post(0, 5)).status).toBe(201);
    const { page } = await openSignedIn(e2e, token, '');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.getByTestId('storage-failing').count()).toBe(0);

    const db = hub.core.deps.db.$client;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let refused: { status: number; body: { error: { code: string; message: string } } } | null = null;
    for (let i = 0; i < 40 && !refused; i++) {
      const r = await post(10 + i * 2000, 2000);
      if (r.status !== 201) refused = r;
    }
    expect(refused?.status).toBe(507);
    expect(refused?.body.error.code).toBe('storage_unavailable');
    const banner = page.getByTestId('storage-failing');
    await banner.getByText('Tend cannot store new data.').waitFor();
    expect(await banner.textContent()).toContain('the disk holding the database is full');
    expect(await page.locator('.alert-overlay').getAttribute('data-alarm-state')).toBe('medium');
    await screenshot(page, 'storage-failing');
    // A screen opened during the outage learns it at once.
    const { page: later } = await openSignedIn(e2e, token, '');
    await later.getByTestId('storage-failing').waitFor();

    db.pragma('max_page_count = 1073741823');
    const fresh = await hub.api('POST', `/api/subjects/${baby}/observations`, [{ metric: 'humidity', t: new Date().toISOString(), value: 48 }], token);
    expect(fresh.status).toBe(201);
    await banner.waitFor({ state: 'detached' });
    await later.getByTestId('storage-failing').waitFor({ state: 'detached' });
  });
});
