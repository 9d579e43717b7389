import type { ServerEvent } from '../../../api/procedures';
import { clientError, type Transport } from './transport';

/**
 * The hub transport: calls go to POST /api/rpc/:name with the bearer token; events come
 * over one WebSocket that reconnects with back-off (a kiosk must survive a hub restart).
 */
export function httpTransport(getToken: () => string | null, base = ''): Transport {
  const listeners = new Set<(e: ServerEvent) => void>();
  let socket: WebSocket | null = null;
  let retry = 500;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const connect = () => {
    const token = getToken();
    if (!token || socket || listeners.size === 0) return;
    const url = new URL(`${base}/api/stream`, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('token', token);
    const ws = new WebSocket(url);
    socket = ws;
    let refused: string | null = null;
    ws.onopen = () => (retry = 500);
    ws.onmessage = (m) => {
      let ev: ServerEvent | { type: 'error'; error?: { code?: string; message?: string } };
      try {
        ev = JSON.parse(String(m.data)) as typeof ev;
      } catch {
        return;
      }
      // The server's refusal is not a sign of life for the screens: it is the opposite.
      if (ev.type === 'error') {
        if (ev.error?.code === 'unauthorized') refused = ev.error.message ?? 'signed out';
        return;
      }
      for (const l of listeners) l(ev);
    };
    ws.onclose = (e) => {
      socket = null;
      if (listeners.size === 0) return;
      if (e.code === 4401 || refused !== null) {
        // Renewed meanwhile (this tab or another): connect again at once with the new token.
        if (getToken() !== token) {
          timer = setTimeout(connect, 0);
          return;
        }
        const message = `Signed out: ${refused ?? 'this sign-in has ended'}. Alerts no longer reach this screen; sign in again.`;
        for (const l of listeners) l({ type: 'signed_out', message });
      }
      timer = setTimeout(connect, retry);
      retry = Math.min(retry * 2, 15_000);
    };
  };

  return {
    kind: 'http',
    async invoke(name, args) {
      const token = getToken();
      let res: Response;
      try {
        res = await fetch(`${base}/api/rpc/${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(args ?? {}),
        });
      } catch (e) {
        throw clientError({ code: 'internal', message: `the hub did not answer: ${(e as Error).message}` });
      }
      const body = (await res.json().catch(() => ({}))) as { error?: { code: never; message: string; field?: string } };
      if (!res.ok) throw clientError(body.error ?? { message: `HTTP ${res.status}` }, res.status);
      return body;
    },
    listen(listener) {
      listeners.add(listener);
      connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          if (timer) clearTimeout(timer);
          socket?.close();
          socket = null;
        }
      };
    },
  };
}
