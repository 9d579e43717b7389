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

async function setUp() {
  const clock = new ManualClock(NOW);
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
    for (const message of ['had pizza', "didn't take insulin", '400g carbs', '150 units humalog', 'how much insulin should I take?', 'ate 1.5 BE']) {
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
});
