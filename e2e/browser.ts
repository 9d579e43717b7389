import { chromium, type Browser, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's Chromium, driven by playwright-core (no browser download on this machine). */
export const CHROMIUM = process.env.TEND_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const RESULTS_DIR = join(import.meta.dirname, '..', 'test-results');

/**
 * Debian's Chromium, headless, off the network. `browserAutoplay`: the autoplay policy of
 * an ordinary browser (sound only after a user gesture).
 */
export async function launch(extraArgs: string[] = [], opts: { browserAutoplay?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Keep Chromium off the network entirely: only the hub on loopback is reachable.
    // Sound allowed without a click, as the desktop app and the documented kiosk set it;
    // `browserAutoplay` tests an ordinary browser instead.
    args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost', ...(opts.browserAutoplay ? [] : ['--autoplay-policy=no-user-gesture-required']), ...extraArgs],
    ...(opts.browserAutoplay ? { ignoreDefaultArgs: ['--autoplay-policy=no-user-gesture-required'] } : {}),
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Runs axe-core in the page; returns serious and critical violations. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; help: string; nodes: number; where: string[] }>> {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    // Runs in the page: reach the DOM through globalThis (this file compiles without DOM types).
    const g = globalThis as unknown as { document: unknown; axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } };
    return g.axe.run(g.document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    // Where, so a failing test names the elements: the first few selectors and why.
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, where: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`) }));
}

/**
 * Signs a page in as `token` (from `hub.signUp`) without typing: the app keeps its token
 * in localStorage, as it does after a real sign-in. Set before any page script runs.
 */
export async function signIn(page: Page, url: string, token: string): Promise<void> {
  await page.addInitScript((t) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('tend.token', t), token);
  await page.goto(url + '/');
}
