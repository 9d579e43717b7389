import type { FastifyRequest } from 'fastify';
import type { ProcName, ProcOutput } from '../api/procedures';
import { readCheckinForm } from './checkin-form';

/**
 * The contract's REST surface (contract.md section 2) as data: each route names the
 * procedure it calls and how its arguments are assembled from params, query and body.
 * Every route dispatches into the same core procedures as IPC and RPC.
 */
export interface RestRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  proc: ProcName;
  args: (req: { params: Record<string, string>; query: Record<string, unknown>; body: unknown }) => unknown;
  status?: number;
  /** Where the route also takes multipart/form-data: reads the form into what `args` gets as the body. */
  form?: (req: FastifyRequest) => Promise<Record<string, unknown>>;
  /** For a non-JSON answer: the bytes, their media type and the download's file name, from the procedure's output. */
  file?: (out: unknown) => FileAnswer;
}

/** A file sent as the answer (`Content-Disposition: attachment`). */
export interface FileAnswer {
  type: string;
  filename: string;
  bytes: Buffer;
}

const body = (b: unknown): Record<string, unknown> => (b && typeof b === 'object' && !Array.isArray(b) ? (b as Record<string, unknown>) : {});

export const restRoutes: RestRoute[] = [
  { method: 'GET', url: '/api/health', proc: 'health', args: () => ({}) },
  { method: 'POST', url: '/api/auth/register', proc: 'auth.register', args: (r) => r.body, status: 201 },
  { method: 'POST', url: '/api/auth/login', proc: 'auth.login', args: (r) => r.body },
  // OAuth2 password flow (RFC 6749 §4.3): form fields username/password.
  { method: 'POST', url: '/api/auth/token', proc: 'auth.login', args: (r) => ({ email: body(r.body).username, password: body(r.body).password }) },
  { method: 'POST', url: '/api/auth/logout', proc: 'auth.logout', args: () => ({}) },
  { method: 'GET', url: '/api/auth/me', proc: 'auth.me', args: () => ({}) },
  { method: 'PUT', url: '/api/auth/me', proc: 'auth.update', args: (r) => r.body },
  { method: 'POST', url: '/api/auth/password', proc: 'auth.password', args: (r) => r.body },

  { method: 'GET', url: '/api/subjects', proc: 'subjects.list', args: () => ({}) },
  { method: 'POST', url: '/api/subjects', proc: 'subjects.create', args: (r) => r.body, status: 201 },
  { method: 'POST', url: '/api/simulate/diabetes', proc: 'diabetes.simulate', args: (r) => r.body, status: 201 },
  { method: 'GET', url: '/api/subjects/:id', proc: 'subjects.get', args: (r) => ({ id: r.params.id }) },
  { method: 'PATCH', url: '/api/subjects/:id', proc: 'subjects.update', args: (r) => ({ id: r.params.id, patch: r.body }) },
  { method: 'DELETE', url: '/api/subjects/:id', proc: 'subjects.delete', args: (r) => ({ id: r.params.id }) },
  { method: 'POST', url: '/api/subjects/:id/grants', proc: 'subjects.grant', args: (r) => ({ ...body(r.body), subject_id: r.params.id }), status: 201 },
  { method: 'GET', url: '/api/subjects/:id/grants', proc: 'subjects.grants', args: (r) => ({ subject_id: r.params.id }) },
  { method: 'DELETE', url: '/api/subjects/:id/grants/:user_id', proc: 'subjects.revoke', args: (r) => ({ subject_id: r.params.id, user_id: r.params.user_id }) },

  { method: 'GET', url: '/api/devices', proc: 'devices.list', args: (r) => r.query },
  { method: 'POST', url: '/api/devices', proc: 'devices.create', args: (r) => r.body, status: 201 },
  { method: 'GET', url: '/api/devices/:id', proc: 'devices.get', args: (r) => ({ id: r.params.id }) },
  { method: 'PATCH', url: '/api/devices/:id', proc: 'devices.update', args: (r) => ({ id: r.params.id, patch: r.body }) },
  { method: 'DELETE', url: '/api/devices/:id', proc: 'devices.delete', args: (r) => ({ id: r.params.id }) },

  { method: 'POST', url: '/api/subjects/:id/observations', proc: 'observations.ingest', args: (r) => ({ subject_id: r.params.id, items: r.body }), status: 201 },
  { method: 'GET', url: '/api/subjects/:id/observations', proc: 'observations.list', args: (r) => ({ ...r.query, subject_id: r.params.id }) },
  // `?metric=glucose,heart_rate` narrows it to those metrics.
  {
    method: 'GET',
    url: '/api/subjects/:id/latest',
    proc: 'observations.latest',
    args: (r) => (typeof r.query.metric === 'string' ? { subject_id: r.params.id, metrics: r.query.metric.split(',') } : { subject_id: r.params.id }),
  },
  { method: 'GET', url: '/api/devices/:id/observations', proc: 'devices.observations', args: (r) => ({ ...r.query, id: r.params.id }) },
  { method: 'GET', url: '/api/subjects/:id/timeseries', proc: 'observations.timeseries', args: (r) => ({ ...r.query, subject_id: r.params.id }) },
  { method: 'GET', url: '/api/subjects/:id/stats', proc: 'observations.stats', args: (r) => ({ ...r.query, subject_id: r.params.id }) },

  { method: 'GET', url: '/api/subjects/:id/events', proc: 'events.list', args: (r) => ({ ...r.query, subject_id: r.params.id }) },
  { method: 'POST', url: '/api/subjects/:id/events', proc: 'events.create', args: (r) => ({ subject_id: r.params.id, event: r.body }), status: 201 },
  { method: 'DELETE', url: '/api/subjects/:id/events/:event_id', proc: 'events.delete', args: (r) => ({ subject_id: r.params.id, id: r.params.event_id }) },

  // Chat logging: what the parser understood is logged as events (core/chat/README.md).
  { method: 'POST', url: '/api/subjects/:id/chat', proc: 'chat.send', args: (r) => ({ ...body(r.body), subject_id: r.params.id }) },

  // Diabetes decision support (README "Forecast and dose suggestion"): suggestions, never prescriptions.
  { method: 'GET', url: '/api/subjects/:id/forecast', proc: 'diabetes.forecast', args: (r) => ({ ...r.query, subject_id: r.params.id }) },
  { method: 'GET', url: '/api/subjects/:id/dosing', proc: 'diabetes.dosing.get', args: (r) => ({ subject_id: r.params.id }) },
  { method: 'PUT', url: '/api/subjects/:id/dosing', proc: 'diabetes.dosing.put', args: (r) => ({ subject_id: r.params.id, settings: r.body }) },
  { method: 'DELETE', url: '/api/subjects/:id/dosing', proc: 'diabetes.dosing.clear', args: (r) => ({ subject_id: r.params.id }) },
  { method: 'POST', url: '/api/subjects/:id/dose-suggestion', proc: 'diabetes.dose', args: (r) => ({ ...body(r.body), subject_id: r.params.id }) },
  { method: 'GET', url: '/api/subjects/:id/dose-suggestions', proc: 'diabetes.dose.history', args: (r) => ({ ...r.query, subject_id: r.params.id }) },

  { method: 'GET', url: '/api/subjects/:id/thresholds', proc: 'thresholds.get', args: (r) => ({ subject_id: r.params.id }) },
  { method: 'PUT', url: '/api/subjects/:id/thresholds', proc: 'thresholds.put', args: (r) => ({ subject_id: r.params.id, thresholds: r.body }) },

  { method: 'GET', url: '/api/alerts', proc: 'alerts.list', args: (r) => r.query },
  // Sync (README "Sync with a shared Postgres"): how it stands, and a round now.
  { method: 'GET', url: '/api/sync', proc: 'sync.status', args: () => ({}) },
  { method: 'POST', url: '/api/sync/run', proc: 'sync.run', args: () => ({}) },
  { method: 'GET', url: '/api/backups', proc: 'backup.status', args: () => ({}) },
  { method: 'POST', url: '/api/backups/run', proc: 'backup.run', args: () => ({}) },
  { method: 'POST', url: '/api/alerts/:id/ack', proc: 'alerts.ack', args: (r) => ({ id: r.params.id }) },

  // Baby monitor (issue 6): check-ins as the old baby backend had them, and cry episodes.
  { method: 'GET', url: '/api/subjects/:id/checkins', proc: 'baby.checkins.list', args: (r) => ({ ...r.query, subject_id: r.params.id }) },
  // JSON, or the old backend's form (temperature, humidity, notes, audio): host/checkin-form.ts.
  { method: 'POST', url: '/api/subjects/:id/checkins', proc: 'baby.checkins.create', args: (r) => ({ ...body(r.body), subject_id: r.params.id }), status: 201, form: readCheckinForm },
  { method: 'GET', url: '/api/subjects/:id/checkins/:checkin_id', proc: 'baby.checkins.get', args: (r) => ({ subject_id: r.params.id, id: r.params.checkin_id }) },
  { method: 'GET', url: '/api/subjects/:id/checkins/stats', proc: 'baby.checkins.stats', args: (r) => ({ ...r.query, subject_id: r.params.id }) },
  { method: 'GET', url: '/api/subjects/:id/checkins/timeseries', proc: 'baby.checkins.timeseries', args: (r) => ({ ...r.query, subject_id: r.params.id }) },
  { method: 'GET', url: '/api/subjects/:id/cry-episodes', proc: 'baby.episodes.list', args: (r) => ({ ...r.query, subject_id: r.params.id }) },
  // A kept clip as the WAV file itself (the RPC `baby.clips.get` carries it as base64).
  {
    method: 'GET',
    url: '/api/subjects/:id/cry-episodes/:episode_id/clip',
    proc: 'baby.clips.get',
    args: (r) => ({ subject_id: r.params.id, episode_id: r.params.episode_id }),
    file: (out) => {
      const clip = out as ProcOutput<'baby.clips.get'>;
      return { type: clip.mime, filename: clip.filename, bytes: Buffer.from(clip.wav_base64, 'base64') };
    },
  },
  { method: 'DELETE', url: '/api/subjects/:id/cry-episodes/:episode_id/clip', proc: 'baby.clips.delete', args: (r) => ({ subject_id: r.params.id, episode_id: r.params.episode_id }) },

  // A PDF report (contract section 5); RPC and IPC carry it as base64.
  {
    method: 'POST',
    url: '/api/subjects/:id/reports',
    proc: 'reports.print',
    args: (r) => ({ ...body(r.body), subject_id: r.params.id }),
    file: (out) => {
      const pdf = out as ProcOutput<'reports.print'>;
      return { type: pdf.mime, filename: pdf.filename, bytes: Buffer.from(pdf.pdf_base64, 'base64') };
    },
  },
];
