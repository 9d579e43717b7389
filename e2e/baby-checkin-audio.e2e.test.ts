import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCryModel } from '../core/baby/testing';
import { hasChromium } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/**
 * A check-in with a phone's voice memo, through the page's file picker in Chromium (issue
 * 19): the picker offers M4A, the committed M4A of a held-out cry (core/audio/fixtures/) is
 * analysed by the hub and the history shows the crying; a truncated one is refused naming the
 * problem and nothing is stored.
 */
const FIXTURES = join(import.meta.dirname, '..', 'core', 'audio', 'fixtures');

describe.skipIf(!(hasChromium && hasCryModel))('a check-in with an M4A recording in Chromium', () => {
  const e2e = hubAndBrowser();

  it('the picker takes an M4A; its cry shows in the history, and a truncated one is refused with nothing stored', async () => {
    const { hub } = e2e;
    const token = await hub.signUp('voice-memo@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Ada', kind: 'baby' }, token)).body.id as string;
    const { page, errors, context } = await openSignedIn(e2e, token, '');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByLabel('Watching').selectOption(subject);
    await page.getByRole('link', { name: 'Baby monitor' }).click();
    await page.getByRole('heading', { name: 'Baby monitor: Ada' }).waitFor();

    const form = page.getByRole('form', { name: 'New check-in' });
    const picker = form.getByLabel(/^Recording/);
    expect((await picker.getAttribute('accept'))?.split(',')).toEqual(expect.arrayContaining(['.m4a', 'audio/mp4', 'audio/x-m4a', '.aac']));
    const m4a = readFileSync(join(FIXTURES, 'cry.m4a'));

    // Truncated first: refused, and the history stays empty.
    await form.getByLabel('Body temperature (°C)').fill('37.0');
    await picker.setInputFiles({ name: 'cut.m4a', mimeType: 'audio/x-m4a', buffer: m4a.subarray(0, 20_000) });
    await form.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByRole('alert').filter({ hasText: 'truncated M4A file' }).waitFor();
    expect((await hub.api('GET', `/api/subjects/${subject}/checkins`, undefined, token)).body.total).toBe(0);

    await picker.setInputFiles({ name: 'voice-memo.m4a', mimeType: 'audio/x-m4a', buffer: m4a });
    await form.getByRole('button', { name: 'Save check-in' }).click();
    const history = page.getByRole('table', { name: 'Check-in history' });
    const row = history.getByRole('row').nth(1);
    await row.waitFor();
    await expect.poll(async () => row.textContent()).toMatch(/37\.0 °C.*yes \(\d+ %\)/);
    const stored = (await hub.api('GET', `/api/subjects/${subject}/checkins`, undefined, token)).body;
    expect(stored.total).toBe(1);
    expect(stored.items[0]).toMatchObject({ temperature: 37, cry_detected: true });
    expect(stored.items[0].cry_probability).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
