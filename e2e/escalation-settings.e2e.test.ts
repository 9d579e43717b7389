import { describe, expect, it } from 'vitest';
import { hasChromium, screenshot } from './browser';
import { hubAndBrowser, openSignedIn, signUpWithPerson } from './fixture';

/**
 * A person's escalation tiers set on the thresholds screen (issue 19): whom an unacknowledged
 * high alarm reaches first and who after how many minutes, each wrong field named beside
 * itself with nothing stored, and what is saved is what the hub keeps.
 */
describe.skipIf(!hasChromium)('escalation tiers on the thresholds screen, in Chromium', () => {
  const e2e = hubAndBrowser();

  it('adds two tiers, shows each wrong field by itself without storing anything, then saves them', async () => {
    const { hub } = e2e;
    const { token: owner, subject } = await signUpWithPerson(hub, 'parent@example.org', 'Parent', { name: 'Noor', kind: 'general' });
    await hub.signUp('carer@example.org', 'Sam');
    const doctor = await hub.signUp('doc@example.org', 'Dr Xu');
    expect((await hub.api('POST', `/api/subjects/${subject.id}/grants`, { email: 'carer@example.org', role: 'caregiver' }, owner)).status).toBe(201);
    expect((await hub.api('POST', `/api/subjects/${subject.id}/grants`, { email: 'doc@example.org', role: 'clinician' }, owner)).status).toBe(201);
    const stored = async () => (await hub.api('POST', '/api/rpc/alerts.escalation.get', { subject_id: subject.id }, owner)).body as { tiers: Array<Record<string, unknown>> };

    const { context, page, errors } = await openSignedIn(e2e, doctor, '#/thresholds');
    const card = page.getByRole('form', { name: 'Escalation' });
    await card.getByTestId('escalation-none').waitFor();

    await card.getByRole('button', { name: 'Add a tier' }).click();
    await card.getByRole('button', { name: 'Add a tier' }).click();
    expect(await card.getByLabel('Tier 1: minutes after the alarm').inputValue()).toBe('0');
    // Tier 1: Sam by name. Tier 2: nobody yet, and starting at once too.
    await card.getByRole('group', { name: 'Tier 1 people' }).getByLabel('Sam (caregiver)').check();
    await card.getByLabel('Tier 2: minutes after the alarm').fill('0');
    await card.getByRole('button', { name: 'Save escalation' }).click();
    await card.getByTestId('error-tiers.1.user_ids').getByText('a tier needs at least one user or role').waitFor();
    expect(await card.getByLabel('Tier 2: minutes after the alarm').getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).tiers).toEqual([]);

    await card.getByRole('group', { name: 'Tier 2 roles' }).getByLabel('everyone who is clinician').check();
    await card.getByRole('button', { name: 'Save escalation' }).click();
    await card.getByTestId('error-tiers.1.after_min').getByText("must be later than tier 1's 0 min").waitFor();
    expect(await card.getByTestId('error-tiers.1.user_ids').count()).toBe(0);
    expect((await stored()).tiers).toEqual([]);

    await card.getByLabel('Tier 2: minutes after the alarm').fill('10');
    await card.getByLabel('Tier 2 name (optional)').fill('on-call clinician');
    await card.getByRole('button', { name: 'Save escalation' }).click();
    await page.getByRole('status').getByText('Escalation saved: 2 tiers.').waitFor();
    expect(await card.getByTestId('error-tiers.1.after_min').count()).toBe(0);
    const saved = (await stored()).tiers;
    expect(saved).toHaveLength(2);
    expect(saved[0]).toMatchObject({ after_min: 0, roles: [] });
    expect(saved[0]!.user_ids).toHaveLength(1);
    expect(saved[1]).toEqual({ after_min: 10, user_ids: [], roles: ['clinician'], label: 'on-call clinician' });
    await screenshot(page, 'escalation-tiers');

    // Kept by the hub: a reload shows them.
    await page.reload();
    await card.getByLabel('Tier 2 name (optional)').waitFor();
    expect(await card.getByLabel('Tier 2 name (optional)').inputValue()).toBe('on-call clinician');
    expect(await card.getByRole('group', { name: 'Tier 1 people' }).getByLabel('Sam (caregiver)').isChecked()).toBe(true);

    // Removing every tier turns escalation off.
    await card.getByRole('button', { name: 'Remove tier 2' }).click();
    await card.getByRole('button', { name: 'Remove tier 1' }).click();
    await card.getByRole('button', { name: 'Save escalation' }).click();
    await page.getByRole('status').getByText('Escalation turned off.').waitFor();
    expect((await stored()).tiers).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows a caregiver the tiers without letting them change them', async () => {
    const { hub } = e2e;
    const { token: owner, subject } = await signUpWithPerson(hub, 'mum@example.org', 'Mum', { name: 'Ivo', kind: 'general' });
    const carer = await hub.signUp('nan@example.org', 'Nan');
    expect((await hub.api('POST', `/api/subjects/${subject.id}/grants`, { email: 'nan@example.org', role: 'caregiver' }, owner)).status).toBe(201);
    expect((await hub.api('POST', '/api/rpc/alerts.escalation.put', { subject_id: subject.id, tiers: [{ after_min: 0, roles: ['caregiver'], label: 'family' }] }, owner)).status).toBe(200);
    const { context, page } = await openSignedIn(e2e, carer, '#/thresholds');
    const card = page.getByRole('form', { name: 'Escalation' });
    await card.getByLabel('Tier 1 name (optional)').waitFor();
    expect(await card.getByLabel('Tier 1 name (optional)').inputValue()).toBe('family');
    expect(await card.getByLabel('Tier 1 name (optional)').isDisabled()).toBe(true);
    expect(await card.getByRole('button', { name: 'Save escalation' }).count()).toBe(0);
    await context.close();
  }, 120_000);
});
