import { describe, expect, it } from 'vitest';
import type { ChatIntent } from '../../api/chat';
import { EventData } from '../../api/schemas';
import { parseChat } from './parse';
import { composeReply } from './reply';

// Tuesday 10 March 2026, 12:34:20 UTC. Expected times below are worked out by hand from it.
const NOW = Date.parse('2026-03-10T12:34:20Z');
const parse = (m: string, utcOffsetMin = 0) => parseChat(m, { now: NOW, utcOffsetMin });
const reply = (m: string, utcOffsetMin = 0) => composeReply(parse(m, utcOffsetMin), { now: NOW, utcOffsetMin, message: m });
const one = (m: string, utcOffsetMin = 0): ChatIntent => {
  const r = parse(m, utcOffsetMin);
  expect(r, JSON.stringify(r)).toHaveLength(1);
  return r[0]!;
};
const pick = (i: ChatIntent) => ({ type: i.type, status: i.status, t: i.t, data: i.data });

describe('meals', () => {
  it('reads carbs with their food and keeps the text each value came from', () => {
    const m = 'had a sandwich and an apple, about 45g carbs';
    const i = one(m);
    expect(pick(i)).toEqual({ type: 'meal', status: 'ok', t: '2026-03-10T12:34:00.000Z', data: { carbs_g: 45, description: 'a sandwich and an apple' } });
    expect(i.fields.carbs_g).toEqual({ start: 35, end: 44, text: '45g carbs', value: 45 });
    expect(m.slice(i.fields.description!.start, i.fields.description!.end)).toBe('a sandwich and an apple');
    expect(i.span.text).toBe('a sandwich and an apple, about 45g carbs');
  });
  it.each([
    ['lunch 60 g', { carbs_g: 60, description: 'lunch' }],
    ['45 carbs', { carbs_g: 45 }],
    ['carbs 45', { carbs_g: 45 }],
    ['ate 30g', { carbs_g: 30 }],
    ['45 g of carbohydrate', { carbs_g: 45 }],
    ['Had porridge with milk ~ 40 g carbs', { carbs_g: 40, description: 'porridge' }],
  ])('reads “%s”', (m, data) => {
    expect(pick(one(m))).toMatchObject({ type: 'meal', status: 'ok', data });
  });
  it('asks for the carbs of a meal given without a number, and guesses nothing', () => {
    const i = one('had pizza');
    expect(i).toMatchObject({ type: 'meal', status: 'needs_info', data: { description: 'pizza' } });
    expect(i.data.carbs_g).toBeUndefined();
    expect(reply('had pizza')).toBe('Not logged: How many grams of carbs in the pizza? Write the grams — I don’t guess.'.replace('’', "'"));
  });
  it('refuses carbs outside 1–300 g and says so', () => {
    expect(one('400g carbs')).toMatchObject({ status: 'out_of_range', data: { carbs_g: 400 } });
    expect(one('0.5 g carbs').status).toBe('out_of_range');
    expect(one('300 g carbs').status).toBe('ok');
    expect(one('1 g carbs').status).toBe('ok');
    expect(reply('400g carbs')).toBe('Not logged: 400 g of carbs is outside 1–300 g.');
  });
  it('does not convert bread units', () => {
    expect(one('ate 1.5 BE')).toMatchObject({ type: 'meal', status: 'unsupported', data: {} });
    expect(one('2 KE for breakfast').status).toBe('unsupported');
  });
  it('does not take plain grams for carbs without a meal or the word carbs', () => {
    expect(parse('30 g')).toEqual([]);
  });
  it('does not take the weight of a named food for its carbs', () => {
    // "had 150 g rice" weighs the rice: its carbs come from the food table as a proposal.
    for (const m of ['had 150 g rice', 'ate 30 g of chocolate', 'I had 200g pasta for lunch']) expect(parse(m).filter((i) => i.status === 'ok'), m).toEqual([]);
    expect(pick(one('had pasta, 60 g carbs'))).toMatchObject({ status: 'ok', data: { carbs_g: 60 } });
    expect(pick(one('lunch 45 g at 12:30'))).toMatchObject({ status: 'ok', data: { carbs_g: 45 } });
  });
});

describe('insulin', () => {
  it.each([
    ['took 6 units of novorapid', { units: 6, kind: 'bolus', insulin: 'NovoRapid' }],
    ['6u humalog for dinner', { units: 6, kind: 'bolus', insulin: 'Humalog' }],
    ['bolus 4.5', { units: 4.5, kind: 'bolus' }],
    ['basal 18 units lantus', { units: 18, kind: 'basal', insulin: 'Lantus' }],
    ['lantus 18', { units: 18, kind: 'basal', insulin: 'Lantus' }],
    ['10 IU Tresiba', { units: 10, kind: 'basal', insulin: 'Tresiba' }],
    ['2 units correction', { units: 2, kind: 'bolus' }],
  ])('reads “%s”', (m, data) => {
    const i = one(m);
    expect(pick(i)).toEqual({ type: 'insulin', status: 'ok', t: '2026-03-10T12:34:00.000Z', data });
    // The exact shape events.create takes.
    expect(EventData.insulin.parse(i.data)).toEqual(data);
  });
  it('keeps the span of a number read from the word before it', () => {
    expect(one('bolus 4.5').fields.units).toEqual({ start: 0, end: 9, text: 'bolus 4.5', value: 4.5 });
  });
  it('refuses insulin outside 0.05–100 U', () => {
    expect(one('150 units humalog')).toMatchObject({ status: 'out_of_range', reason: '150 U of insulin is outside 0.05–100 U' });
    expect(one('0.02 units').status).toBe('out_of_range');
    expect(one('0.05 units').status).toBe('ok');
    expect(one('100 units').status).toBe('ok');
  });
  it('asks for the units of an insulin named without a number', () => {
    const i = one('took my lantus');
    expect(i).toMatchObject({ type: 'insulin', status: 'needs_info', data: { insulin: 'Lantus' } });
    expect(i.data.units).toBeUndefined();
  });
});

describe('activity and medication', () => {
  it.each([
    ['walked 30 minutes', { kind: 'walk', duration_min: 30 }],
    ['ran 5 km for 40 min', { kind: 'run', distance_km: 5, duration_min: 40 }],
    ['1.5 hours cycling', { kind: 'cycling', duration_min: 90 }],
    ['walked for 1 hour and 30 minutes', { kind: 'walk', duration_min: 90 }],
    ['brisk walk, half an hour', null],
    ['swam for an hour', { kind: 'swim', duration_min: 60 }],
  ])('reads “%s”', (m, data) => {
    const r = parse(m);
    if (data === null) {
      // The duration is in another clause: nothing is assumed.
      expect(r.map((i) => i.status)).toEqual(['needs_info']);
      return;
    }
    expect(r).toHaveLength(1);
    expect(r[0]!).toMatchObject({ type: 'activity', status: 'ok', data });
    expect(EventData.activity.safeParse(r[0]!.data).success).toBe(true);
  });
  it('asks how long an activity lasted rather than logging it without a duration', () => {
    expect(one('went for a walk')).toMatchObject({ type: 'activity', status: 'needs_info' });
  });
  it.each([
    ['took levodopa 100 mg', { drug: 'levodopa', dose_mg: 100 }],
    ['madopar 125mg', { drug: 'Madopar', dose_mg: 125 }],
    ['took 500 mg metformin', { drug: 'metformin', dose_mg: 500 }],
    ['took aspirin 75mg', { drug: 'aspirin', dose_mg: 75 }],
    ['took my sinemet', { drug: 'Sinemet' }],
  ])('reads “%s”', (m, data) => {
    const i = one(m);
    expect(pick(i)).toMatchObject({ type: 'medication', status: 'ok', data });
    expect(EventData.medication.parse(i.data)).toEqual(data);
  });
  it('asks which medicine a bare dose in mg is', () => {
    expect(one('took 100 mg')).toMatchObject({ type: 'medication', status: 'needs_info' });
  });
  it('never reads glucose in mg/dL as a medicine', () => {
    expect(parse('glucose 140 mg/dL')).toEqual([]);
  });
});

describe('times', () => {
  it.each([
    // "at 8" said at 12:34: 08:00 today is the latest 8 o'clock not in the future.
    ['madopar 125mg at 8', 0, '2026-03-10T08:00:00.000Z'],
    ['45g carbs at 7:30', 0, '2026-03-10T07:30:00.000Z'],
    // 19:45 has not come yet today: yesterday's.
    ['4 units at 19:45', 0, '2026-03-09T19:45:00.000Z'],
    // "at 11" → 11:00 today (23:00 yesterday is earlier).
    ['4 units at 11', 0, '2026-03-10T11:00:00.000Z'],
    ['snack 15g at 8pm', 0, '2026-03-09T20:00:00.000Z'],
    ['walked 30 min at 12.15', 0, '2026-03-10T12:15:00.000Z'],
    // 12 is noon: 12:50 has not come yet, so yesterday's noon hour, never 00:50 today.
    ['lunch 45 g at 12:50', 0, '2026-03-09T12:50:00.000Z'],
    ['snack 10 g at 12:10am', 0, '2026-03-10T00:10:00.000Z'],
    // 12:34:00 − 20 min.
    ['4 units 20 minutes ago', 0, '2026-03-10T12:14:00.000Z'],
    ['ate 30g an hour ago', 0, '2026-03-10T11:34:00.000Z'],
    ['ate 30g half an hour ago', 0, '2026-03-10T12:04:00.000Z'],
    ['2 hours ago 45 g carbs', 0, '2026-03-10T10:34:00.000Z'],
    ['yesterday at 21:00 ate 50g carbs', 0, '2026-03-09T21:00:00.000Z'],
    ['50g carbs at 21:00 yesterday', 0, '2026-03-09T21:00:00.000Z'],
    // UTC+2: it is 14:34 there; "at 8" is 08:00 local = 06:00Z.
    ['madopar 125mg at 8', 120, '2026-03-10T06:00:00.000Z'],
    // UTC−5: it is 07:34 there; 8:00 has not come, 20:00 yesterday local = 01:00Z today.
    ['madopar 125mg at 8', -300, '2026-03-10T01:00:00.000Z'],
    // UTC+10: 22:34 local; "at 19:45" is today local = 09:45Z.
    ['4 units at 19:45', 600, '2026-03-10T09:45:00.000Z'],
  ])('“%s” at offset %i is %s', (m, off, t) => {
    expect(one(m, off).t).toBe(t);
  });
  it('says the time in the reply in the writer’s local time', () => {
    expect(reply('madopar 125mg at 8', 120)).toBe('Logged Madopar 125 mg at 08:00.');
    expect(reply('4 units at 19:45')).toBe('Logged 4 U insulin (bolus) yesterday at 19:45.');
  });
  it('does not log a day without a time, an impossible time or one too long ago', () => {
    expect(one('ate 45g yesterday')).toMatchObject({ status: 'needs_info', t: null });
    expect(one('at 25 ate 30g')).toMatchObject({ status: 'needs_info', t: null });
    expect(one('ate 30g 72 hours ago')).toMatchObject({ status: 'needs_info', t: null });
  });
  it('does not take a time’s digits for a dose', () => {
    expect(parse('levodopa at 8').map(pick)).toEqual([{ type: 'medication', status: 'ok', t: '2026-03-10T08:00:00.000Z', data: { drug: 'levodopa' } }]);
  });
});

describe('several intents, negations and questions', () => {
  it('reads several intents in one message, in order, with one reply', () => {
    const m = '45g carbs and 4 units novorapid at 12:30';
    expect(parse(m).map(pick)).toEqual([
      { type: 'meal', status: 'ok', t: '2026-03-10T12:30:00.000Z', data: { carbs_g: 45 } },
      { type: 'insulin', status: 'ok', t: '2026-03-10T12:30:00.000Z', data: { units: 4, kind: 'bolus', insulin: 'NovoRapid' } },
    ]);
    expect(reply(m)).toBe('Logged 45 g carbs at 12:30 and 4 U NovoRapid (bolus) at 12:30.');
  });
  it('gives each intent its own time', () => {
    const r = parse('45g carbs at 12 and 4u fiasp at 12:10, levodopa 100 mg at 9');
    expect(r.map((i) => [i.type, i.t])).toEqual([
      ['meal', '2026-03-10T12:00:00.000Z'],
      ['insulin', '2026-03-10T12:10:00.000Z'],
      ['medication', '2026-03-10T09:00:00.000Z'],
    ]);
  });
  it('logs nothing that is negated, and a negation reaches the items joined to it', () => {
    expect(parse("didn't take insulin").map((i) => i.status)).toEqual(['negated']);
    expect(parse('did not take 4 units').map((i) => i.status)).toEqual(['negated']);
    expect(parse('skipped lunch').map((i) => i.status)).toEqual(['negated']);
    expect(parse("didn't take insulin and levodopa").map((i) => i.status)).toEqual(['negated', 'negated']);
    expect(parse("didn't take insulin but ate 30 g carbs").map((i) => [i.type, i.status])).toEqual([['insulin', 'negated'], ['meal', 'ok']]);
    expect(reply("didn't take insulin")).not.toMatch(/^Logged/);
  });
  it('logs nothing from a question or a plan, and never suggests a dose', () => {
    const q = 'how much insulin should I take for 60g?';
    expect(parse(q).every((i) => i.status === 'not_done')).toBe(true);
    expect(reply(q)).toContain('I can’t advise on doses');
    expect(reply(q)).toContain('The Dose suggestion panel calculates one from your own insulin settings');
    expect(parse('gonna take 4 units').map((i) => i.status)).toEqual(['not_done']);
    // Any number of units in a reply was written by the user (or is the stated 0.05–100 U bound).
    for (const m of [q, 'took my lantus', 'had pizza', 'hello', '150 units humalog', 'bolus?']) {
      for (const [, n] of reply(m).replace('outside 0.05–100 U', '').matchAll(/(\d+(?:\.\d+)?)\s*(?:U|units)\b/g)) expect(m).toContain(n!);
    }
  });
  it('answers a message it does not understand without logging', () => {
    expect(parse('hello there')).toEqual([]);
    expect(reply('hello there')).toMatch(/^I didn’t find anything to log/);
  });
});

describe('clock times in an IANA zone', () => {
  // Sunday 29 March 2026, 12:00Z: Berlin went from CET (UTC+1) to CEST (UTC+2) at 01:00Z that night.
  const SPRING = Date.parse('2026-03-29T12:00:00Z');
  const inBerlin = (m: string) => parseChat(m, { now: SPRING, timeZone: 'Europe/Berlin' });

  it('reads each clock time at its own date’s offset, across the change', () => {
    expect(inBerlin('30 g carbs at 08:00')[0]!.t).toBe('2026-03-29T06:00:00.000Z');
    expect(inBerlin('30 g carbs yesterday at 21:00')[0]!.t).toBe('2026-03-28T20:00:00.000Z');
    // Before the change that night, on winter time: 00:30 CET.
    expect(inBerlin('30 g carbs at 00:30')[0]!.t).toBe('2026-03-28T23:30:00.000Z');
  });

  it('answers with the times in that zone, and the zone wins over a fixed offset', () => {
    const m = '30 g carbs yesterday at 21:00';
    const parsed = parseChat(m, { now: SPRING, utcOffsetMin: 120, timeZone: 'Europe/Berlin' });
    expect(parsed[0]!.t).toBe('2026-03-28T20:00:00.000Z');
    expect(composeReply(parsed, { now: SPRING, utcOffsetMin: 120, timeZone: 'Europe/Berlin', message: m })).toBe('Logged 30 g carbs yesterday at 21:00.');
  });
});
