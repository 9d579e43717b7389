import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { badRequest, isApiError } from '../../api/errors';
import type { ProcName, ServerEvent } from '../../api/procedures';
import type { Core } from '../../core/app';
import type { CallContext } from '../../core/context';
import type { IpcReply } from '../core-process/protocol';
import { isAppPage } from './web-policy';

// For tests that build Electron-shaped events without importing electron themselves.
export type { IpcMainInvokeEvent, WebContents };

/*
 * The IPC adapter, apart from electron/main/index.ts so that it runs in plain Node: it
 * imports only Electron's types, and the contract suite (e2e/transports.contract.test.ts)
 * drives it with an object shaped like `ipcMain`.
 */

/** What the adapter uses of Electron's `ipcMain`. */
export interface IpcMainLike {
  // Electron's own signature: its messages carry whatever the other end sent.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: any[]) => Promise<unknown>): void;
}

export type { IpcReply };

const UNKNOWN_SENDER: IpcReply<never> = { ok: false, error: { code: 'forbidden', message: 'unknown sender' } };

/**
 * Only our own windows' top frames may call the core (VS Code's validatedIpcMain idea):
 * a window the shell opened, its main frame, showing the app's own page (should anything
 * ever navigate one elsewhere, that page gets nothing).
 */
export function senderFilter(ours: ReadonlySet<WebContents>, appUrl: string): (e: IpcMainInvokeEvent) => boolean {
  return (e) => ours.has(e.sender) && e.senderFrame !== null && e.senderFrame === e.sender.mainFrame && isAppPage(e.senderFrame.url, appUrl);
}

/** Runs `work` for a trusted sender and turns what it throws into error data: errors cross the boundary as `{code, message}`. */
export async function answer<T>(trusted: boolean, work: () => Promise<T>): Promise<IpcReply<T>> {
  if (!trusted) return UNKNOWN_SENDER;
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return { ok: false, error: isApiError(err) ? err.toBody() : { code: 'internal', message: (err as Error).message } };
  }
}

/** One procedure call, its answer or its error as data: the core's utility process (core-client.ts) or, in tests, a core in this process. */
export type RpcCall = (name: ProcName, args: unknown) => Promise<IpcReply<unknown>>;

/** Calls a core in this process as `context()` signs in. */
export const inProcess = (core: Core, context: () => CallContext): RpcCall => (name, args) => answer(true, () => core.call(name, args, context()));

/**
 * `tend:rpc`: every procedure, for trusted senders only. The desktop passes each to the core's
 * utility process, which calls as the machine's local user.
 */
export function serveRpc(ipcMain: IpcMainLike, call: RpcCall, opts: { trusted: (e: IpcMainInvokeEvent) => boolean }): void {
  ipcMain.handle('tend:rpc', async (e: IpcMainInvokeEvent, name: ProcName, args: unknown) => (opts.trusted(e) ? call(name, args) : UNKNOWN_SENDER));
}

/**
 * `tend:report`: a PDF report as bytes for a trusted sender (the preload's `report`): the core's
 * `reports.print`, whose printer on the desktop is Electron's own (print-report.ts).
 */
export function serveReport(ipcMain: IpcMainLike, call: RpcCall, opts: { trusted: (e: IpcMainInvokeEvent) => boolean }): void {
  ipcMain.handle('tend:report', async (e: IpcMainInvokeEvent, subjectId: unknown, request: unknown): Promise<IpcReply<Uint8Array>> => {
    if (!opts.trusted(e)) return UNKNOWN_SENDER;
    if (typeof subjectId !== 'string') return { ok: false, error: badRequest('subject_id must be a string', 'subject_id').toBody() };
    const body = request && typeof request === 'object' && !Array.isArray(request) ? request : {};
    const out = await call('reports.print', { ...body, subject_id: subjectId });
    return out.ok ? { ok: true, value: new Uint8Array(Buffer.from((out.value as { pdf_base64: string }).pdf_base64, 'base64')) } : out;
  });
}

/** Passes the core's events about people `userId` may see to `send` (the window's `tend:event`); returns the unsubscribe. */
export function forwardEvents(core: Core, userId: string, send: (event: ServerEvent) => void): () => void {
  return core.bus.subscribe((ev) => {
    if ('subject_id' in ev && !core.access.canSee(userId, ev.subject_id)) return;
    send(ev);
  });
}
