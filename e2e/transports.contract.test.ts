import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerEvent, TendClient } from '../api/procedures';
import type { CallContext } from '../core/context';
import { startTestHub } from '../host/testing';
import { waitFor } from '../testing/wait-for';
import { httpTransport } from '../renderer/src/client/http-transport';
import { clientOver, clientError, type Transport } from '../renderer/src/client/transport';

/**
 * One contract suite, every transport (style.md: protocol vs transport). The same calls
 * must give the same answers and the same error codes whether they go in-process (as
 * Electron's IPC adapter calls the core) or over the hub with the renderer's own HTTP +
 * WebSocket transport code.
 */
type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;

// The renderer's transport runs in a browser; give it what it uses from one.
beforeAll(async () => {
  hub = await startTestHub();
  (globalThis as any).window = { location: { href: hub.url + '/' } };
  (globalThis as any).WebSocket = WebSocket;
});
afterAll(async () => {
  delete (globalThis as any).window;
  delete (globalThis as any).WebSocket;
  await hub.close();
});

/** The in-process transport: what electron/main does with each IPC message. */
function memoryTransport(getToken: () => string | null): Transport {
  return {
    kind: 'ipc',
    async invoke(name, args) {
      const token = getToken();
      const user = hub.core.auth.authenticate(token);
      const ctx: CallContext = token ? { user, token, clientKey: 'memory', transport: 'memory' } : { user, clientKey: 'memory', transport: 'memory' };
      try {
        return await hub.core.call(name, args, ctx);
      } catch (e) {
        const err = e as { code?: never; message: string; field?: string };
        throw clientError({ code: err.code ?? ('internal' as never), message: err.message, ...(err.field ? { field: err.field } : {}) });
      }
    },
    listen: (listener) => hub.core.bus.subscribe((ev) => listener(ev)),
  };
}

const transports: Array<[string, (token: () => string | null) => Transport]> = [
  ['in-process (IPC adapter)', memoryTransport],
  ['hub HTTP + WebSocket (renderer transport)', (t) => httpTransport(t, hub.url)],
];

describe.each(transports)('the API over %s', (label, make) => {
  let token: string | null = null;
  let client: TendClient & { kind: Transport['kind'] };
  const email = `${label.replace(/\W+/g, '-').toLowerCase()}@example.org`;
  beforeAll(() => {
    client = clientOver(make(() => token));
  });

  it('refuses calls before sign-in with code unauthorized', async () => {
    await expect(client.call('subjects.list', {})).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('registers, signs in and answers me', async () => {
    await client.call('auth.register', { email, password: 'long enough secret', name: 'Tess' });
    const out = await client.call('auth.login', { email, password: 'long enough secret' });
    token = out.access_token;
    await expect(client.call('auth.me', {})).resolves.toMatchObject({ email, name: 'Tess' });
  });

  it('names the bad field with code bad_request and stores nothing', async () => {
    const s = await client.call('subjects.create', { name: 'Pat', kind: 'diabetes' });
    await expect(client.call('observations.ingest', { subject_id: s.id, items: [{ metric: 'glucose', t: '2026-01-01T00:00:00Z', value: -5 }] })).rejects.toMatchObject({ code: 'bad_request', field: 'items[0].value' });
    await expect(client.call('observations.list', { subject_id: s.id })).resolves.toMatchObject({ items: [] });
  });

  it('ingests, lists and pushes observation.added to the listener', async () => {
    const s = (await client.call('subjects.list', {})).find((x) => x.name === 'Pat')!;
    const seen: ServerEvent[] = [];
    const off = client.subscribe((e) => seen.push(e));
    // Over the hub, the stream is open once its hello (not in the event type: the client
    // passes it through) has arrived; in-process, subscribing is already listening.
    if (client.kind === 'http') await waitFor('the stream to say hello', () => seen.some((e) => (e as { type: string }).type === 'hello'));
    const r = await client.call('observations.ingest', { subject_id: s.id, items: [{ id: `${label}-1`, metric: 'glucose', t: '2026-01-01T00:00:00Z', value: 5, unit: 'mmol/L' }] });
    expect(r).toMatchObject({ accepted: 1, duplicates: 0 });
    const page = await client.call('observations.list', { subject_id: s.id });
    expect(page.items[0]!.value).toBeCloseTo(90.091, 3);
    const added = await waitFor('observation.added on the listener', () => seen.find((e) => e.type === 'observation.added'));
    expect(added).toMatchObject({ subject_id: s.id, metric: 'glucose', count: 1 });
    off();
  });

  it('answers not_found and forbidden the same way', async () => {
    await expect(client.call('subjects.get', { id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    const otherToken = await hub.signUp(`other-${email}`);
    const other = await hub.api('POST', '/api/subjects', { name: 'Theirs', kind: 'general' }, otherToken);
    await expect(client.call('subjects.get', { id: other.body.id })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('procedure names from an untrusted transport', () => {
  it('answers not_found for names that are not procedures, including Object.prototype keys', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      await expect(hub.core.call(name as never, {}, { user: null, clientKey: 't', transport: 'memory' })).rejects.toMatchObject({ code: 'not_found' });
      const r = await hub.api('POST', `/api/rpc/${name}`, {});
      expect([name, r.status]).toEqual([name, 404]);
    }
  });
});
