import type { ProcName, ServerEvent } from '../../../api/procedures';
import { clientError, type Transport } from './transport';

/** The bridge the Electron preload exposes as `window.tend` (one prefixed channel). */
export interface TendBridge {
  invoke(name: ProcName, args: unknown): Promise<{ ok: true; value: unknown } | { ok: false; error: { code: never; message: string; field?: string } }>;
  onEvent(listener: (event: ServerEvent) => void): () => void;
  /** Prints a report to PDF in the desktop app. */
  report?(subjectId: string, request: unknown): Promise<{ ok: true; value: Uint8Array } | { ok: false; error: { code: never; message: string; field?: string } }>;
}

export function ipcTransport(bridge: TendBridge): Transport {
  return {
    kind: 'ipc',
    async invoke(name, args) {
      const r = await bridge.invoke(name, args);
      if (!r.ok) throw clientError(r.error);
      return r.value;
    },
    listen: (listener) => bridge.onEvent(listener),
  };
}
