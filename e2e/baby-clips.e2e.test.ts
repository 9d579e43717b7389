import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CryEpisode } from '../api/baby';
import { parseWav } from '../core/audio/wav';
import { babyServices } from '../core/baby/services';
import { hasCryData, hasCryModel, hasSox, heldOutWav } from '../core/baby/testing';
import { axeViolations, hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

/**
 * Kept cry clips on the baby screen: with `keep_clips` on, a held-out cry streamed as live
 * chunks leaves a clip; the episode list plays it, downloads it under its name and deletes it.
 */
describe.skipIf(!(hasChromium && hasSox && hasCryData && hasCryModel))('kept cry clips on the baby screen', () => {
  // Registered first: its afterAll runs last, so the live audio sessions close while the hub is up.
  const e2e = hubAndBrowser();
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-baby-clips-e2e-'));
  });
  afterAll(async () => {
    await babyServices(e2e.hub.core).live.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plays, downloads and deletes the clip of an episode', async () => {
    const { hub } = e2e;
    const token = await hub.signUp('clips@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Ada', kind: 'baby' }, token)).body.id as string;
    const rpc = (name: string, body: unknown) => hub.api('POST', `/api/rpc/${name}`, body, token);
    expect((await rpc('baby.settings.put', { subject_id: subject, settings: { keep_clips: true } })).status).toBe(200);
    const w = parseWav(readFileSync(heldOutWav('cry', dir, { silenceS: 6 })));
    const pcm = Int16Array.from(w.samples, (x) => Math.max(-32768, Math.min(32767, Math.round(x * 32768))));
    const started = Date.now() - 60_000;
    for (let i = 0, seq = 0; i < pcm.length; i += 8000, seq++) {
      const part = pcm.subarray(i, i + 8000);
      const pcmB64 = Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('base64');
      await rpc('audio.chunk', { subject_id: subject, session_id: 'session-e2e-clip', sample_rate: 16000, seq, pcm: pcmB64, ...(seq === 0 ? { t: new Date(started).toISOString() } : {}) });
    }
    await rpc('audio.stop', { subject_id: subject, session_id: 'session-e2e-clip' });
    const episode = ((await hub.api('GET', `/api/subjects/${subject}/cry-episodes`, undefined, token)).body.items as CryEpisode[]).find((e) => e.has_clip)!;
    expect(episode).toBeDefined();
    const wavRes = await fetch(`${hub.url}/api/subjects/${subject}/cry-episodes/${episode.id}/clip`, { headers: { authorization: `Bearer ${token}` } });
    const filename = /filename="([^"]+)"/.exec(wavRes.headers.get('content-disposition') ?? '')![1]!;
    const wavBytes = Buffer.from(await wavRes.arrayBuffer());

    const openBabyScreen = async (contextOptions: BrowserContextOptions = {}) => {
      const opened = await openSignedIn(e2e, token, '', contextOptions);
      const { page } = opened;
      await page.getByRole('heading', { name: 'Overview' }).waitFor();
      await page.getByLabel('Watching').selectOption(subject);
      await page.getByRole('link', { name: 'Baby monitor' }).click();
      await page.getByRole('heading', { name: 'Baby monitor: Ada' }).waitFor();
      const player = page.getByLabel(/^Clip of crying at /);
      await player.waitFor({ timeout: 15_000 });
      return { ...opened, player };
    };

    const { page, errors, player } = await openBabyScreen();
    // The browser decodes the WAV: 10 s of audio.
    await expect.poll(() => player.evaluate((el) => (el as unknown as { duration: number }).duration), { timeout: 10_000 }).toBeCloseTo(10, 1);

    const link = page.getByRole('link', { name: /^Download clip of crying at / });
    expect(await link.getAttribute('download')).toBe(filename);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(filename);
    expect(readFileSync(await download.path()).equals(wavBytes)).toBe(true);

    await screenshot(page, 'baby-clip');
    // axe is injected as an inline script, which the app's CSP (rightly) refuses: check
    // in a second page that bypasses it, after playback worked under the real policy.
    const { context: axeContext, page: axePage } = await openBabyScreen({ bypassCSP: true });
    expect(await axeViolations(axePage)).toEqual([]);
    await axeContext.close();

    await page.getByRole('button', { name: /^Delete clip of crying at / }).click();
    await page.getByRole('group', { name: /^Confirm deleting the clip/ }).getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByTestId('episode-clip').waitFor({ state: 'detached', timeout: 10_000 });
    await expect(page.getByTestId('episode').count()).resolves.toBe(1);
    const after = (await hub.api('GET', `/api/subjects/${subject}/cry-episodes`, undefined, token)).body.items as CryEpisode[];
    expect(after.find((e) => e.id === episode.id)!.has_clip).toBe(false);
    expect(errors).toEqual([]);
  }, 120_000);
});
