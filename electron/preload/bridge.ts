import type { IpcRendererEvent } from 'electron';
import type { ProcName, ServerEvent } from '../../api/procedures';

// For tests that build Electron-shaped events without importing electron themselves.
export type { IpcRendererEvent };

/** What the bridge uses of Electron's `ipcRenderer`. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  // Electron's own signature: its messages carry whatever the other end sent.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  on(channel: string, listener: (event: IpcRendererEvent, ...args: any[]) => void): unknown;
  // Electron's own signature: its messages carry whatever the other end sent.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  off(channel: string, listener: (event: IpcRendererEvent, ...args: any[]) => void): unknown;
}

/**
 * The one bridge into the sandboxed renderer, on one prefixed channel. It passes names
 * and arguments through; the main process validates everything with the same zod
 * schemas as the hub, because the renderer is untrusted. Apart from index.ts (which
 * exposes it) so that the contract suite runs it without Electron.
 */
export function tendBridge(ipcRenderer: IpcRendererLike) {
  return {
    invoke: (name: ProcName, args: unknown) => ipcRenderer.invoke('tend:rpc', name, args),
    /** A PDF report printed by Electron's engine (the hub prints with Chromium instead). */
    report: (subjectId: string, request: unknown) => ipcRenderer.invoke('tend:report', subjectId, request),
    onEvent: (listener: (event: ServerEvent) => void) => {
      const wrapped = (_e: IpcRendererEvent, ev: ServerEvent) => listener(ev);
      ipcRenderer.on('tend:event', wrapped);
      return () => void ipcRenderer.off('tend:event', wrapped);
    },
  } satisfies {
    invoke(name: ProcName, args: unknown): Promise<unknown>;
    report(subjectId: string, request: unknown): Promise<unknown>;
    onEvent(listener: (event: ServerEvent) => void): () => void;
  };
}
