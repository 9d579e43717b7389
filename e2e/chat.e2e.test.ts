import { describe, expect, it } from 'vitest';
import { hubAndBrowser, openSignedIn, signUpWithPerson } from './fixture';
import { axeViolations, hasChromium } from './browser';

describe.skipIf(!hasChromium)('chat logging in Chromium through the hub', () => {
  const e2e = hubAndBrowser();

  it('logs a typed meal and insulin, answers in the live region and shows the meal with the day’s events', async () => {
    const { token, subject } = await signUpWithPerson(e2e.hub, 'noor@example.org', 'Noor', { name: 'Noor', kind: 'diabetes' });
    const { context, page, errors } = await openSignedIn(e2e, token, '#/diabetes', { viewport: { width: 1440, height: 1000 }, timezoneId: 'Europe/Berlin', locale: 'en-GB', bypassCSP: true });
    await page.getByRole('heading', { name: 'Diabetes: Noor' }).waitFor();

    await page.getByLabel('What happened?').fill('had a sandwich, 45g carbs and 4 units novorapid');
    await page.getByRole('button', { name: 'Send' }).click();
    const live = page.getByRole('status').filter({ hasText: 'Logged' });
    await live.waitFor();
    await expect(live.textContent()).resolves.toMatch(/^Logged 45 g carbs \(a sandwich\) at \d\d:\d\d and 4 U NovoRapid \(bolus\) at \d\d:\d\d\.$/);
    await expect(page.getByTestId('chat-logged-item').allTextContents()).resolves.toEqual([
      expect.stringContaining('Meal, 45 g carbs (a sandwich)'),
      expect.stringContaining('Insulin, 4 U NovoRapid (bolus)'),
    ]);
    // The dashboard reloads: the meal is with the day's events.
    await page.getByTestId('day-events').getByText('Meal, 45 g carbs (a sandwich)').waitFor();

    // A refusal logs nothing and says why.
    await page.getByLabel('What happened?').fill('had zorblax');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByTestId('chat-reply').getByText('Not logged: How many grams of carbs in the zorblax?', { exact: false }).waitFor();

    const stored = (await e2e.hub.api('GET', `/api/subjects/${subject.id}/events`, undefined, token)).body.items as Array<{ type: string; data: Record<string, unknown> }>;
    expect(stored.map((e) => e.type).sort()).toEqual(['insulin', 'meal']);
    expect(stored.find((e) => e.type === 'meal')!.data).toMatchObject({ carbs_g: 45, description: 'a sandwich' });

    // A wrongly logged item is undone with one click: gone from the record and the day's events.
    const dayInsulin = page.getByTestId('day-events').getByText('Insulin bolus, 4 U NovoRapid');
    await dayInsulin.waitFor();
    await page.getByRole('button', { name: 'Undo: Insulin, 4 U NovoRapid (bolus)' }).click();
    await page.getByTestId('chat-logged-item').filter({ hasText: 'removed' }).waitFor();
    await dayInsulin.waitFor({ state: 'detached' });
    await page.getByTestId('day-events').getByText('Meal, 45 g carbs (a sandwich)').waitFor();
    const left = (await e2e.hub.api('GET', `/api/subjects/${subject.id}/events`, undefined, token)).body.items as Array<{ type: string }>;
    expect(left.map((e) => e.type)).toEqual(['meal']);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows a USDA estimate for a meal without grams, logs nothing until confirmed, then logs the edited carbs with Undo', async () => {
    const { token, subject } = await signUpWithPerson(e2e.hub, 'ola@example.org', 'Ola', { name: 'Ola', kind: 'diabetes' });
    const { context, page, errors } = await openSignedIn(e2e, token, '#/diabetes', { viewport: { width: 1440, height: 1000 }, timezoneId: 'Europe/Berlin', locale: 'en-GB', bypassCSP: true });
    await page.getByRole('heading', { name: 'Diabetes: Ola' }).waitFor();
    const events = async () => (await e2e.hub.api('GET', `/api/subjects/${subject.id}/events`, undefined, token)).body.items as Array<{ type: string; data: Record<string, unknown> }>;

    await page.getByLabel('What happened?').fill('I ate pasta and an apple');
    await page.getByRole('button', { name: 'Send' }).click();
    const proposal = page.getByTestId('chat-proposal');
    await proposal.waitFor();
    // Pasta, cooked: USDA's usual serving 140 g → 43 g; Apple, raw: 1 medium, 200 g → 29.6 g.
    await expect(proposal.getByTestId('chat-proposal-food').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^pasta \(Pasta, cooked\)Quantity not specified.*140 g43 g$/),
      expect.stringMatching(/^an apple \(Apple, raw\)1 medium200 g29\.6 g$/),
    ]);
    await proposal.getByText('USDA FNDDS 2021–2023', { exact: false }).waitFor();
    await page.getByTestId('chat-reply').getByText('Nothing is logged until you confirm or edit it.', { exact: false }).waitFor();
    const carbs = proposal.getByLabel('Carbs to log (g)');
    await expect(carbs.inputValue()).resolves.toBe('72.6');
    expect(await events()).toEqual([]);

    await carbs.fill('70');
    await proposal.getByRole('button', { name: 'Confirm' }).click();
    const logged = page.getByTestId('chat-logged-item').filter({ hasText: 'Meal, 70 g carbs (pasta, an apple)' });
    await logged.waitFor();
    await proposal.getByText('Confirmed.').waitFor();
    await page.getByTestId('day-events').getByText('Meal, 70 g carbs (pasta, an apple)').waitFor();
    expect((await events()).map((e) => e.data)).toEqual([expect.objectContaining({ carbs_g: 70, estimated_carbs_g: 72.6, source: 'chat-usda' })]);

    // Undo works as for any logged item.
    await page.getByRole('button', { name: 'Undo: Meal, 70 g carbs (pasta, an apple)' }).click();
    await page.getByTestId('chat-logged-item').filter({ hasText: 'removed' }).waitFor();
    await expect(events()).resolves.toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
