import type { TendClient } from '../../../api/procedures';
import { httpTransport } from './http-transport';
import { ipcTransport, type TendBridge } from './ipc-transport';
import { clientOver } from './transport';

declare global {
  interface Window {
    tend?: TendBridge;
  }
}

const TOKEN_KEY = 'tend.token';
export const session = {
  get: (): string | null => window.localStorage.getItem(TOKEN_KEY),
  set: (t: string | null) => (t ? window.localStorage.setItem(TOKEN_KEY, t) : window.localStorage.removeItem(TOKEN_KEY)),
};

/** One client for the whole app: IPC inside Electron, HTTP + WebSocket in a browser. */
export const client: TendClient & { kind: 'http' | 'ipc' } = window.tend ? clientOver(ipcTransport(window.tend)) : clientOver(httpTransport(session.get));
