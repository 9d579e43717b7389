import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { ServerEvent, TendClient } from '../api/procedures';
import type { CallContext } from '../core/context';
import { forwardEvents, inProcess, senderFilter, serveReport, serveRpc, type IpcMainInvokeEvent, type IpcMainLike, type WebContents } from '../electron/main/ipc';
import { connectCore, type CoreClient, type UtilityProcessLike } from '../electron/main/core-client';
import type { CoreProcessConfig } from '../electron/core-process/protocol';
import { tendBridge, type IpcRendererEvent } from '../electron/preload/bridge';
import { startTestHub } from '../host/testing';
import { waitFor } from '../testing/wait-for';
import { httpTransport } from '../renderer/src/client/http-transport';
import { ipcTransport, type TendBridge } from '../renderer/src/client/ipc-transport';
import { clientOver, clientError, type Transport } from '../renderer/src/client/transport';

/**
 * One contract suite, every transport (style.md: protocol vs transport). The same calls
 * must give the same answers and the same error codes whether they go in-process, through
 * the Electron shell's own IPC adapter (electron/main/ipc.ts, the preload's bridge and the
 * renderer's ipcTransport, over objects shaped like ipcMain and ipcRenderer), or over the
 * hub with the renderer's own HTTP + WebSocket transport code.
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

/**
 * Electron's two IPC ends as far as Tend uses them: `ipcMain.handle` keeps one handler per
 * channel and a renderer's `invoke` reaches it with an event naming the sending frame;
 * `webContents.send` reaches that renderer's `ipcRenderer.on` listeners.
 */
class IpcMainShaped extends EventEmitter implements IpcMainLike {
  private readonly handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: any[]) => Promise<unknown>>();
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: any[]) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  /** What Electron does with a renderer's `ipcRenderer.invoke`: the result is structured-cloned back. */
  async invokeFrom(sender: WebContents, frame: { url: string }, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = { sender, senderFrame: frame, frameId: 1, processId: 1 } as unknown as IpcMainInvokeEvent;
    return structuredClone(await handler(event, ...args));
  }
}
/** One window: its webContents (with its main frame) and the ipcRenderer of the page in it. */
function windowOn(ipcMain: IpcMainShaped, url: string) {
  const renderer = new EventEmitter();
  const mainFrame = { url };
  const webContents = { mainFrame, send: (channel: string, ...args: unknown[]) => renderer.emit(channel, {} as IpcRendererEvent, ...structuredClone(args)) } as unknown as WebContents;
  const ipcRenderer = {
    invoke: (channel: string, ...args: unknown[]) => ipcMain.invokeFrom(webContents, mainFrame, channel, ...structuredClone(args)),
    on: (channel: string, l: (e: IpcRendererEvent, ...a: any[]) => void) => renderer.on(channel, l),
    off: (channel: string, l: (e: IpcRendererEvent, ...a: any[]) => void) => renderer.off(channel, l),
  };
  return { webContents, mainFrame, ipcRenderer };
}
const APP_URL = 'file:///opt/Tend/resources/app.asar/out/renderer/index.html';

/**
 * The shell's IPC adapter, run for real: `tend:rpc` is served by electron/main/ipc.ts with
 * its sender filter, reached through the preload's bridge by the renderer's ipcTransport.
 * The shell always calls as the machine's local user; here the context follows this
 * suite's sign-in so that every transport answers the same calls.
 */
function electronIpcTransport(getToken: () => string | null): Transport {
  const ipcMain = new IpcMainShaped();
  const win = windowOn(ipcMain, APP_URL);
  const contextOf = (): CallContext => {
    const token = getToken();
    const user = hub.core.auth.authenticate(token);
    return token ? { user, token, clientKey: 'ipc', transport: 'ipc' } : { user, clientKey: 'ipc', transport: 'ipc' };
  };
  serveRpc(ipcMain, inProcess(hub.core, contextOf), { trusted: senderFilter(new Set([win.webContents]), APP_URL) });
  const bridge = tendBridge(win.ipcRenderer) as unknown as TendBridge;
  const transport = ipcTransport(bridge);
  return {
    ...transport,
    // What electron/main/index.ts does with the bus: forward what the user may see to the window.
    listen: (listener) => {
      const user = contextOf().user;
      if (!user) throw new Error('the shell forwards events only once someone is signed in');
      const stop = forwardEvents(hub.core, user.id, (ev) => win.webContents.send('tend:event', ev));
      const off = transport.listen(listener);
      return () => {
        off();
        stop();
      };
    },
  };
}

const transports: Array<[string, (token: () => string | null) => Transport]> = [
  ['in-process (core.call)', memoryTransport],
  ['Electron IPC (the shell\'s own adapter)', electronIpcTransport],
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

describe('the Electron IPC adapter', () => {
  it('answers only its own windows\' top frames showing the app\'s page', async () => {
    const ipcMain = new IpcMainShaped();
    const ours = windowOn(ipcMain, APP_URL);
    const stranger = windowOn(ipcMain, APP_URL);
    const navigated = windowOn(ipcMain, 'file:///home/ann/Downloads/page.html');
    serveRpc(ipcMain, inProcess(hub.core, () => ({ user: null, clientKey: 'ipc', transport: 'ipc' })), { trusted: senderFilter(new Set([ours.webContents, navigated.webContents]), APP_URL) });
    await expect(tendBridge(ours.ipcRenderer).invoke('health', {})).resolves.toMatchObject({ ok: true, value: { status: 'ok' } });
    const refused = { ok: false, error: { code: 'forbidden', message: 'unknown sender' } };
    await expect(tendBridge(stranger.ipcRenderer).invoke('health', {})).resolves.toEqual(refused);
    await expect(tendBridge(navigated.ipcRenderer).invoke('health', {})).resolves.toEqual(refused);
    // A subframe of our own window (an iframe) is not its main frame.
    await expect(ipcMain.invokeFrom(ours.webContents, { url: APP_URL }, 'tend:rpc', 'health', {})).resolves.toEqual(refused);
  });

  it('sends a window only the events about people its user may see', async () => {
    const mine = await hub.signUp('ipc-events@example.org');
    const theirs = await hub.signUp('ipc-events-other@example.org');
    const me = hub.core.auth.authenticate(mine)!;
    const a = (await hub.api('POST', '/api/subjects', { name: 'Mine', kind: 'general' }, mine)).body;
    const b = (await hub.api('POST', '/api/subjects', { name: 'Theirs', kind: 'general' }, theirs)).body;
    const ipcMain = new IpcMainShaped();
    const win = windowOn(ipcMain, APP_URL);
    const seen: ServerEvent[] = [];
    const off = tendBridge(win.ipcRenderer).onEvent((e) => seen.push(e));
    const stop = forwardEvents(hub.core, me.id, (ev) => win.webContents.send('tend:event', ev));
    await hub.api('POST', `/api/subjects/${b.id}/observations`, [{ metric: 'heart_rate', t: '2026-01-01T00:00:00Z', value: 60 }], theirs);
    await hub.api('POST', `/api/subjects/${a.id}/observations`, [{ metric: 'heart_rate', t: '2026-01-01T00:00:00Z', value: 61 }], mine);
    await waitFor('the window to hear about its own person', () => seen.some((e) => e.type === 'observation.added'));
    expect(seen.filter((e) => 'subject_id' in e).map((e) => (e as { subject_id: string }).subject_id)).toEqual([a.id]);
    stop();
    off();
  });
});

/**
 * The desktop runs the core in an Electron utility process (electron/core-process/) and the
 * main process talks to it over its MessagePort. Electron cannot run here, so its
 * `utilityProcess.fork` is stood in for by Node's `child_process.fork` of the same entry file
 * (structured-clone serialization, as a MessagePort; the child's IPC channel given
 * `process.parentPort`'s shape by the entry itself). Everything else is the shell's real code:
 * the entry file and core, the main side's client, `tend:rpc` with its sender filter, the
 * preload's bridge and the renderer's ipcTransport.
 */
describe('the Electron shell with the core in its own process (child_process.fork standing in for utilityProcess)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tend-core-process-'));
  const printed: string[] = [];
  let child: ReturnType<typeof fork>;
  let core: CoreClient;
  let win: ReturnType<typeof windowOn>;
  let client: TendClient & { kind: Transport['kind'] };

  beforeAll(async () => {
    const config: CoreProcessConfig = { db: join(dir, 'tend.db'), createDir: false, migrationsDir: join(import.meta.dirname, '../db/migrations') };
    child = fork(join(import.meta.dirname, '../electron/core-process/main.ts'), [], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, TEND_CORE_CONFIG: JSON.stringify(config), TEND_BACKUP: 'off', TEND_SYNC_URL: '' },
    });
    // Electron's UtilityProcess posts with `postMessage`; a forked child is sent to with `send`.
    const utility: UtilityProcessLike = { postMessage: (m) => void child.send(m as never), on: (event: string, l: (...a: any[]) => void) => child.on(event, l) };
    core = connectCore(utility, {
      secretKey: async () => new Uint8Array(32).fill(7),
      openUrl: async () => undefined,
      // Electron's printToPDF cannot run here: the printer is the shell's to provide, so a stand-in answers what the core asked.
      printReport: async ({ subjectId, request }) => {
        printed.push(`${subjectId}:${request.kind}`);
        return new TextEncoder().encode('%PDF-1.7 stand-in');
      },
    });
    await core.ready;
    const ipcMain = new IpcMainShaped();
    win = windowOn(ipcMain, APP_URL);
    const trusted = senderFilter(new Set([win.webContents]), APP_URL);
    serveRpc(ipcMain, (name, args) => core.call(name, args), { trusted });
    serveReport(ipcMain, (name, args) => core.call(name, args), { trusted });
    // What electron/main/index.ts does with the core's events: send them to the window.
    core.onEvent((ev) => win.webContents.send('tend:event', ev));
    client = clientOver(ipcTransport(tendBridge(win.ipcRenderer) as unknown as TendBridge));
  }, 120_000);
  afterAll(async () => {
    if (child.exitCode === null) await core.stop();
  }, 60_000);

  it('answers as the machine\'s local user, signed in by the core process', async () => {
    const me = await client.call('auth.me', {});
    expect(me.email).toMatch(/@/);
    expect(me.id).toBe((await core.ready).userId);
  });

  it('names the bad field with code bad_request and stores nothing', async () => {
    const s = await client.call('subjects.create', { name: 'Pat', kind: 'diabetes' });
    await expect(client.call('observations.ingest', { subject_id: s.id, items: [{ metric: 'glucose', t: '2026-01-01T00:00:00Z', value: -5 }] })).rejects.toMatchObject({ code: 'bad_request', field: 'items[0].value' });
    await expect(client.call('observations.list', { subject_id: s.id })).resolves.toMatchObject({ items: [] });
    await expect(client.call('subjects.get', { id: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('ingests, lists and pushes observation.added from the core process to the window', async () => {
    const s = (await client.call('subjects.list', {})).find((x) => x.name === 'Pat')!;
    const seen: ServerEvent[] = [];
    const off = client.subscribe((e) => seen.push(e));
    await expect(client.call('observations.ingest', { subject_id: s.id, items: [{ id: 'cp-1', metric: 'glucose', t: '2026-01-01T00:00:00Z', value: 5, unit: 'mmol/L' }] })).resolves.toMatchObject({ accepted: 1 });
    expect((await client.call('observations.list', { subject_id: s.id })).items[0]!.value).toBeCloseTo(90.091, 3);
    const added = await waitFor('observation.added in the window', () => seen.find((e) => e.type === 'observation.added'));
    expect(added).toMatchObject({ subject_id: s.id, metric: 'glucose', count: 1 });
    off();
  });

  it('prints a report through tend:report: the core asks the main process\'s printer and the window gets its bytes', async () => {
    const s = (await client.call('subjects.list', {})).find((x) => x.name === 'Pat')!;
    const bridge = tendBridge(win.ipcRenderer);
    const pdf = (await bridge.report(s.id, { kind: 'agp' })) as { ok: true; value: Uint8Array };
    expect(Buffer.from(pdf.value).toString()).toBe('%PDF-1.7 stand-in');
    expect(printed).toEqual([`${s.id}:agp`]);
    // Bad input is refused naming the field, before anything is printed.
    await expect(bridge.report(s.id, { kind: 'poster' })).resolves.toMatchObject({ ok: false, error: { code: 'bad_request', field: 'kind' } });
    await expect(bridge.report(42 as never, { kind: 'agp' })).resolves.toMatchObject({ ok: false, error: { code: 'bad_request', field: 'subject_id' } });
    expect(printed).toHaveLength(1);
  });

  it('refuses a window that is not its own, as the in-process adapter does', async () => {
    const stranger = windowOn(new IpcMainShaped(), APP_URL);
    const ipcMain = new IpcMainShaped();
    const other = windowOn(ipcMain, APP_URL);
    serveRpc(ipcMain, (name, args) => core.call(name, args), { trusted: senderFilter(new Set([stranger.webContents]), APP_URL) });
    await expect(tendBridge(other.ipcRenderer).invoke('health', {})).resolves.toEqual({ ok: false, error: { code: 'forbidden', message: 'unknown sender' } });
  });

  it('stops: the core closes its store and its process ends, and a later call answers why instead of waiting', async () => {
    await expect(core.stop()).resolves.toBe(0);
    expect(child.exitCode).toBe(0);
    await expect(client.call('health', {})).rejects.toMatchObject({ code: 'internal', message: expect.stringMatching(/core process ended/) });
  }, 60_000);
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
