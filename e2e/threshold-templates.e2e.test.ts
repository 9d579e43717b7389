import { describe, expect, it } from 'vitest';
import { startTestHub } from '../host/testing';
import { hasChromium, launch, screenshot } from './browser';

describe.skipIf(!hasChromium)('threshold templates on the thresholds screen (issue #19)', () => {
  it('saves one person’s limits as a template, applies it to another, and marks which limits are the template’s and which the person’s own', async () => {
    const hub = await startTestHub();
    const browser = await launch();
    try {
      const owner = await hub.signUp('parent@example.org', 'Parent');
      const clinician = await hub.signUp('doctor@example.org', 'Doctor');
      const people: Record<string, string> = {};
      for (const name of ['Ann', 'Bo']) {
        people[name] = (await hub.api('POST', '/api/subjects', { name, kind: 'general' }, owner)).body.id;
        expect((await hub.api('POST', `/api/subjects/${people[name]}/grants`, { email: 'doctor@example.org', role: 'clinician' }, owner)).status).toBe(201);
      }
      expect((await hub.api('PUT', `/api/subjects/${people.Ann}/thresholds`, [{ metric: 'heart_rate', min: 40, max: 130, priority: 'medium' }], owner)).status).toBe(200);
      expect((await hub.api('PUT', `/api/subjects/${people.Bo}/thresholds`, [{ metric: 'body_temperature', min: 35, max: 38, priority: 'high' }], owner)).status).toBe(200);

      const context = await browser.newContext();
      await context.addInitScript((t) => window.localStorage.setItem('tend.token', t), clinician);
      const page = await context.newPage();
      await page.goto(`${hub.url}/#/thresholds`);
      await page.getByLabel('Person').selectOption({ label: 'Ann (general)' });
      await page.locator('tr[data-metric="heart_rate"]').waitFor();
      await page.getByLabel('Template name').fill('adult');
      await page.getByRole('button', { name: 'Save as template' }).click();
      await page.getByRole('status').getByText('Template “adult” saved.').waitFor();

      await page.getByLabel('Person').selectOption({ label: 'Bo (general)' });
      await page.locator('tr[data-metric="body_temperature"]').waitFor();
      await page.getByLabel('Template', { exact: true }).selectOption({ label: 'adult (v1, 1 limit)' });
      await page.getByRole('button', { name: 'Apply template' }).click();
      await page.getByRole('status').getByText('Template “adult” applied: heart_rate set.').waitFor();

      const heart = page.locator('tr[data-metric="heart_rate"]');
      await heart.getByTestId('threshold-origin').getByText('from template adult v1').waitFor();
      expect(await heart.getByLabel(/^Minimum of row/).inputValue()).toBe('40');
      expect(await heart.getByLabel(/^Maximum of row/).inputValue()).toBe('130');
      const temp = page.locator('tr[data-metric="body_temperature"]');
      expect(await temp.getAttribute('data-origin')).toBe('own');
      expect(await temp.getByTestId('threshold-origin').textContent()).toBe('own');
      await screenshot(page, 'threshold-templates-applied');

      // What the screen shows is what is stored.
      const stored = (await hub.api('POST', '/api/rpc/thresholds.get', { subject_id: people.Bo }, clinician)).body;
      expect(stored).toEqual(expect.arrayContaining([
        { metric: 'heart_rate', min: 40, max: 130, priority: 'medium', sustain_min: 0 },
        { metric: 'body_temperature', min: 35, max: 38, priority: 'high', sustain_min: 0 },
      ]));
      expect(stored).toHaveLength(2);
      await context.close();
    } finally {
      await browser.close();
      await hub.close();
    }
  }, 120_000);
});
