import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startTestHub } from '../host/testing';
import { launch, signIn } from './browser';

export type Hub = Awaited<ReturnType<typeof startTestHub>>;

export interface HubAndBrowserOptions {
  /** Set before the hub starts and removed after it closes (e.g. TEND_DEMO_SPEED for the demo lab). */
  env?: Record<string, string>;
  /** Passed to startTestHub: a manual clock, a faster stream heartbeat. */
  hub?: Parameters<typeof startTestHub>[0];
  /** Extra Chromium switches, and an ordinary browser's autoplay policy, as `launch` takes them. */
  launchArgs?: string[];
  browserAutoplay?: boolean;
}

/**
 * One real hub for every test of the calling `describe`, without a browser: for describes that
 * speak only HTTP or WebSocket to it. Registers beforeAll/afterAll there, so call it at the top
 * of a describe block, before the describe's own hooks: vitest runs afterAll hooks in reverse
 * order, so the describe's own clean-up (a scheduler, a listener) runs while the hub is up.
 */
export function testHub(opts: Pick<HubAndBrowserOptions, 'env' | 'hub'> = {}): { readonly hub: Hub } {
  let hub: Hub | undefined;
  beforeAll(async () => {
    for (const [k, v] of Object.entries(opts.env ?? {})) process.env[k] = v;
    const started = await startTestHub(opts.hub);
    // A test may stop the hub itself (to see what a screen shows when Tend stops): closing
    // again in afterAll is then a no-op rather than a second close of the same core.
    let closed: Promise<void> | undefined;
    hub = { ...started, close: () => (closed ??= started.close()) };
  });
  afterAll(async () => {
    for (const k of Object.keys(opts.env ?? {})) delete process.env[k];
    await hub?.close();
  });
  return {
    get hub() {
      if (!hub) throw new Error('testHub: the hub is read before beforeAll started it (read it inside a test or a later hook)');
      return hub;
    },
  };
}

/**
 * One real hub and one Chromium for every test of the calling `describe`: registers its
 * beforeAll/afterAll there, so call it at the top of a describe block (before the describe's
 * own hooks, as for `testHub`). The returned object's `hub` and `browser` are read inside
 * tests or later hooks (they exist only once beforeAll has run).
 */
export function hubAndBrowser(opts: HubAndBrowserOptions = {}): { readonly hub: Hub; readonly browser: Browser } {
  const started = testHub(opts);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(opts.launchArgs, opts.browserAutoplay ? { browserAutoplay: true } : {});
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get hub() {
      return started.hub;
    },
    get browser() {
      if (!browser) throw new Error('hubAndBrowser: the browser is read before beforeAll launched it (read it inside a test)');
      return browser;
    },
  };
}

/** An account and one person it owns, as most screens need before they show anything. */
export async function signUpWithPerson(
  hub: Hub,
  email: string,
  name: string,
  person: { name: string; kind: string },
): Promise<{ token: string; subject: { id: string } }> {
  const token = await hub.signUp(email, name);
  const r = await hub.api('POST', '/api/subjects', person, token);
  if (r.status !== 201) throw new Error(`creating ${person.name} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { token, subject: r.body as { id: string } };
}

/**
 * A fresh context signed in as `token`, collecting page errors, at `route` (e.g. '#/diabetes').
 * A fresh context per page: each signed-in account keeps its own localStorage. `beforeLoad`
 * runs on the new page before the app's first script: to fake page time (`page.clock.install`)
 * or to watch what the page sends and receives from the start.
 */
export async function openSignedIn(
  e2e: { readonly hub: Hub; readonly browser: Browser },
  token: string,
  route: string,
  contextOptions: BrowserContextOptions = {},
  beforeLoad?: (page: Page) => unknown,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await e2e.browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await beforeLoad?.(page);
  await signIn(page, e2e.hub.url, token);
  if (route) await page.goto(`${e2e.hub.url}/${route}`);
  return { context, page, errors };
}
