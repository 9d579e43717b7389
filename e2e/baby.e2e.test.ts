import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { analyzeWav } from '../core/audio/analyze';
import { parseWav } from '../core/audio/wav';
import { hasCryData, hasCryModel, hasSox, heldOutWav } from '../core/baby/testing';
import { hasChromium, launch, screenshot } from './browser';
import { testHub, type Hub } from './fixture';

/**
 * The baby monitor end to end: Chromium's fake microphone plays a held-out recording
 * (environment-notes.md "Fake microphone"), the page captures it with an AudioWorklet and
 * streams it to the hub, the core's worker thread detects crying, and the episode and its
 * alert appear on the screen. A household-noise recording gives neither.
 */
const fakeMic = (wav: string) => ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}%noloop`, '--autoplay-policy=no-user-gesture-required'];

async function signUpWithBaby(page: Page, hub: Hub, email: string, baby: string): Promise<string> {
  const token = await hub.signUp(email);
  const created = await hub.api('POST', '/api/subjects', { name: baby, kind: 'baby' }, token);
  expect(created.status).toBe(201);
  // The page must come from http://127.0.0.1 for navigator.mediaDevices (a secure context).
  await page.goto(hub.url + '/');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview' }).waitFor();
  await page.getByLabel('Watching').selectOption(created.body.id as string);
  await page.getByRole('link', { name: 'Baby monitor' }).click();
  await page.getByRole('heading', { name: `Baby monitor: ${baby}` }).waitFor();
  return created.body.id as string;
}

const level = async (page: Page) => Number(await page.getByTestId('input-level').getAttribute('data-level'));

describe.skipIf(!(hasChromium && hasSox && hasCryData && hasCryModel))('the baby monitor in Chromium with a fake microphone', () => {
  // The hub from the fixture; each test launches its own Chromium, because the recording
  // its fake microphone plays is a launch switch.
  const e2e = testHub();
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-baby-e2e-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('hears a held-out cry: the level moves, a cry episode and its alert appear, and the screen is saved', async () => {
    const browser: Browser = await launch(fakeMic(heldOutWav('cry', dir, { silenceS: 1 })));
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await signUpWithBaby(page, e2e.hub, 'cry@example.org', 'Ada');
      await page.getByRole('button', { name: 'Start listening' }).click();
      await page.getByTestId('listen-status').getByText('Listening').or(page.getByText('Crying now')).waitFor({ timeout: 10_000 });
      await expect.poll(() => level(page), { timeout: 10_000 }).toBeGreaterThan(0);
      await page.getByTestId('episode').first().waitFor({ timeout: 30_000 });
      const alert = page.getByTestId('baby-alerts').locator('li[data-kind="cry_episode"]');
      await alert.first().waitFor({ timeout: 15_000 });
      await expect(alert.first().textContent()).resolves.toMatch(/Crying detected/);
      await expect(page.getByTestId('alert-badge').textContent()).resolves.not.toBe('0');
      // The timeline picks up the windows (it redraws every 5 s while listening).
      await page.getByTestId('baby-timeline').locator('.recharts-line-curve').first().waitFor({ timeout: 15_000 });
      await screenshot(page, 'baby');
      await page.getByRole('button', { name: 'Stop listening' }).click();
      await page.getByTestId('listen-status').getByText('Not listening').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('hears held-out household noise: the level moves but no episode and no alert appear', async () => {
    const { hub } = e2e;
    const browser: Browser = await launch(fakeMic(heldOutWav('noise', dir, { silenceS: 1 })));
    try {
      const page = await browser.newPage();
      const subjectId = await signUpWithBaby(page, hub, 'noise@example.org', 'Ben');
      await page.getByRole('button', { name: 'Start listening' }).click();
      await expect.poll(() => level(page), { timeout: 10_000 }).toBeGreaterThan(0);
      // The whole 5 s recording and its silence, and a little more for the last windows.
      await expect.poll(async () => (await hub.api('GET', `/api/subjects/${subjectId}/observations?metric=cry_probability&limit=1000`, undefined, await tokenOf(page))).body.items?.length ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
      await page.getByRole('button', { name: 'Stop listening' }).click();
      await page.getByTestId('listen-status').getByText('Not listening').waitFor();
      await expect(page.getByTestId('episodes').getByText('No crying detected.').isVisible()).resolves.toBe(true);
      await expect(page.getByTestId('baby-alerts').getByText('None.').isVisible()).resolves.toBe(true);
      const alerts = await hub.api('GET', `/api/alerts?state=all&subject_id=${subjectId}`, undefined, await tokenOf(page));
      expect(alerts.body.items).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});

async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { localStorage: { getItem(k: string): string | null } }).localStorage.getItem('tend.token') ?? '');
}

describe.skipIf(!(hasSox && hasCryData && hasCryModel))('POST /api/subjects/:id/audio through the hub', () => {
  const e2e = testHub();
  let hub: Hub;
  let dir: string;
  let token: string;
  let cryWav: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-baby-upload-'));
    cryWav = heldOutWav('cry', dir, { rate: 44100, channels: 2 });
    hub = e2e.hub;
    token = await hub.signUp('parent@example.org');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const newBaby = async (name: string) => (await hub.api('POST', '/api/subjects', { name, kind: 'baby' }, token)).body.id as string;
  const upload = (subject: string, body: Uint8Array, type = 'audio/wav') =>
    fetch(`${hub.url}/api/subjects/${subject}/audio`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body: body as unknown as BodyInit });

  it('POST /audio answers like `tend cry`, stores one cry_probability per window and the episode, and stores nothing new on a retry', async () => {
    const s = await newBaby('Upload');
    const bytes = readFileSync(cryWav);
    const res = await upload(s, bytes);
    expect(res.status).toBe(200);
    const body = await res.json();
    const expected = await analyzeWav(bytes);
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.cry).toBe(true);
    // 7 s at 2 s windows every 1 s: starts 0..5 → 6 windows.
    const duration = parseWav(bytes).durationS;
    const windows = Math.floor(duration - 2) + 1 + (Math.floor(duration - 2) + 2 < duration ? 1 : 0);
    const obs = await hub.api('GET', `/api/subjects/${s}/observations?metric=cry_probability&limit=1000`, undefined, token);
    expect(obs.body.items).toHaveLength(windows);
    const again = await upload(s, bytes);
    expect(again.status).toBe(200);
    expect((await hub.api('GET', `/api/subjects/${s}/observations?metric=cry_probability&limit=1000`, undefined, token)).body.items).toHaveLength(windows);
    const eps = await hub.api('GET', `/api/subjects/${s}/cry-episodes`, undefined, token);
    expect(eps.body.items).toHaveLength(expected.segments.length);
    const alerts = await hub.api('GET', `/api/alerts?subject_id=${s}`, undefined, token);
    expect(alerts.body.items.filter((a: any) => a.kind === 'cry_episode')).toHaveLength(expected.segments.length);
  });

  it('POST /audio refuses a non-WAV or truncated body with a clear 400 and stores nothing', async () => {
    const s = await newBaby('Bad upload');
    const notWav = await upload(s, new TextEncoder().encode('this is not a wav file, just text'));
    expect(notWav.status).toBe(400);
    expect((await notWav.json()).error.message).toMatch(/not a WAV/i);
    const bytes = readFileSync(cryWav);
    const truncated = await upload(s, bytes.subarray(0, 5000), 'application/octet-stream');
    expect(truncated.status).toBe(400);
    expect((await truncated.json()).error.message).toMatch(/truncated/i);
    expect((await hub.api('GET', `/api/subjects/${s}/observations`, undefined, token)).body.items).toHaveLength(0);
    const noAuth = await fetch(`${hub.url}/api/subjects/${s}/audio`, { method: 'POST', headers: { 'content-type': 'audio/wav' }, body: bytes });
    expect(noAuth.status).toBe(401);
  });

});
