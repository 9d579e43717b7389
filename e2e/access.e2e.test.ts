import { describe, expect, it } from 'vitest';
import { hasChromium } from './browser';
import { hubAndBrowser, openSignedIn } from './fixture';

describe.skipIf(!hasChromium)('the thresholds screen for someone who may not change them', () => {
  const e2e = hubAndBrowser();

  it('tells a caregiver the limits are the owner’s and clinicians’, and shows the relay’s state without its address to anyone but the install’s administrator', async () => {
    const { hub } = e2e;
    // The first account registered administers the install; it also owns the person here.
    const admin = await hub.signUp('parent@example.org', 'Parent');
    const carer = await hub.signUp('nanny@example.org', 'Nanny');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Mia', kind: 'baby' }, admin)).body.id;
    expect((await hub.api('POST', `/api/subjects/${subject}/grants`, { email: 'nanny@example.org', role: 'caregiver' }, admin)).status).toBe(201);
    const secret = 'https://hooks.example.org/T0/very-secret-token';
    expect((await hub.api('POST', '/api/rpc/alerts.relay.put', { enabled: true, url: secret, min_priority: 'high', include_updates: false }, admin)).status).toBe(200);

    const open = async (token: string) => {
      const { page, context } = await openSignedIn(e2e, token, '#/thresholds');
      await page.getByRole('heading', { name: 'Relay to a caregiver elsewhere' }).waitFor();
      return { page, context };
    };

    const asCarer = await open(carer);
    await asCarer.page.getByTestId('thresholds-read-only').getByText('You can see Mia’s limits and alert timing but not change them: only the owner and clinicians can.').waitFor();
    await asCarer.page.getByTestId('relay-readonly').getByText('The relay is on. Only an administrator of this install can change it or see its address.').waitFor();
    expect(await asCarer.page.getByLabel('Web address (http or https)').count()).toBe(0);
    expect(await asCarer.page.content()).not.toContain('very-secret-token');
    await asCarer.context.close();

    const asAdmin = await open(admin);
    await expect(asAdmin.page.getByLabel('Web address (http or https)').inputValue()).resolves.toBe(secret);
    expect(await asAdmin.page.getByTestId('thresholds-read-only').count()).toBe(0);
    await asAdmin.context.close();
  }, 120_000);
});

describe.skipIf(!hasChromium)("a viewer's alarm screen", () => {
  const e2e = hubAndBrowser();

  it('shows and sounds a high alarm to a viewer without buttons that would only be refused, and keeps them for a caregiver', async () => {
    const { hub } = e2e;
    const owner = await hub.signUp('mum@example.org', 'Mum');
    const viewer = await hub.signUp('gran@example.org', 'Gran');
    const carer = await hub.signUp('nanny@example.org', 'Nanny');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Leo', kind: 'diabetes' }, owner)).body.id;
    expect((await hub.api('POST', `/api/subjects/${subject}/grants`, { email: 'gran@example.org', role: 'viewer' }, owner)).status).toBe(201);
    expect((await hub.api('POST', `/api/subjects/${subject}/grants`, { email: 'nanny@example.org', role: 'caregiver' }, owner)).status).toBe(201);
    // One urgent low: a high-priority alarm.
    const low = await hub.api('POST', `/api/subjects/${subject}/observations`, [{ metric: 'glucose', t: new Date().toISOString(), value: 45 }], owner);
    expect(low.status).toBe(201);
    expect(low.body.alerts.length).toBe(1);

    const open = async (token: string, path: string) => {
      const { page, context } = await openSignedIn(e2e, token, path);
      await page.getByTestId('alarm-banner').waitFor();
      return { page, context };
    };

    const asViewer = await open(viewer, '#/alerts');
    await asViewer.page.getByTestId('alarm-viewer').waitFor();
    expect(await asViewer.page.getByTestId('alarm-banner').getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);
    await asViewer.page.getByText('a viewer cannot acknowledge or snooze').first().waitFor();
    expect(await asViewer.page.getByRole('button', { name: /^Acknowledge / }).count()).toBe(0);
    await asViewer.context.close();

    const asCarer = await open(carer, '#/alerts');
    await asCarer.page.getByTestId('alarm-banner').getByRole('button', { name: 'Acknowledge' }).waitFor();
    expect(await asCarer.page.getByTestId('alarm-viewer').count()).toBe(0);
    await asCarer.page.getByRole('button', { name: /^Acknowledge / }).first().waitFor();
    await asCarer.context.close();
  }, 180_000);
});
