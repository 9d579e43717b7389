import { createServer, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { waitFor } from '../../testing/wait-for';
import { createCore, type Core } from '../app';
import type { CallContext } from '../context';

/** The webhook relay against a real local HTTP server that fails on purpose. */
let core: Core;
let ctx: CallContext;
let server: Server;
let url: string;
let answers: number[];
let received: Array<{ type: string; attempt: number; alert?: { id: string } }>;

beforeEach(async () => {
  core = createCore({ db: openDatabase(':memory:') });
  ctx = { user: core.auth.ensureLocalUser('carer'), clientKey: 'test', transport: 'memory' };
  answers = [];
  received = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push(JSON.parse(body) as (typeof received)[number]);
      res.writeHead(answers.shift() ?? 204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
  core.alerts.relay.retryDelaysMs = [30, 30, 30];
});
afterEach(async () => {
  await core.alerts.relay.drain();
  core.close();
  await new Promise<void>((r) => server.close(() => r()));
});

async function raiseHigh(): Promise<string> {
  const s = core.subjects.create(ctx, { name: 'Bed 4', kind: 'general' }).id;
  await core.call('thresholds.put', { subject_id: s, thresholds: [{ metric: 'heart_rate', max: 120, priority: 'high' }] }, ctx);
  await core.call('alerts.settings.put', { subject_id: s, settings: { smoothing: { heart_rate: 1 } } }, ctx);
  const out = core.ingest(ctx, s, [{ metric: 'heart_rate', t: new Date().toISOString(), value: 150 }]);
  return (out.alerts[0] as { id: string }).id;
}

describe('the webhook relay', () => {
  it('tries a failed delivery again until the gateway answers, and says how the last one went', async () => {
    await core.call('alerts.relay.put', { enabled: true, url, min_priority: 'high', include_updates: false }, ctx);
    answers = [503, 503];
    const id = await raiseHigh();
    await core.alerts.relay.drain();
    expect(received.map((r) => [r.type, r.attempt, r.alert?.id])).toEqual([
      ['alert.raised', 1, id],
      ['alert.raised', 2, id],
      ['alert.raised', 3, id],
    ]);
    const view = await core.call('alerts.relay.get', {}, ctx);
    expect(view.last_delivery).toMatchObject({ ok: true, status: 204, event: 'alert.raised', attempt: 3, retry_at: null });
    const audit = (await core.call('alerts.audit', { alert_id: id }, ctx)).items.map((a) => a.action);
    expect(audit.filter((a) => a === 'alert.relay_failed')).toHaveLength(2);
    expect(audit.filter((a) => a === 'alert.relayed')).toHaveLength(1);
  });

  it('gives up after the last retry, and stops retrying once the alert is acknowledged', async () => {
    await core.call('alerts.relay.put', { enabled: true, url, min_priority: 'high', include_updates: false }, ctx);
    answers = [500, 500, 500, 500];
    await raiseHigh();
    await core.alerts.relay.drain();
    expect(received.map((r) => r.attempt)).toEqual([1, 2, 3, 4]);
    expect((await core.call('alerts.relay.get', {}, ctx)).last_delivery).toMatchObject({ ok: false, status: 500, attempt: 4, retry_at: null });

    received = [];
    answers = [500, 500, 500, 500];
    core.alerts.relay.retryDelaysMs = [300, 300, 300];
    const id = await raiseHigh();
    await waitFor('the first delivery attempt', () => received.length > 0, { intervalMs: 10 });
    await core.call('alerts.ack', { id }, ctx);
    await core.alerts.relay.drain();
    expect(received.map((r) => r.attempt)).toEqual([1]);
    expect((await core.call('alerts.relay.get', {}, ctx)).last_delivery).toMatchObject({ ok: false, attempt: 1, retry_at: null });
  });

  it('sends a test message on request to the saved address, once, and reports the answer', async () => {
    await expect(core.call('alerts.relay.test', {}, ctx)).rejects.toMatchObject({ code: 'conflict' });
    await core.call('alerts.relay.put', { enabled: false, url, min_priority: 'high', include_updates: false }, ctx);
    expect(await core.call('alerts.relay.test', {}, ctx)).toMatchObject({ ok: true, status: 204, event: 'relay.test', attempt: 1 });
    answers = [404];
    expect(await core.call('alerts.relay.test', {}, ctx)).toMatchObject({ ok: false, status: 404, error: 'the address answered 404', retry_at: null });
    await core.alerts.relay.drain();
    expect(received.map((r) => r.type)).toEqual(['relay.test', 'relay.test']);
  });
});
