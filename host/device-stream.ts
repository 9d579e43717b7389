import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { ObservationInput } from '../api/observations';
import { isApiError } from '../api/errors';
import { isDecodeError } from '../native/profiles/errors';
import { parseSerialLine } from '../native/profiles/serial-line/serial-line';
import type { HubContext } from './server';

/**
 * `GET /api/devices/:id/stream?token=…` (WebSocket): ingest for Wi-Fi sensors (ESP32 and
 * the like). Each message is one line of the serial line protocol
 * (native/profiles/serial-line/PROTOCOL.md: a JSON object or `metric,value[,unit]`) or a
 * JSON array of observations as `POST /observations` takes them. Every message is
 * answered: `{"ok":true,"accepted":N,"duplicates":N}` or `{"ok":false,"error":{…}}`; a
 * bad message stores nothing and does not close the socket.
 */
export function deviceStreamPlugin(app: FastifyInstance, hub: HubContext): void {
  app.get<{ Params: { id: string }; Querystring: { token?: string } }>('/api/devices/:id/stream', { websocket: true }, (socket, req) => {
    const token = req.query.token ?? req.headers.authorization?.replace(/^bearer\s+/i, '');
    const user = hub.core.auth.authenticate(token);
    const close = (code: number, message: string) => {
      socket.send(JSON.stringify({ ok: false, error: { code: code === 4401 ? 'unauthorized' : code === 4404 ? 'not_found' : 'forbidden', message } }));
      socket.close(code, message);
    };
    if (!user) return close(4401, 'missing or expired token');
    const ctx = { user, clientKey: req.ip, transport: 'ws' as const };
    let device;
    try {
      device = hub.core.devices.get(ctx, req.params.id);
      hub.core.access.require(ctx, device.subject_id, 'write');
    } catch (e) {
      return close(isApiError(e) && e.code === 'not_found' ? 4404 : 4403, (e as Error).message);
    }
    const { id: deviceId, subject_id: subjectId } = device;
    socket.on('message', (data) => {
      const text = String(data);
      try {
        let items: ObservationInput[];
        if (text.trimStart().startsWith('[')) {
          items = (JSON.parse(text) as ObservationInput[]).map((o) => ({ ...o, device_id: deviceId }));
        } else {
          const r = parseSerialLine(text, new Date(hub.core.deps.clock.now()));
          if (r.kind === 'skip') return socket.send(JSON.stringify({ ok: true, accepted: 0, duplicates: 0 }));
          if (r.kind !== 'observation') {
            return socket.send(JSON.stringify({ ok: false, error: { code: 'bad_request', message: `${r.kind} lines are not stored over this stream yet; send observations` } }));
          }
          items = [{ id: uuidv7(), metric: r.metric, t: r.t, value: r.value, unit: r.unit, device_id: deviceId }];
        }
        const out = hub.core.ingest(ctx, subjectId, items);
        hub.core.devices.touch(deviceId, hub.core.deps.clock.now());
        socket.send(JSON.stringify({ ok: true, accepted: out.accepted, duplicates: out.duplicates }));
      } catch (e) {
        const error = isApiError(e) ? e.toBody() : isDecodeError(e) ? { code: 'bad_request', message: (e as Error).message } : { code: 'bad_request', message: `not a reading: ${(e as Error).message}` };
        socket.send(JSON.stringify({ ok: false, error }));
      }
    });
  });
}
