import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { hubAndBrowser } from './fixture';

/** Issue 15 in a real browser: a rebound name gets nothing, and signing up with a taken e-mail reveals nothing but helps its owner. */
describe.skipIf(!hasChromium)('sign-in security in Chromium through the hub', () => {
  // attacker.example resolves to this machine, as a DNS-rebinding page arranges.
  const e2e = hubAndBrowser({ launchArgs: ['--host-resolver-rules=MAP attacker.example 127.0.0.1 , MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost'] });

  it('gives a page on a name that resolves to the hub neither the app nor the API', async () => {
    const { hub, browser } = e2e;
    const port = new URL(hub.url).port;
    const context = await browser.newContext();
    const page = await context.newPage();
    const res = await page.goto(`http://attacker.example:${port}/`);
    expect(res?.status()).toBe(403);
    // The rebound page tries to create an account and read the API, same-origin from its point of view.
    const answers = await page.evaluate(async () => {
      const f = (globalThis as unknown as { fetch: (u: string, i?: object) => Promise<{ status: number }> }).fetch;
      const reg = await f('/api/auth/register', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'rebind@example.org', password: 'long enough pw', name: 'R' }) });
      const health = await f('/api/health');
      return [reg.status, health.status];
    });
    expect(answers).toEqual([403, 403]);
    expect(hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM users WHERE email = 'rebind@example.org'`).pluck().get()).toBe(0);
    await context.close();
  });

  it('signing up with an e-mail that has an account changes nothing and tells the person to sign in with its password', async () => {
    const { hub, browser } = e2e;
    await hub.signUp('grace@example.org', 'Grace');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(hub.url + '/');
    await page.getByRole('button', { name: 'Create an account instead' }).click();
    await page.getByLabel('Your name').fill('Not Grace');
    await page.getByLabel('E-mail').fill('grace@example.org');
    await page.getByLabel('Password').fill('a different passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      'This e-mail may already have an account here: sign in with its password, or ask whoever runs this Tend to reset it.',
    );
    const me = await hub.api('POST', '/api/auth/login', { email: 'grace@example.org', password: 'correct horse battery' });
    expect(me.body.user.name).toBe('Grace');
    await context.close();
  });
});
