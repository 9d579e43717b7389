import type { FastifyInstance } from 'fastify';
import { ApiError, badRequest } from '../api/errors';
import type { StagedText } from '../api/staged-text';
import { IsoTime } from '../api/observations';
import type { HubContext } from './server';
import { reportsPlugin } from './reports';
import { analyzeAndStore } from '../core/baby/file-audio';
import { babyServices } from '../core/baby/services';
import { backgroundThread } from '../core/baby/analyser-thread';
import { nightscoutPlugin } from './nightscout-routes';
import { nightscoutV3Plugin } from './nightscout-v3-routes';

/** Domain routes that are not plain JSON procedures (audio upload, PDF reports) plug in here. */
export const hubPlugins: Array<(app: FastifyInstance, ctx: HubContext) => void | Promise<void>> = [
  reportsPlugin,
  babyAudioPlugin,
  diabetesImportPlugin,
  alertsTimerPlugin,
  nightscoutPlugin,
  nightscoutV3Plugin,
];

/** A WAV upload may hold a few minutes of 48 kHz stereo audio (a compressed one, hours); beyond this, 413. */
const MAX_WAV_BYTES = 64 * 1024 * 1024;

/**
 * `POST /api/subjects/:id/audio` (body: a WAV, FLAC, MP3, Ogg Vorbis, Ogg Opus or M4A/AAC file,
 * recognised by its bytes whatever the Content-Type; `?start=ISO` when the recording began,
 * default: it just ended): cry detection, stored as `cry_probability` observations and cry
 * episodes; answers like `tend cry --json`. 400 for an unknown, unsupported (WebM, an MP4
 * without AAC audio), truncated or over-long file, naming what is wrong.
 */
async function babyAudioPlugin(app: FastifyInstance, hub: HubContext): Promise<void> {
  // Encapsulated: the raw-body parsers apply to this route only.
  await app.register(async (scope) => {
    // Any audio/* type: phones label the same file audio/mpeg, audio/mp3 or audio/x-m4a, so
    // decode.ts goes by the bytes and names what it cannot read.
    const raw = { parseAs: 'buffer' as const, bodyLimit: MAX_WAV_BYTES };
    // video/mp4: what some phones call an .mp4 voice memo; an MP4 with no sound is refused by name.
    scope.addContentTypeParser(['application/octet-stream', 'application/ogg', 'video/mp4'], raw, (_req, body, done) => done(null, body));
    scope.addContentTypeParser(/^audio\//i, raw, (_req, body, done) => done(null, body));
    scope.post<{ Params: { id: string }; Querystring: { start?: string } }>('/api/subjects/:id/audio', { bodyLimit: MAX_WAV_BYTES }, async (req, reply) => {
      try {
        const ctx = hub.contextOf(req);
        hub.core.access.require(ctx, req.params.id, 'write');
        if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
          throw badRequest('send the recording (WAV, FLAC, MP3, Ogg Vorbis, Ogg Opus or M4A/AAC) as the request body (Content-Type: audio/wav, audio/flac, audio/mpeg, audio/ogg or audio/mp4)', 'audio');
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
 * static route over `/api/rpc/:name`. The body is not read here: a 30 MB body parsed on the
 * event loop, and its 800,000 records held there, stalled every other request for up to two
 * seconds (issue #18). It streams into the background thread as it arrives, which parses it
 * and keeps the file's text; the procedure gets the other members and a StagedText.
 */
async function diabetesImportPlugin(app: FastifyInstance, hub: HubContext): Promise<void> {
  // Encapsulated: the streaming parser applies to this route only.
  await app.register(async (scope) => {
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', (_req, payload, done) => done(null, payload));
    scope.post('/api/rpc/imports.text', async (req, reply) => {
      const thread = backgroundThread();
      let staged: StagedText | undefined;
      try {
        const ctx = hub.contextOf(req);
        // Nobody signed in makes the hub take 64 MB.
        hub.core.access.requireUser(ctx);
        const declared = Number(req.headers['content-length']);
        if (declared > MAX_IMPORT_BODY) throw tooLarge(declared);
        // A form (the hub reads those for every route) or no body at all is the procedure's to refuse, as before.
        if (!isStream(req.body)) return reply.send(await hub.core.call('imports.text', req.body ?? {}, ctx));
        const body = await thread.stageJsonBody(limited(req.body, MAX_IMPORT_BODY), 'text');
        staged = body.text;
        return reply.send(await hub.core.call('imports.text', staged ? { ...body.args, text: staged } : body.args, ctx));
      } catch (e) {
        // The rest of a refused body is not worth reading: answer and close the connection.
        if (!req.raw.readableEnded) reply.header('connection', 'close');
        return hub.sendError(reply, e);
      } finally {
        // Refused before the import took it (bad arguments, another person's subject): forget it.
        if (staged) await thread.dropStaged(staged);
      }
    });
  });
}

/** 413 naming the limit; `bytes` when the request declared its length. */
const tooLarge = (bytes?: number) =>
  new ApiError(
    'payload_too_large',
    `the import's request body is ${bytes === undefined ? 'over' : `${(bytes / 1024 / 1024).toFixed(1)} MB;`} ${bytes === undefined ? '' : 'at most '}${MAX_IMPORT_BODY / 1024 / 1024} MB`,
    'text',
  );

const isStream = (x: unknown): x is AsyncIterable<Uint8Array> => typeof (x as { [Symbol.asyncIterator]?: unknown } | null | undefined)?.[Symbol.asyncIterator] === 'function';

/** The body's chunks, refused (413) as soon as they pass `max` bytes. */
async function* limited(chunks: AsyncIterable<Uint8Array>, max: number): AsyncIterable<Uint8Array> {
  let n = 0;
  for await (const c of chunks) {
    n += c.byteLength;
    if (n > max) throw tooLarge();
    yield c;
  }
}

/** The alert engine's timer (signal loss, re-announcement of unacknowledged alerts, the watchdog's heartbeat) runs while the hub does. */
export function alertsTimerPlugin(app: FastifyInstance, hub: HubContext): void {
  app.addHook('onReady', async () => hub.core.alerts.start());
  app.addHook('onClose', async () => hub.core.alerts.stop());
}
