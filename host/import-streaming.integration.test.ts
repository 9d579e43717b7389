import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importText } from '../core/imports/apply';
import { startTestHub } from './testing';

/**
 * Issue #18: `POST /api/rpc/imports.text` no longer reads its body on the hub's event loop;
 * the body streams into the background thread, which parses it and hands the records back a
 * part at a time. These pin what that must not change (the rows stored, the refusals) and
 * that the hub answers while it runs.
 */
type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
let token: string;

beforeAll(async () => {
  hub = await startTestHub();
  token = await hub.signUp('ida@example.org', 'Ida');
}, 60_000);
afterAll(async () => hub.close());

const subject = async (name: string, as = token) => (await hub.api('POST', '/api/subjects', { name, kind: 'diabetes' }, as)).body.id as string;

/**
 * tend-csv with `rows` readings (glucose, and body temperature in °F so the body holds
 * multi-byte characters), more than one part of the thread's 2,000 records.
 */
function csv(rows: number, badLine?: number): string {
  const lines = ['time,metric,value,unit'];
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let i = 0; i < rows; i++) {
    const t = new Date(start + i * 300_000).toISOString();
    lines.push(i + 2 === badLine ? `${t},glucose,high!,mg/dL` : i % 10 === 0 ? `${t},body_temperature,${(97 + (i % 30) / 10).toFixed(1)},°F` : `${t},glucose,${70 + ((i * 7) % 150)},mg/dL`);
  }
  return lines.join('\n') + '\n';
}

/** POSTs `body` to the import route as a stream of `size`-byte pieces (cut inside characters too). */
async function postInPieces(body: string, size: number, as = token): Promise<{ status: number; body: any }> {
  const bytes = Buffer.from(body);
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += size) c.enqueue(new Uint8Array(bytes.subarray(i, i + size)));
      c.close();
    },
  });
  const r = await fetch(`${hub.url}/api/rpc/imports.text`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${as}` },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  return { status: r.status, body: await r.json() };
}

const stored = (subjectId: string) =>
  hub.core.deps.db.$client.prepare(`SELECT metric, t, value FROM observations WHERE subject_id = ? ORDER BY t, metric`).all(subjectId) as Array<{ metric: string; t: number; value: number }>;
const count = (subjectId: string) => (hub.core.deps.db.$client.prepare(`SELECT count(*) AS n FROM observations WHERE subject_id = ?`).get(subjectId) as { n: number }).n;

describe('an import streamed into the background thread', () => {
  it('stores the same rows as the same file imported in one piece in one transaction', async () => {
    const text = csv(5_000);
    const streamed = await subject('Streamed');
    const direct = await subject('Direct');
    const r = await postInPieces(JSON.stringify({ subject_id: streamed, text, format: 'tend-csv' }), 999);
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    expect(r.body).toMatchObject({ imported: 5_000, duplicates: 0, skipped: 0, format: 'tend-csv' });

    const user = hub.core.auth.authenticate(token);
    const d = importText(hub.core, { user, token, clientKey: 'test', transport: 'memory' }, direct, text, { format: 'tend-csv' });
    expect(d.imported).toBe(5_000);
    const a = stored(streamed);
    expect(a).toHaveLength(5_000);
    expect(a).toEqual(stored(direct));
    // °F arrived cut across pieces and was still read as °F (98.6 °F is 37 °C).
    expect(a.filter((x) => x.metric === 'body_temperature').every((x) => x.value > 35 && x.value < 38)).toBe(true);

    const again = await postInPieces(JSON.stringify({ subject_id: streamed, text, format: 'tend-csv' }), 4_096);
    expect(again.body).toMatchObject({ imported: 0, duplicates: 5_000 });
  }, 120_000);

  it('refuses a file whose bad line is in its last part, naming the line, and stores nothing', async () => {
    const id = await subject('Bad');
    const r = await postInPieces(JSON.stringify({ subject_id: id, text: csv(5_000, 4_900), format: 'tend-csv' }), 65_536);
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^file:4900: /);
    expect(count(id)).toBe(0);
  }, 120_000);

  it('refuses a file whose last part holds a reading the store would refuse (dated 2099), storing nothing', async () => {
    const id = await subject('Future');
    const text = csv(5_000).replace(/\n[^\n]*\n$/, '\n2099-01-01T00:00:00Z,glucose,120,mg/dL\n');
    const r = await postInPieces(JSON.stringify({ subject_id: id, text, format: 'tend-csv' }), 65_536);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.message).toMatch(/2099-01-01T00:00:00(\.000)?Z is not plausible/);
    expect(count(id)).toBe(0);
  }, 120_000);

  it('refuses a body that is not a JSON object, or lacks the text, with 400 naming what is wrong', async () => {
    const id = await subject('Refused');
    const notJson = await postInPieces(`{"subject_id":"${id}","text":"time,metric,value\\n`, 7);
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.message).toMatch(/not valid JSON/);
    const array = await postInPieces('[1,2,3]', 2);
    expect(array.status).toBe(400);
    expect(array.body.error.message).toMatch(/must be a JSON object/);
    const noText = await postInPieces(JSON.stringify({ subject_id: id, format: 'tend-csv' }), 5);
    expect(noText.status).toBe(400);
    expect(noText.body.error).toMatchObject({ field: 'text', message: expect.stringMatching(/^text: /) });
    const wrongType = await postInPieces(JSON.stringify({ subject_id: id, text: [1, 2, 3] }), 5);
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.field).toBe('text');
    const empty = await fetch(`${hub.url}/api/rpc/imports.text`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '' });
    expect(empty.status).toBe(400);
    const form = await fetch(`${hub.url}/api/rpc/imports.text`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: new URLSearchParams({ subject_id: id }) });
    expect(form.status).toBe(400);
    expect(((await form.json()) as any).error.field).toBe('text');
    const badFormat = await postInPieces(JSON.stringify({ subject_id: id, text: csv(3), format: 'excel' }), 5);
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.error.field).toBe('format');
    expect(count(id)).toBe(0);
  }, 60_000);

  it('refuses another person’s subject (403) and a caller not signed in (401), storing nothing', async () => {
    const other = await hub.signUp('jon@example.org', 'Jon');
    const theirs = await subject('Theirs', other);
    const body = JSON.stringify({ subject_id: theirs, text: csv(10), format: 'tend-csv' });
    expect((await postInPieces(body, 100)).status).toBe(403);
    const anonymous = await fetch(`${hub.url}/api/rpc/imports.text`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(anonymous.status).toBe(401);
    expect(count(theirs)).toBe(0);
  }, 60_000);

  it('refuses a body over 64 MB with 413 naming the limit, with or without a declared length, storing nothing', async () => {
    const id = await subject('Huge');
    const big = JSON.stringify({ subject_id: id, text: csv(3) + '#'.repeat(65 * 1024 * 1024) });
    const declared = await fetch(`${hub.url}/api/rpc/imports.text`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: big });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as any).error.message).toMatch(/at most 64 MB/);
    const streamed = await postInPieces(big, 1024 * 1024);
    expect(streamed.status).toBe(413);
    expect(streamed.body.error.message).toMatch(/over 64 MB/);
    expect(count(id)).toBe(0);
  }, 120_000);

  it('answers /api/health before a large import finishes', async () => {
    const id = await subject('Large');
    let importDone = false;
    const importing = hub.api('POST', '/api/rpc/imports.text', { subject_id: id, text: csv(60_000), format: 'tend-csv' }, token).finally(() => (importDone = true));
    let answeredDuringImport = 0;
    while (!importDone) {
      const r = await fetch(`${hub.url}/api/health`);
      expect(r.status).toBe(200);
      await r.arrayBuffer();
      if (!importDone) answeredDuringImport++;
    }
    const r = await importing;
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    expect(r.body).toMatchObject({ imported: 60_000 });
    expect(answeredDuringImport, 'health checks answered while the import was still running').toBeGreaterThan(1);
  }, 300_000);
});
