import { describe, expect, it } from 'vitest';
import { hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn, signUpWithPerson } from './fixture';

describe.skipIf(!hasChromium)('threshold templates on the thresholds screen (issue #19)', () => {
  const e2e = hubAndBrowser();

  it('saves one person’s limits as a template, applies it to another, and marks which limits are the template’s and which the person’s own', async () => {
    const { hub } = e2e;
    const owner = await hub.signUp('parent@example.org', 'Parent');
    const clinician = await hub.signUp('doctor@example.org', 'Doctor');
    const people: Record<string, string> = {};
    for (const name of ['Ann', 'Bo']) {
      people[name] = (await hub.api('POST', '/api/subjects', { name, kind: 'general' }, owner)).body.id;
      expect((await hub.api('POST', `/api/subjects/${people[name]}/grants`, { email: 'doctor@example.org', role: 'clinician' }, owner)).status).toBe(201);
    }
    expect((await hub.api('PUT', `/api/subjects/${people.Ann}/thresholds`, [{ metric: 'heart_rate', min: 40, max: 130, priority: 'medium' }], owner)).status).toBe(200);
    expect((await hub.api('PUT', `/api/subjects/${people.Bo}/thresholds`, [{ metric: 'body_temperature', min: 35, max: 38, priority: 'high' }], owner)).status).toBe(200);

    const { context, page } = await openSignedIn(e2e, clinician, '#/thresholds');
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
  }, 120_000);
});

describe.skipIf(!hasChromium)('renaming and deleting a threshold template on screen (issue #19)', () => {
  const e2e = hubAndBrowser();

  it('renames a template, then deletes it: the person keeps its limits and their origin says the template was deleted', async () => {
    const { hub } = e2e;
    const { token, subject } = await signUpWithPerson(hub, 'nurse@example.org', 'Nurse', { name: 'Cy', kind: 'general' });
    const made = await hub.api('POST', '/api/rpc/templates.create', { name: 'ward', items: [{ metric: 'spo2', min: 92, priority: 'high' }] }, token);
    expect(made.status).toBe(200);
    await hub.api('POST', '/api/rpc/templates.create', { name: 'clinic', items: [{ metric: 'heart_rate', max: 140, priority: 'medium' }] }, token);
    expect((await hub.api('POST', '/api/rpc/thresholds.apply_template', { subject_id: subject.id, template_id: made.body.id }, token)).status).toBe(200);

    const { context, page, errors } = await openSignedIn(e2e, token, '#/thresholds');
    const card = page.getByRole('group', { name: 'Templates' });
    await card.getByLabel('Template', { exact: true }).selectOption({ label: 'ward (v1, 1 limit)' });
    // A name the account already has is refused, and nothing changes.
    await card.getByLabel('New name for “ward”').fill('clinic');
    await card.getByRole('button', { name: 'Rename template' }).click();
    await page.getByRole('alert').getByText('you already have a template named "clinic"').waitFor();
    await card.getByLabel('New name for “ward”').fill('ward (adults)');
    await card.getByRole('button', { name: 'Rename template' }).click();
    await page.getByRole('status').getByText('Template “ward” renamed “ward (adults)”.').waitFor();
    await card.getByRole('option', { name: 'ward (adults) (v1, 1 limit)' }).waitFor({ state: 'attached' });
    const names = async () => ((await hub.api('POST', '/api/rpc/templates.list', {}, token)).body as Array<{ name: string }>).map((t) => t.name).sort();
    expect(await names()).toEqual(['clinic', 'ward (adults)']);

    await card.getByLabel('Template', { exact: true }).selectOption({ label: 'ward (adults) (v1, 1 limit)' });
    await card.getByRole('button', { name: 'Delete template' }).click();
    await card.getByRole('group', { name: 'Confirm deleting' }).getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('status').getByText('Template “ward (adults)” deleted. People it was applied to keep its limits.').waitFor();
    expect(await names()).toEqual(['clinic']);
    const spo2 = page.locator('tr[data-metric="spo2"]');
    await spo2.getByTestId('threshold-origin').getByText('from template ward v1 (template deleted)').waitFor();
    expect(await spo2.getByLabel(/^Minimum of row/).inputValue()).toBe('92');
    expect(await card.getByRole('option', { name: /^ward/ }).count()).toBe(0);
    await screenshot(page, 'threshold-template-deleted');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
