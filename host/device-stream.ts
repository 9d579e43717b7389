import type { FastifyInstance } from 'fastify';
import type { RawData } from 'ws';
import { openWifiStream } from '../core/devices/wifi-stream';
import type { HubContext } from './server';

/**
 * `GET /api/devices/:id/stream?token=…` (WebSocket): ingest for Wi-Fi sensors (ESP32 and
 * the like). Each message is one line of the serial line protocol
 * (native/profiles/serial-line/PROTOCOL.md: a JSON object or `metric,value[,unit]`) or a
 * JSON array of observations as `POST /observations` takes them; a binary message is
 * whole 16-byte records (native/profiles/wifi-binary/PROTOCOL.md). Every message is
 * answered: `{"ok":true,"accepted":N,"duplicates":N}` or `{"ok":false,"error":{…}}`; a
 * bad message stores nothing and does not close the socket. The core
 * (core/devices/wifi-stream.ts) signs the device in and stores; this is only the socket.
 */
export function deviceStreamPlugin(app: FastifyInstance, hub: HubContext): void {
  app.get<{ Params: { id: string }; Querystring: { token?: string } }>('/api/devices/:id/stream', { websocket: true }, async (socket, req) => {
    const token = req.query.token ?? req.headers.authorization?.replace(/^bearer\s+/i, '');
    // Messages that arrive while the device signs in wait their turn, in order.
    const early: Array<string | Uint8Array> = [];
    const message = (data: RawData, isBinary: boolean): string | Uint8Array => (isBinary ? bytesOf(data) : String(data));
    const holdEarly = (data: RawData, isBinary: boolean) => void early.push(message(data, isBinary));
    socket.on('message', holdEarly);
    const opened = await openWifiStream(hub.core, token, req.params.id, req.ip);
    socket.off('message', holdEarly);
    if ('code' in opened) {
      socket.send(JSON.stringify({ ok: false, error: opened.error }));
      socket.close(opened.code, opened.error.message);
      return;
    }
    // One message at a time: answers go back in the order the messages came.
    let queue = Promise.resolve();
    const receive = (m: string | Uint8Array) => {
      queue = queue.then(async () => socket.send(JSON.stringify(await opened.receive(m))));
    };
    for (const m of early) receive(m);
    socket.on('message', (data: RawData, isBinary: boolean) => receive(message(data, isBinary)));
  });
}

/** A binary message as one byte array (ws hands over a Buffer, an ArrayBuffer or fragments). */
function bytesOf(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
