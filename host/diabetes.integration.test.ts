import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/wait-for';
import { startTestHub } from './testing';
import { startDexcomMock } from '../core/dexcom/mock/server';
import type { DexcomMock } from '../core/dexcom/mock/server';
import { configureDexcom } from '../core/dexcom/service';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub | null = null;
let mock: DexcomMock | null = null;
afterEach(async () => {
  await hub?.close();
  await mock?.close();
  hub = null;
  mock = null;
});

describe('the dexcom procedures through the hub', () => {
  it('answers connect with the login URL, finishes when the browser comes back, and syncs into the subject', async () => {
    mock = await startDexcomMock({ seed: 9, days: 20, end: Date.parse('2025-04-01T00:00:00Z') });
    hub = await startTestHub();
    configureDexcom(hub.core, { baseUrl: mock.baseUrl, connectTimeoutMs: 20_000 });
    const token = await hub.signUp('eve@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Eve', kind: 'diabetes' }, token)).body as { id: string };
    const rpc = (name: string, body: unknown, t: string | undefined = token) => hub!.api('POST', `/api/rpc/${name}`, body, t);

    // Bad input names its field and stores nothing.
    const bad = await rpc('dexcom.saveCredentials', { subject_id: subject.id, client_id: 'x', client_secret: '  ', region: 'us' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('client_secret');
    expect((await rpc('dexcom.status', { subject_id: subject.id })).body).toMatchObject({ configured: false, connected: false });
    expect((await rpc('dexcom.connect', { subject_id: subject.id })).body.error).toMatchObject({ code: 'bad_request', field: 'client_id' });

    // Another user sees none of it.
    const other = await hub.signUp('mallory@example.org');
    expect((await rpc('dexcom.status', { subject_id: subject.id }, other)).status).toBe(403);

    const saved = await rpc('dexcom.saveCredentials', { subject_id: subject.id, client_id: mock.clientId, client_secret: mock.clientSecret, region: 'sandbox' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ configured: true, connected: false, region: 'sandbox' });
    expect(JSON.stringify(saved.body)).not.toContain(mock.clientSecret);

    const c = await rpc('dexcom.connect', { subject_id: subject.id });
    expect(c.status).toBe(200);
    expect(c.body.opened).toBe(false); // over HTTP the page opens the URL, not the hub
    expect(c.body.login_url).toMatch(new RegExp(`^${mock.baseUrl}/v2/oauth2/login\\?`));
    expect((await rpc('dexcom.status', { subject_id: subject.id })).body.connecting?.login_url).toBe(c.body.login_url);
    // The user's browser follows the link; the mock signs in and redirects to the loopback listener.
    expect((await fetch(c.body.login_url)).status).toBe(200);
    const status = await waitFor('Dexcom to report connected', async () => {
      const s = (await rpc('dexcom.status', { subject_id: subject.id })).body;
      return s.connected ? s : null;
    }, { intervalMs: 100 });
    expect(status).toMatchObject({ connected: true, connecting: null, last_error: null });

    const s = await rpc('dexcom.sync', { subject_id: subject.id });
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    const withValue = mock.visible('egvs').filter((h) => (h.record as unknown as { value: number | null }).value !== null).length;
    expect(s.body.readings).toBe(withValue);
    expect(s.body.windows).toBe(4); // 20 days: one window for each of the four kinds
    const stats = await hub.api('GET', `/api/subjects/${subject.id}/stats?metric=glucose&from=2024-01-01T00:00:00Z`, undefined, token);
    expect(stats.body.count).toBe(withValue);

    const d = await rpc('dexcom.disconnect', { subject_id: subject.id });
    expect(d.body).toMatchObject({ configured: true, connected: false, last_sync_at: null });
    expect((await rpc('dexcom.sync', { subject_id: subject.id })).status).toBe(422);
  });

  it('takes an import larger than the hub’s ordinary 8 MB body limit', async () => {
    hub = await startTestHub();
    const token = await hub.signUp('fay@example.org');
    const subject = (await hub.api('POST', '/api/subjects', { name: 'Fay', kind: 'diabetes' }, token)).body as { id: string };
    // Nightscout JSON padded with 9 MB of whitespace (legal JSON): the body is over 8 MB.
    const entries = [0, 1, 2].map((i) => ({ type: 'sgv', sgv: 100 + i, date: Date.parse('2025-01-01T00:00:00Z') + i * 300_000, dateString: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 300_000).toISOString() }));
    const text = JSON.stringify(entries) + ' '.repeat(9 * 1024 * 1024);
    const r = await hub.api('POST', '/api/rpc/imports.text', { subject_id: subject.id, text, filename: 'big.json' }, token);
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200);
    expect(r.body).toMatchObject({ imported: 3, format: 'nightscout' });
    // Other procedures keep the ordinary limit.
    const other = await hub.api('POST', '/api/rpc/events.create', { subject_id: subject.id, event: { type: 'note', t: '2025-01-01T00:00:00Z', data: { text: 'x'.repeat(9 * 1024 * 1024) } } }, token);
    expect(other.status).toBe(413);
  });
});
