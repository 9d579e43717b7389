import { describe, expect, it } from 'vitest';
import { hubAndBrowser, openSignedIn, signUpWithPerson } from './fixture';
import { join } from 'node:path';
import { RESULTS_DIR, axeViolations, hasChromium, screenshot } from './browser';

const MIN = 60_000;

describe.skipIf(!hasChromium)('the dose suggestion and the forecast in Chromium through the hub', () => {
  const e2e = hubAndBrowser();

  it('stays off until the person’s own settings are in, then shows the dose with its inputs, steps and words, and logs what was taken', async () => {
    const { token, subject } = await signUpWithPerson(e2e.hub, 'ana@example.org', 'Ana', { name: 'Ana', kind: 'diabetes' });
    const base = `/api/subjects/${subject.id}`;
    const now = Date.now();
    // Rising 1 mg/dL/min to 190 two minutes ago; a 3 U bolus an hour ago, still 2.2 U on board.
    const readings = Array.from({ length: 7 }, (_, i) => ({ metric: 'glucose', t: new Date(now - 2 * MIN - (6 - i) * 5 * MIN).toISOString(), value: 160 + i * 5 }));
    expect((await e2e.hub.api('POST', `${base}/observations`, readings, token)).status).toBe(201);
    await e2e.hub.api('POST', `${base}/events`, { type: 'insulin', t: new Date(now - 60 * MIN).toISOString(), data: { units: 3, kind: 'bolus' } }, token);

    const { context, page, errors } = await openSignedIn(e2e, token, '#/diabetes', { viewport: { width: 1440, height: 1200 }, timezoneId: 'Europe/Lisbon', locale: 'en-GB', bypassCSP: true });
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('heading', { name: 'Diabetes: Ana' }).waitFor();

    const panel = page.locator('section[aria-labelledby="dose-title"]');
    await panel.getByText('Tend never guesses them, and suggests nothing until all are in.').waitFor();
    expect(await panel.getByRole('button', { name: 'Calculate' }).count()).toBe(0);
    // The forecast under the current value says what it is.
    // Half an hour of readings: too little for the model, so the trend line (its last 25 minutes).
    await expect(page.getByTestId('forecast-30').textContent()).resolves.toMatch(/^In 30 min: \d+ mg\/dL \(80 %: \d+–\d+\), by the trend line from 5 readings\. A forecast, not a measurement\.$/);

    // A value out of bounds is named, and nothing is saved.
    await panel.getByLabel('Carb ratio (g per unit)').fill('12');
    await panel.getByLabel('Correction factor (mg/dL per unit)').fill('40');
    await panel.getByLabel('Target (mg/dL)').fill('110');
    await panel.getByLabel('Insulin action (hours)').fill('4');
    await panel.getByLabel('Maximum bolus (units)').fill('45');
    await panel.getByLabel('Dose step').selectOption('0.1');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await panel.getByRole('alert').getByText('maximum bolus must be 0.5–30 units').waitFor();
    expect((await e2e.hub.api('GET', `${base}/dosing`, undefined, token)).body.settings).toBeNull();
    await panel.getByLabel('Maximum bolus (units)').fill('12');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await expect(panel.getByTestId('dose-settings').textContent()).resolves.toMatch(
      /^1 U per 12 g carbohydrate · 1 U lowers 40 mg\/dL · target 110 mg\/dL · insulin acts 4 h \(peak 75 min\) · at most 12 U · in steps of 0\.1 U · meals absorbed over 3 h · no exercise reduction set · set by ana@example\.org/,
    );

    await panel.getByLabel('Carbohydrate to eat (g)').fill('60');
    await panel.getByRole('button', { name: 'Calculate' }).click();
    const result = panel.getByTestId('dose-suggestion');
    await result.waitFor();
    // 60 ÷ 12 = 5 U; (190 − 110) ÷ 40 = 2 U, all offset by the 2.2 U still on board → 5 U.
    await expect(result.getByTestId('dose-units').textContent()).resolves.toBe('5 U');
    await result.getByText('Suggestion, not a prescription').waitFor();
    const table = result.getByRole('table', { name: 'How it was calculated' });
    await expect(table.getByRole('row').allTextContents()).resolves.toEqual([
      'Carbohydrate60 g ÷ 12 g/U5 U',
      'Correction(190 − 110) ÷ 40 mg/dL/U2 U',
      'Carbs on boardnone from logged meals0 U',
      expect.stringMatching(/^Insulin on board2\.\d+ U from 1 logged bolus−2 U$/),
      'Exercisenone logged or planned; no exercise reduction set−0 U',
      'Totalrounded down to 0.1 U steps5 U',
    ]);
    const inputs = await result.getByRole('list', { name: 'Inputs' }).getByRole('listitem').allTextContents();
    expect(inputs[0]).toMatch(/^Glucose 190 mg\/dL \(sensor, [23] min old; could be 152–228\)$/);
    expect(inputs).toContainEqual(expect.stringMatching(/^Bolus 3 U at \d\d:\d\d: 2\.\d+ U still acting$/));
    await result.getByText('It counts only insulin logged here.', { exact: false }).waitFor();
    // What the screen shows is what the core calculated and audited.
    const audited = JSON.parse((e2e.hub.core.deps.db.$client.prepare(`SELECT detail FROM audit WHERE action = 'dose.suggest' ORDER BY id DESC LIMIT 1`).pluck().get() as string));
    expect(audited).toMatchObject({ status: 'dose', units: 5, carbs_g: 60 });
    await screenshot(page, 'dose-suggestion');

    // The person logs what they actually took, not necessarily the suggestion.
    await expect(result.getByLabel('Units actually taken').inputValue()).resolves.toBe('5');
    await result.getByLabel('Units actually taken').fill('4.5');
    await result.getByRole('button', { name: 'Log this bolus' }).click();
    await result.getByRole('status').filter({ hasText: /^Logged 4\.5 U bolus at \d\d:\d\d\.$/ }).waitFor();
    await page.getByTestId('day-events').getByText('Insulin bolus, 4.5 U').waitFor();
    const events = (await e2e.hub.api('GET', `${base}/events?type=insulin`, undefined, token)).body.items as Array<{ data: Record<string, unknown> }>;
    expect(events.map((e) => e.data)).toContainEqual({ units: 4.5, kind: 'bolus', source: 'dose-suggestion' });

    // In mmol/L the settings read in mmol/L, and a low meter reading gets no insulin.
    await page.getByRole('group', { name: 'Glucose units' }).getByRole('button', { name: 'mmol/L' }).click();
    await expect(panel.getByTestId('dose-settings').textContent()).resolves.toMatch(/1 U lowers 2\.2 mmol\/L · target 6\.1 mmol\/L/);
    await panel.getByLabel('Meter reading (mmol/L, optional)').fill('3.5');
    await panel.getByRole('button', { name: 'Calculate' }).click();
    await result.getByTestId('dose-none').getByText('No insulin').waitFor();
    await result.getByText('Glucose 3.5 mmol/L is below 3.9 mmol/L: treat the low first and check again. No insulin is suggested now.').waitFor();
    expect(await result.getByRole('button', { name: 'Log this bolus' }).count()).toBe(0);

    // A carb ratio by time of day, read in the person's zone (this browser's: Europe/Lisbon).
    await panel.getByRole('button', { name: 'Change' }).click();
    await panel.getByRole('button', { name: 'Set carb ratio by time of day' }).click();
    await panel.getByLabel('Carb ratio (g per unit): entry 2 starts at').fill('12:00');
    await panel.getByLabel('Carb ratio (g per unit) from 12:00').fill('8');
    await panel.getByLabel('Times of day are in the time zone').waitFor();
    await screenshot(page, 'dose-settings-schedule');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await expect(panel.getByTestId('dose-settings').textContent()).resolves.toMatch(/^1 U per 12 g from 00:00, 8 g from 12:00 carbohydrate · .* · times in Europe\/Lisbon · /);
    await panel.getByLabel('Meter reading (mmol/L, optional)').fill('7.0');
    await panel.getByRole('button', { name: 'Calculate' }).click();
    const lisbon = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Lisbon', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
    const ratio = lisbon < '12:00' ? 12 : 8;
    await result.getByRole('list', { name: 'Inputs' }).getByText(new RegExp(`^Settings for \\d\\d:\\d\\d in Europe/Lisbon: 1 U per ${ratio} g, 1 U lowers 2\\.2 mmol/L, target 6\\.1 mmol/L$`)).waitFor();
    await expect(result.getByRole('table', { name: 'How it was calculated' }).getByRole('row').first().textContent()).resolves.toMatch(new RegExp(`^Carbohydrate60 g ÷ ${ratio} g/U`));

    // What was suggested stays listed, newest first: 5 U for the 60 g meal among them.
    const history = panel.getByTestId('dose-history');
    await history.getByText('Earlier suggestions (3)').click();
    const rows = await history.getByRole('row').allTextContents();
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatch(/60 g10\.5 mmol\/L5 U \([\d.]+–[\d.]+\)ana@example\.org$/);
    expect(rows[2]).toMatch(/60 g3\.5 mmol\/L \(meter\)No insulinana@example\.org$/);

    // Forgetting the settings turns suggestions off again.
    await panel.getByRole('button', { name: 'Forget' }).click();
    await panel.getByText('suggests nothing until all are in', { exact: false }).waitFor();
    expect((await e2e.hub.api('GET', `${base}/dosing`, undefined, token)).body.settings).toBeNull();

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('counts a logged meal no bolus covered and takes the person’s exercise reduction off, each a row of the calculation', async () => {
    const { token, subject } = await signUpWithPerson(e2e.hub, 'cy@example.org', 'Cy', { name: 'Cy', kind: 'diabetes' });
    const base = `/api/subjects/${subject.id}`;
    const { context, page, errors } = await openSignedIn(e2e, token, '#/diabetes', { viewport: { width: 1440, height: 1200 }, timezoneId: 'UTC', locale: 'en-GB', bypassCSP: true });
    await page.getByRole('heading', { name: 'Diabetes: Cy' }).waitFor();
    // A 40 g snack an hour ago with no bolus, logged with its own absorption time: a third absorbed by now, about 26.7 g left.
    const log = page.locator('form[aria-labelledby="log-title"]');
    // The page's clock is UTC (its context above), so its local time is the ISO time.
    await log.getByLabel('When').fill(new Date(Date.now() - 60 * MIN).toISOString().slice(0, 16));
    await log.getByLabel('Carbohydrate (g)').fill('40');
    await log.getByLabel('Absorbed over (minutes, optional)').fill('180');
    await log.getByRole('button', { name: 'Log meal' }).click();
    await log.getByText(/^Meal logged at/).waitFor();
    const meals = (await e2e.hub.api('GET', `${base}/events?type=meal`, undefined, token)).body.items as Array<{ data: Record<string, unknown> }>;
    expect(meals.map((e) => e.data)).toEqual([expect.objectContaining({ carbs_g: 40, absorption_min: 180 })]);
    const panel = page.locator('section[aria-labelledby="dose-title"]');
    await panel.getByLabel('Carb ratio (g per unit)').fill('10');
    await panel.getByLabel('Correction factor (mg/dL per unit)').fill('50');
    await panel.getByLabel('Target (mg/dL)').fill('100');
    await panel.getByLabel('Insulin action (hours)').fill('4');
    await panel.getByLabel('Maximum bolus (units)').fill('10');
    await panel.getByLabel('Dose step').selectOption('0.1');
    // Over the 50 % bound: named, nothing saved.
    await panel.getByLabel('Reduce for exercise by (%, optional)').fill('60');
    await panel.getByLabel('when exercise is within (hours before or after)').fill('2');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await panel.getByRole('alert').getByText('exercise reduction must be 0–50 %').waitFor();
    expect((await e2e.hub.api('GET', `${base}/dosing`, undefined, token)).body.settings).toBeNull();
    await panel.getByLabel('Reduce for exercise by (%, optional)').fill('25');
    await panel.getByRole('button', { name: 'Save settings' }).click();
    await expect(panel.getByTestId('dose-settings').textContent()).resolves.toMatch(/ · meals absorbed over 3 h · 25 % less within 2 h of exercise · set by cy@example\.org/);

    await panel.getByLabel('Carbohydrate to eat (g)').fill('0');
    await panel.getByLabel('Meter reading (mg/dL, optional)').fill('150');
    await panel.getByLabel('Exercise planned in (minutes, optional)').fill('30');
    await panel.getByRole('button', { name: 'Calculate' }).click();
    const result = panel.getByTestId('dose-suggestion');
    await result.waitFor();
    // 26.7 g ÷ 10 = 2.67 U; (150 − 100) ÷ 50 = 1 U; 3.67 U less 25 % = 2.75 → 2.7 U.
    await expect(result.getByTestId('dose-units').textContent()).resolves.toBe('2.7 U');
    const rows = await result.getByRole('table', { name: 'How it was calculated' }).getByRole('row').allTextContents();
    expect(rows).toEqual([
      'Carbohydrate0 g ÷ 10 g/U0 U',
      'Correction(150 − 100) ÷ 50 mg/dL/U1 U',
      expect.stringMatching(/^Carbs on board26\.\d g still absorbing from 1 logged meal; 26\.\d g with no bolus counted ÷ 10 g\/U2\.6\d U$/),
      'Insulin on board0 U from 0 logged boluses−0 U',
      expect.stringMatching(/^Exerciseplanned at \d\d:\d\d: 25 % less \(your setting, within 2 h\)−0\.9\d? U$/),
      expect.stringMatching(/^Totalrounded down to 0\.1 U steps2\.7\d U$/),
    ]);
    await result.getByRole('list', { name: 'Inputs' }).getByText(/^Meal 40 g at \d\d:\d\d: 26\.\d g left of a 180-minute absorption, no bolus logged for it, so counted$/).waitFor();
    await result.getByText('Carbs on board: linear absorption over each meal', { exact: false }).waitFor();
    await result.getByText('Suggestion, not a prescription').waitFor();
    const audited = JSON.parse(e2e.hub.core.deps.db.$client.prepare(`SELECT detail FROM audit WHERE action = 'dose.suggest' ORDER BY id DESC LIMIT 1`).pluck().get() as string);
    expect(audited).toMatchObject({ units: 2.7, exercise_pct: 25 });
    await screenshot(page, 'dose-cob-exercise');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('shows the model’s forecast under the current value, and says when the trend line points lower', async () => {
    const { token, subject } = await signUpWithPerson(e2e.hub, 'ben@example.org', 'Ben', { name: 'Ben', kind: 'diabetes' });
    const now = Date.now();
    // An hour falling 2 mg/dL a minute, to 90 two minutes ago: the model flattens out, the line does not.
    const readings = Array.from({ length: 13 }, (_, i) => ({ metric: 'glucose', t: new Date(now - 2 * MIN - (12 - i) * 5 * MIN).toISOString(), value: 210 - i * 10 }));
    expect((await e2e.hub.api('POST', `/api/subjects/${subject.id}/observations`, readings, token)).status).toBe(201);
    const { context, page, errors } = await openSignedIn(e2e, token, '#/diabetes', { viewport: { width: 1440, height: 1000 }, locale: 'en-GB', bypassCSP: true });
    await page.getByRole('heading', { name: 'Diabetes: Ben' }).waitFor();
    const line = page.getByTestId('forecast-30');
    await line.waitFor();
    const model = (await e2e.hub.api('GET', `/api/subjects/${subject.id}/forecast?horizon_min=30`, undefined, token)).body;
    expect(model.source).toBe('model');
    const p = model.points.at(-1);
    // The page asked for its forecast a moment before this test did, and a forecast is made
    // for the moment it is asked (the readings age by the time between): its numbers may
    // differ by a unit in the last place, the words not at all.
    const text = (await line.textContent())!;
    const m = /^In 30 min: (\d+) mg\/dL \(80 %: (\d+)–(\d+)\), by the forecast model from 13 readings\. A forecast, not a measurement\. The trend line points lower, to 40 mg\/dL; low alerts follow it\.$/.exec(text);
    expect(m, text).not.toBeNull();
    const [shown, lo, hi] = [Number(m![1]), Number(m![2]), Number(m![3])];
    expect(Math.abs(shown - p.mg_dl)).toBeLessThanOrEqual(2);
    expect(Math.abs(lo - p.lo)).toBeLessThanOrEqual(2);
    expect(Math.abs(hi - p.hi)).toBeLessThanOrEqual(2);
    // Which inputs it used: nothing is logged for Ben, so glucose alone.
    await expect(page.getByTestId('forecast-inputs').textContent()).resolves.toBe('Made from glucose of the last hour only (no bolus or meal logged in the last 24 hours).');
    // The hour behind and the hour ahead, drawn, with words for a screen reader.
    await expect(page.getByTestId('forecast-chart').getAttribute('aria-label')).resolves.toMatch(/^Glucose over the last hour and the forecast for the next: in 60 minutes \d+ mg\/dL, 80 % between \d+ and \d+\.$/);
    expect(await page.getByTestId('forecast-chart').locator('path.recharts-area-area').count()).toBe(1);
    await page.getByTestId('current-glucose').locator('..').screenshot({ path: join(RESULTS_DIR, 'forecast-chart.png') });

    // The dose panel names both 30-minute views: the model's, as above, and the trend line its warnings use.
    await e2e.hub.api('PUT', `/api/subjects/${subject.id}/dosing`, { carb_ratio_g_per_u: 10, isf_mg_dl_per_u: 50, target_mg_dl: 100, insulin_duration_h: 4, max_bolus_u: 10 }, token);
    await page.reload();
    const panel = page.locator('section[aria-labelledby="dose-title"]');
    await panel.getByLabel('Carbohydrate to eat (g)').fill('20');
    await panel.getByRole('button', { name: 'Calculate' }).click();
    const inputs = panel.getByTestId('dose-suggestion').getByRole('list', { name: 'Inputs' });
    // (Asked a few seconds later than the line above, so its numbers may have moved.)
    await inputs.getByText(/^In 30 min, by the forecast model: \d+ mg\/dL \(\d+–\d+, 80 %\)$/).waitFor();
    await inputs.getByText('That forecast was made from glucose of the last hour only (no bolus or meal logged in the last 24 hours).').waitFor();
    await inputs.getByText(/^In 30 min, by the trend line \(what the warnings use\): 40 mg\/dL/).waitFor();
    await panel.getByTestId('dose-suggestion').getByText(/Glucose is falling .*: the 30-minute forecast reaches as low as/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('says when the forecast is calibrated to the person, with how much it lowered their error, and resets it', async () => {
    const { token, subject } = await signUpWithPerson(e2e.hub, 'cal@example.org', 'Cal', { name: 'Cal', kind: 'diabetes' });
    const base = `/api/subjects/${subject.id}`;
    // Three weeks of a 6-hour wave ending two minutes ago: enough for a calibration, which the model as trained needs here.
    const now = Date.now();
    const n = 21 * 288;
    const readings = Array.from({ length: n }, (_, k) => ({ metric: 'glucose', t: new Date(now - 2 * MIN - (n - 1 - k) * 5 * MIN).toISOString(), value: Math.round(160 + 70 * Math.sin((2 * Math.PI * k) / 72)) }));
    expect((await e2e.hub.api('POST', `${base}/observations`, readings, token)).status).toBe(201);
    const cal = (await e2e.hub.api('POST', '/api/rpc/diabetes.forecast.calibrate', { subject_id: subject.id }, token)).body;
    expect(cal.calibrated, JSON.stringify(cal)).not.toBeNull();
    const { context, page, errors } = await openSignedIn(e2e, token, '#/diabetes', { viewport: { width: 1440, height: 1000 }, locale: 'en-GB', bypassCSP: true });
    await page.getByRole('heading', { name: 'Diabetes: Cal' }).waitFor();
    const line = page.getByTestId('forecast-calibration');
    await line.waitFor();
    const day = new Date(cal.calibrated.fitted_at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
    await expect(line.textContent()).resolves.toBe(`Calibrated to you on ${day}: 30-min error ${Math.round(cal.calibrated.before.rmse_30)} → ${Math.round(cal.calibrated.after.rmse_30)} mg/dL. Reset calibration`);
    await expect(page.getByTestId('forecast-inputs').textContent()).resolves.toMatch(/; calibrated to this person on \d{4}-\d\d-\d\d\.$/);
    await line.getByRole('button', { name: 'Reset calibration' }).click();
    await line.waitFor({ state: 'detached' });
    expect((await e2e.hub.api('POST', '/api/rpc/diabetes.forecast.calibration', { subject_id: subject.id }, token)).body).toEqual({ calibrated: null, last_attempt: null });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
