import type { FastifyInstance } from 'fastify';
import { badRequest } from '../api/errors';
import { IsoTime } from '../api/observations';
import type { HubContext } from './server';
import { reportsPlugin } from './reports';
import { analyzeAndStore } from '../core/baby/file-audio';
import { babyServices } from '../core/baby/services';
import { nightscoutPlugin } from './nightscout-routes';

/** Domain routes that are not plain JSON procedures (audio upload, PDF reports) plug in here. */
export const hubPlugins: Array<(app: FastifyInstance, ctx: HubContext) => void | Promise<void>> = [
  reportsPlugin,
  babyAudioPlugin,
  diabetesImportPlugin,
  alertsTimerPlugin,
  nightscoutPlugin,
];

/** A WAV upload may hold a few minutes of 48 kHz stereo audio; beyond this, 413. */
const MAX_WAV_BYTES = 64 * 1024 * 1024;

/**
 * `POST /api/subjects/:id/audio` (body: a WAV file; `?start=ISO` when the recording began,
 * default: it just ended): cry detection, stored as `cry_probability` observations and cry
 * episodes; answers like `tend cry --json`. 400 for a non-WAV or truncated file.
 */
async function babyAudioPlugin(app: FastifyInstance, hub: HubContext): Promise<void> {
  // Encapsulated: the raw-body parsers apply to this route only.
  await app.register(async (scope) => {
    scope.addContentTypeParser(['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave', 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: MAX_WAV_BYTES }, (_req, body, done) => done(null, body));
    scope.post<{ Params: { id: string }; Querystring: { start?: string } }>('/api/subjects/:id/audio', { bodyLimit: MAX_WAV_BYTES }, async (req, reply) => {
      try {
        const ctx = hub.contextOf(req);
        hub.core.access.require(ctx, req.params.id, 'write');
        if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
          throw badRequest('send the WAV file as the request body (Content-Type: audio/wav)', 'audio');
        }
        const start = req.query.start;
        if (start !== undefined && (!IsoTime.safeParse(start).success)) throw badRequest('start: must be an ISO 8601 time with an offset', 'start');
        const bytes = new Uint8Array(req.body.buffer, req.body.byteOffset, req.body.byteLength);
        const out = await analyzeAndStore(hub.core, babyServices(hub.core), ctx, req.params.id, bytes, start ? { start: Date.parse(start) } : {});
        return reply.send(out.result);
      } catch (e) {
        return hub.sendError(reply, e);
      }
    });
  });
}

/** Clarity/LibreView exports of years of data run past the hub's 8 MB body limit; `imports.text` takes up to 50 MB of text. */
const MAX_IMPORT_BODY = 64 * 1024 * 1024;

/**
 * The renderer's `imports.text` call with a larger body limit than other RPCs (the same
 * procedure, validation and access checks through `core.call`); find-my-way prefers this
 * static route over `/api/rpc/:name`.
 */
function diabetesImportPlugin(app: FastifyInstance, hub: HubContext): void {
  app.post('/api/rpc/imports.text', { bodyLimit: MAX_IMPORT_BODY }, async (req, reply) => {
    try {
      return reply.send(await hub.core.call('imports.text', req.body ?? {}, hub.contextOf(req)));
    } catch (e) {
      return hub.sendError(reply, e);
    }
  });
}

/** The alert engine's timer (signal loss, re-announcement of unacknowledged alerts, the watchdog's heartbeat) runs while the hub does. */
export function alertsTimerPlugin(app: FastifyInstance, hub: HubContext): void {
  app.addHook('onReady', async () => hub.core.alerts.start());
  app.addHook('onClose', async () => hub.core.alerts.stop());
}
