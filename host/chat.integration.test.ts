import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
});

// 10 March 2026, 12:34:20 UTC.
const NOW = Date.parse('2026-03-10T12:34:20Z');

async function setUp(now = NOW) {
  const clock = new ManualClock(now);
  hub = await startTestHub({ clock });
  const token = await hub.signUp('kim@example.org');
  const subject = (await hub.api('POST', '/api/subjects', { name: 'Kim', kind: 'diabetes' }, token)).body as { id: string };
  const events = async (t = token) => (await hub!.api('GET', `/api/subjects/${subject.id}/events`, undefined, t)).body.items as Array<{ id: string; type: string; t: string; data: Record<string, unknown> }>;
  const chat = (body: unknown, t: string | undefined = token) => hub!.api('POST', `/api/subjects/${subject.id}/chat`, body, t);
  return { clock, token, subject, events, chat };
}

describe('POST /api/subjects/:id/chat', () => {
  it('logs what it understood as events, with times in the writer’s zone, and says so', async () => {
    const { subject, events, chat } = await setUp();
    // UTC+1: "at 12:30" is 11:30Z.
    const r = await chat({ message: 'had a sandwich, 45g carbs and 4 units novorapid at 12:30', utc_offset_min: 60 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.reply).toBe('Logged 45 g carbs (a sandwich) at 12:30 and 4 U NovoRapid (bolus) at 12:30.');
    expect(r.body.parsed.map((i: { type: string; status: string }) => [i.type, i.status])).toEqual([['meal', 'ok'], ['insulin', 'ok']]);
    expect(r.body.logged).toHaveLength(2);
    const stored = await events();
    expect(stored.map((e) => ({ type: e.type, t: e.t, data: e.data })).sort((a, b) => a.type.localeCompare(b.type))).toEqual([
      { type: 'insulin', t: '2026-03-10T11:30:00.000Z', data: { units: 4, kind: 'bolus', insulin: 'NovoRapid', source: 'chat' } },
      { type: 'meal', t: '2026-03-10T11:30:00.000Z', data: { carbs_g: 45, description: 'a sandwich', source: 'chat' } },
    ]);
    expect(stored.map((e) => e.id).sort()).toEqual(r.body.logged.map((e: { id: string }) => e.id).sort());
    expect(r.body.logged.every((e: { subject_id: string }) => e.subject_id === subject.id)).toBe(true);
  });

  it('undoes a logged item: DELETE removes that event only, needs a write grant, and 404 names what is not there', async () => {
    const { token, subject, events, chat } = await setUp();
    const r = await chat({ message: 'had a sandwich, 45g carbs and 4 units novorapid' });
    const [meal, insulin] = r.body.logged as Array<{ id: string; type: string }>;
    const viewer = await hub!.signUp('viewer@example.org');
    await hub!.api('POST', `/api/subjects/${subject.id}/grants`, { email: 'viewer@example.org', role: 'viewer' }, token);
    expect((await hub!.api('DELETE', `/api/subjects/${subject.id}/events/${meal!.id}`, undefined, viewer)).status).toBe(403);
    const del = await hub!.api('DELETE', `/api/subjects/${subject.id}/events/${meal!.id}`, undefined, token);
    expect(del.status, JSON.stringify(del.body)).toBe(200);
    expect((await events()).map((e) => e.id)).toEqual([insulin!.id]);
    const again = await hub!.api('DELETE', `/api/subjects/${subject.id}/events/${meal!.id}`, undefined, token);
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe(`no event ${meal!.id}`);
    // Another person's event id does not reach across subjects.
    const other = (await hub!.api('POST', '/api/subjects', { name: 'Other', kind: 'diabetes' }, token)).body as { id: string };
    expect((await hub!.api('DELETE', `/api/subjects/${other.id}/events/${insulin!.id}`, undefined, token)).status).toBe(404);
    expect((await events()).map((e) => e.id)).toEqual([insulin!.id]);
  });

  it('logs a retried message once, and the same message a minute later again', async () => {
    const { clock, events, chat } = await setUp();
    const first = await chat({ message: 'walked 30 minutes' });
    expect(first.status).toBe(200);
    clock.advance(20_000); // 12:34:40, the same minute
    const again = await chat({ message: 'walked 30 minutes' });
    expect(again.status).toBe(200);
    expect(again.body.logged).toEqual(first.body.logged);
    expect(again.body.reply).toBe(first.body.reply);
    expect(await events()).toHaveLength(1);
    clock.advance(60_000); // 12:35:40: a new message
    await chat({ message: 'walked 30 minutes' });
    expect((await events()).map((e) => e.t)).toEqual(['2026-03-10T12:35:00.000Z', '2026-03-10T12:34:00.000Z']);
  });

  it('stores nothing from refusals, negations, questions or a dry run', async () => {
    const { events, chat } = await setUp();
    for (const message of ['had zorblax', "didn't take insulin", '400g carbs', '150 units humalog', 'how much insulin should I take?', 'ate 1.5 BE']) {
      const r = await chat({ message });
      expect(r.status).toBe(200);
      expect(r.body.logged).toEqual([]);
      expect(r.body.reply).toMatch(/^(Not logged|I didn’t find)/);
    }
    const dry = await chat({ message: '45g carbs', dry_run: true });
    expect(dry.body).toMatchObject({ reply: 'Would log 45 g carbs at 12:34.', logged: [] });
    expect(await events()).toEqual([]);
  });

  it('answers 400 naming the field for an empty or too long message', async () => {
    const { events, chat } = await setUp();
    for (const body of [{ message: '' }, { message: '   ' }, { message: 'x'.repeat(1001) }, {}]) {
      const r = await chat(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error).toMatchObject({ code: 'bad_request', field: 'message' });
    }
    expect((await chat({ message: '45g carbs', utc_offset_min: 'x' })).body.error.field).toBe('utc_offset_min');
    expect(await events()).toEqual([]);
  });

  it('refuses another user (403), a viewer (403), no sign-in (401) and an unknown subject (404)', async () => {
    const { subject, token, events, chat } = await setUp();
    const mallory = await hub!.signUp('mallory@example.org');
    expect((await chat({ message: '45g carbs' }, mallory)).status).toBe(403);
    const viewer = await hub!.signUp('val@example.org');
    expect((await hub!.api('POST', `/api/subjects/${subject.id}/grants`, { email: 'val@example.org', role: 'viewer' }, token)).status).toBe(201);
    expect((await chat({ message: '45g carbs' }, viewer)).status).toBe(403);
    const caregiver = await hub!.signUp('cat@example.org');
    await hub!.api('POST', `/api/subjects/${subject.id}/grants`, { email: 'cat@example.org', role: 'caregiver' }, token);
    expect((await chat({ message: '20g carbs' }, caregiver)).status).toBe(200);
    expect((await chat({ message: '45g carbs' }, '')).status).toBe(401);
    expect((await hub!.api('POST', '/api/subjects/nope/chat', { message: '45g carbs' }, token)).status).toBe(404);
    expect((await events()).map((e) => e.data.carbs_g)).toEqual([20]);
  });

  describe('clock times in the account’s IANA zone, at that date’s offset', () => {
    // Berlin is UTC+2 in summer (CEST) and UTC+1 in winter (CET): "at 12:30" is 10:30Z or 11:30Z.
    const SEASONS = [
      { season: 'summer', now: '2026-07-10T14:00:00Z', logged: '2026-07-10T10:30:00.000Z' },
      { season: 'winter', now: '2026-01-10T14:00:00Z', logged: '2026-01-10T11:30:00.000Z' },
    ];

    it.each(SEASONS)('logs “had a sandwich at 12:30” sent with time_zone Europe/Berlin in $season at $logged', async ({ season, now, logged }) => {
      const { events, chat } = await setUp(Date.parse(now));
      const r = await chat({ message: 'had a sandwich at 12:30', time_zone: 'Europe/Berlin' });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      // No grams: the sandwich is estimated from the food table and logged once confirmed.
      const [p] = r.body.proposals as Array<{ id: string; t: string }>;
      expect(p?.t, season).toBe(logged);
      const ok = await chat({ confirm: p!.id, time_zone: 'Europe/Berlin' });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(ok.body.reply, season).toMatch(/ at 12:30\.$/);
      expect(ok.body.logged.map((e: { t: string }) => e.t), season).toEqual([logged]);
      // With grams it is logged at once, at the same instant.
      const direct = await chat({ message: 'had a sandwich, 40 g carbs at 12:30', time_zone: 'Europe/Berlin' });
      expect(direct.body.reply, season).toBe('Logged 40 g carbs (a sandwich) at 12:30.');
      expect(direct.body.logged.map((e: { t: string }) => e.t), season).toEqual([logged]);
      expect((await events()).map((e) => e.t)).toEqual([logged, logged]);
    });

    it('reads times in the account’s saved zone when the message names none; utc_offset_min alone keeps a fixed clock', async () => {
      const { token, chat } = await setUp(Date.parse(SEASONS[0]!.now));
      expect((await hub!.api('PUT', '/api/auth/me', { time_zone: 'Europe/Berlin' }, token)).status).toBe(200);
      const saved = await chat({ message: '30 g carbs at 12:30' });
      expect(saved.body.logged.map((e: { t: string }) => e.t)).toEqual([SEASONS[0]!.logged]);
      const fixed = await chat({ message: '31 g carbs at 12:30', utc_offset_min: 60 });
      expect(fixed.body.logged.map((e: { t: string }) => e.t)).toEqual(['2026-07-10T11:30:00.000Z']);
    });

    it('answers 400 naming a time_zone that is not one, and logs nothing', async () => {
      const { events, chat } = await setUp();
      const r = await chat({ message: '30 g carbs at 12:30', time_zone: 'Europe/Atlantis' });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({ code: 'bad_request', field: 'time_zone' });
      expect(r.body.error.message).toContain('"Europe/Atlantis" is not an IANA time zone');
      expect(await events()).toEqual([]);
    });
  });

  describe('meals without grams: a USDA estimate the person confirms', () => {
    type Proposal = { id: string; type: string; t: string; expires_at: string; data: { carbs_g: number; description: string; unknown: string[]; source: string; foods: Array<{ text: string; food_code: string; description: string; portion: string; quantity: number; grams: number; carbs_g: number }> } };

    it('answers “I ate pasta and an apple” with a proposal of both foods and stores nothing', async () => {
      const { events, chat } = await setUp();
      const r = await chat({ message: 'I ate pasta and an apple' });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.logged).toEqual([]);
      const [p, ...more] = r.body.proposals as Proposal[];
      expect(more).toEqual([]);
      expect(p).toMatchObject({ type: 'meal', t: '2026-03-10T12:34:00.000Z', expires_at: '2026-03-10T13:34:20.000Z', data: { source: 'USDA FNDDS 2021–2023', description: 'pasta, an apple', unknown: [] } });
      // USDA: Pasta, cooked 30.68 g/100 g, "Quantity not specified" 140 g → 43.0 g; Apple, raw 14.8 g/100 g, "1 medium" 200 g → 29.6 g.
      expect(p!.data.foods).toEqual([
        expect.objectContaining({ text: 'pasta', food_code: '56130000', description: 'Pasta, cooked', portion: 'Quantity not specified', quantity: 1, grams: 140, carbs_g: 43 }),
        expect.objectContaining({ text: 'an apple', food_code: '63101000', description: 'Apple, raw', portion: '1 medium', quantity: 1, grams: 200, carbs_g: 29.6 }),
      ]);
      expect(p!.data.carbs_g).toBe(72.6);
      expect(r.body.reply).toMatch(/^Estimated about 72\.6 g carbs from the USDA food table: pasta .*an apple .*Nothing is logged until you confirm or edit it\.$/);
      expect(await events()).toEqual([]);
    });

    it('says so when a proposed amount is more than one person eats at once, and stores nothing', async () => {
      const { events, chat } = await setUp();
      const r = await chat({ message: 'had 3 kg of rice' });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body.logged).toEqual([]);
      expect((r.body.proposals as Array<{ data: { foods: Array<{ note: string | null }> } }>)[0]!.data.foods[0]!.note).toMatch(/check this amount/);
      expect(r.body.reply).toContain('Please check the amount of “3 kg of rice” (3000 g)');
      expect(await events()).toEqual([]);
    });

    it('logs the proposal’s meal once on confirm, with its carbs, foods and source', async () => {
      const { events, chat } = await setUp();
      const p = (await chat({ message: '2 slices of toast and a banana at 8:30' })).body.proposals[0] as Proposal;
      expect(p.t).toBe('2026-03-10T08:30:00.000Z');
      const ok = await chat({ confirm: p.id });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect(ok.body.logged).toHaveLength(1);
      expect(ok.body.reply).toBe(`Logged ${p.data.carbs_g} g carbs (2 slices of toast, a banana) at 08:30.`);
      const stored = await events();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ type: 'meal', t: '2026-03-10T08:30:00.000Z', data: { carbs_g: p.data.carbs_g, description: '2 slices of toast, a banana', source: 'chat-usda', foods: p.data.foods } });
      const again = await chat({ confirm: p.id });
      expect(again.status).toBe(200);
      expect(again.body.logged).toEqual([]);
      expect(await events()).toHaveLength(1);
    });

    it('logs an edited carbs value instead of the estimate, and keeps the estimate beside it', async () => {
      const { events, chat } = await setUp();
      const p = (await chat({ message: 'half a bagel with cream cheese' })).body.proposals[0] as Proposal;
      const ok = await chat({ confirm: p.id, carbs_g: 35 });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      expect((await events()).map((e) => e.data)).toEqual([expect.objectContaining({ carbs_g: 35, estimated_carbs_g: p.data.carbs_g, source: 'chat-usda' })]);
    });

    it('answers 404 for an unknown proposal or another person’s, and stores nothing', async () => {
      const { token, events, chat } = await setUp();
      const other = (await hub!.api('POST', '/api/subjects', { name: 'Other', kind: 'diabetes' }, token)).body as { id: string };
      const theirs = (await hub!.api('POST', `/api/subjects/${other.id}/chat`, { message: 'an apple' }, token)).body.proposals[0] as Proposal;
      const cross = await chat({ confirm: theirs.id });
      expect(cross.status).toBe(404);
      expect(cross.body.error.message).toBe(`no proposal ${theirs.id}`);
      expect((await chat({ confirm: 'no-such-proposal' })).status).toBe(404);
      expect(await events()).toEqual([]);
      expect((await hub!.api('GET', `/api/subjects/${other.id}/events`, undefined, token)).body.items).toEqual([]);
    });

    it('refuses a proposal after an hour, and needs a write grant to confirm', async () => {
      const { clock, token, subject, events, chat } = await setUp();
      const p = (await chat({ message: 'a banana' })).body.proposals[0] as Proposal;
      const viewer = await hub!.signUp('vi@example.org');
      await hub!.api('POST', `/api/subjects/${subject.id}/grants`, { email: 'vi@example.org', role: 'viewer' }, token);
      expect((await chat({ confirm: p.id }, viewer)).status).toBe(403);
      clock.advance(61 * 60_000);
      const late = await chat({ confirm: p.id });
      expect(late.status).toBe(404);
      expect(late.body.error.message).toMatch(/has expired/);
      expect(await events()).toEqual([]);
    });

    it('answers 400 naming the field for message and confirm together, or carbs out of bounds', async () => {
      const { events, chat } = await setUp();
      const p = (await chat({ message: 'an apple' })).body.proposals[0] as Proposal;
      const both = await chat({ message: 'an apple', confirm: p.id });
      expect(both.status).toBe(400);
      expect(both.body.error).toMatchObject({ code: 'bad_request', field: 'confirm' });
      for (const carbs_g of [0, 301, 'x']) {
        const r = await chat({ confirm: p.id, carbs_g });
        expect(r.status, String(carbs_g)).toBe(400);
        expect(r.body.error.field).toBe('carbs_g');
      }
      expect((await chat({ carbs_g: 20 })).body.error.field).toBe('carbs_g');
      expect(await events()).toEqual([]);
    });

    it('still logs explicit grams directly, with no proposal, and proposes nothing for negations or plans', async () => {
      const { events, chat } = await setUp();
      const direct = await chat({ message: 'had pasta, 60 g carbs' });
      expect(direct.body).toMatchObject({ reply: 'Logged 60 g carbs (pasta) at 12:34.', proposals: [] });
      for (const message of ["didn't eat the banana", 'going to have pasta for dinner', 'should I eat an apple?', 'walked 30 minutes']) {
        expect((await chat({ message })).body.proposals, message).toEqual([]);
      }
      expect((await events()).map((e) => e.type).sort()).toEqual(['activity', 'meal']);
    });
  });
});
