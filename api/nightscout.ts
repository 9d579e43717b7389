import { z } from 'zod';
import { on } from './access';
import { procedure } from './define';
import { SubjectRef } from './schemas';

/**
 * A Nightscout-compatible API (REST API v1, the one phone uploaders and watch faces
 * speak) in front of one person's record. README "Connect your sensors" says how a
 * phone is set up. Each person has their own uploader secret: the secret chooses the
 * person, and grants reading and writing that person only.
 *
 * Documents cross as Nightscout's own JSON (field names, `date` in epoch ms,
 * `dateString`/`created_at` ISO 8601). Their fields are checked in the core, which
 * names the item and field at fault (`docs[3].sgv`) and stores nothing from a batch
 * with one bad item.
 */

/** A Nightscout document, as an uploader sends it or a watch face reads it. */
export const NsDoc = z.record(z.string(), z.unknown());
export type NsDoc = z.infer<typeof NsDoc>;

/** Uploads are arrays (a single document is wrapped by the route); 10,000 at most, like the hub's own ingest. */
const Docs = z.array(z.unknown()).max(10_000, { message: 'at most 10,000 documents in one upload' });

/**
 * Nightscout's query: `count` (default 10, newest first) and `find[field][$op]=value`
 * filters, already taken apart by the route into `{field: {op: value}}` (an operator
 * of `$eq` for a plain `find[field]=value`). Operators: `$eq $ne $gt $gte $lt $lte $in $nin`.
 */
export const NsQuery = SubjectRef.extend({
  count: z.coerce.number().int().min(1).max(10_000).default(10),
  find: z.record(z.string(), z.partialRecord(z.enum(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin']), z.union([z.string(), z.array(z.string())]))).default({}),
});
export type NsQuery = z.infer<typeof NsQuery>;

/** The entry kinds a path can ask for: `/entries/sgv.json`, `/entries/mbg.json`, `/entries/cal.json`. */
export const NsEntryKind = z.enum(['sgv', 'mbg', 'cal']);

/** What an upload did: the documents as stored (Nightscout answers with them), and counts. */
export const NsUploadResult = z.object({
  docs: z.array(NsDoc),
  /** Documents stored now. */
  accepted: z.number().int(),
  /** Documents already stored (a re-upload): nothing added. */
  duplicates: z.number().int(),
  /** Documents understood but with nothing for Tend to keep (calibration slopes, Dexcom status codes, basal changes). */
  ignored: z.number().int(),
});
export type NsUploadResult = z.infer<typeof NsUploadResult>;

/** A person's phone uploader secret, as the owner sees it to type into the phone. */
export const NsUploader = z.object({
  subject_id: z.string(),
  /** The secret itself (at least 12 characters); null until one is created. */
  api_secret: z.string().nullable(),
  /** SHA-1 hex of the secret: what uploaders send in the `api-secret` header. */
  api_secret_sha1: z.string().nullable(),
  /** The hub's address as a phone on the same network would type it (`http://192.168.1.20:4477`); null when no hub has run. */
  url: z.string().nullable(),
  /** True when `url` is this machine's loopback address: a phone cannot reach it (start the hub with `--host 0.0.0.0`). */
  url_is_local_only: z.boolean(),
  created_at: z.string().nullable(),
  rotated_at: z.string().nullable(),
});
export type NsUploader = z.infer<typeof NsUploader>;

/** The latest state the uploaders sent (devicestatus), merged per part, as the Diabetes dashboard shows it. */
export const NsDeviceSummary = z.object({
  uploader: z.object({ device: z.string(), at: z.string(), battery: z.number().nullable(), charging: z.boolean().nullable() }).nullable(),
  pump: z
    .object({
      device: z.string(),
      at: z.string(),
      /** Units of insulin left. */
      reservoir: z.number().nullable(),
      /** % */
      battery_percent: z.number().nullable(),
      /** V */
      battery_voltage: z.number().nullable(),
      status: z.string().nullable(),
    })
    .nullable(),
  loop: z
    .object({
      device: z.string(),
      at: z.string(),
      /** Insulin on board, U, as the loop computed it. */
      iob: z.number().nullable(),
      /** Carbs on board, g. */
      cob: z.number().nullable(),
      /** The loop's own predicted eventual glucose, mg/dL. */
      eventual_bg: z.number().nullable(),
    })
    .nullable(),
});
export type NsDeviceSummary = z.infer<typeof NsDeviceSummary>;

/** API v3's collections (Tend keeps no `food` or `settings`). */
export const NsV3Collection = z.enum(['entries', 'treatments', 'devicestatus', 'profile']);
export type NsV3Collection = z.infer<typeof NsV3Collection>;

/**
 * API v3 reads: `history` = documents stored or changed after `since` (ms), oldest change
 * first (`/{collection}/history/{since}`); `search` = by the document's own time after
 * `since`, ascending or descending (`?sort=date&date$gt=…`, `?sort$desc=date`).
 */
export const NsV3Read = SubjectRef.extend({
  collection: NsV3Collection,
  mode: z.enum(['history', 'search']),
  since: z.number().int().min(0).nullable().default(null),
  sort: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type NsV3Read = z.infer<typeof NsV3Read>;

export const NsV3LastModified = z.object({
  srvDate: z.number(),
  collections: z.object({ devicestatus: z.number(), entries: z.number(), profile: z.number(), treatments: z.number() }),
});
export type NsV3LastModified = z.infer<typeof NsV3LastModified>;

const p = procedure;
const Upload = SubjectRef.extend({ docs: Docs });

export const nightscoutProcedures = {
  /** The person's uploader secret (owner only); `api_secret` null when none was made yet. */
  'nightscout.uploader.get': p(SubjectRef, NsUploader, on('own')),
  /** Makes the person's uploader secret if there is none (owner only); answers the existing one otherwise. */
  'nightscout.uploader.create': p(SubjectRef, NsUploader, on('own')),
  /** A new secret for the person (owner only): the old one stops working at once. */
  'nightscout.uploader.rotate': p(SubjectRef, NsUploader, on('own')),

  /** `POST /api/v1/entries`: `sgv` → glucose readings, `mbg` → meter readings; re-uploads add nothing. */
  'nightscout.entries.upload': p(Upload, NsUploadResult, on('write')),
  /** `GET /api/v1/entries[.json]`, `/entries/sgv.json`, `/entries/current.json`: newest first. */
  'nightscout.entries.list': p(NsQuery.extend({ kind: NsEntryKind.optional() }), z.array(NsDoc), on('read')),
  /** `POST/PUT /api/v1/treatments`: carbs → meals, insulin → insulin doses, BG checks → meter readings. */
  'nightscout.treatments.upload': p(Upload, NsUploadResult, on('write')),
  'nightscout.treatments.list': p(NsQuery, z.array(NsDoc), on('read')),
  /** `DELETE /api/v1/treatments/:id`: removes what that treatment made (uploaders delete before re-sending an edit). */
  'nightscout.treatments.delete': p(SubjectRef.extend({ id: z.string().min(1).max(200) }), z.object({ n: z.number().int() }), on('write')),
  /** `POST /api/v1/devicestatus`: keeps the latest document per uploading device. */
  'nightscout.devicestatus.upload': p(Upload, NsUploadResult, on('write')),
  'nightscout.devicestatus.list': p(NsQuery, z.array(NsDoc), on('read')),
  /** The latest uploader battery, pump and loop state (Diabetes dashboard). */
  'nightscout.devicestatus.summary': p(SubjectRef, NsDeviceSummary, on('read')),
  /** `GET /api/v1/status.json`: server and settings (units, the person's glucose thresholds). */
  'nightscout.status': p(SubjectRef, NsDoc, on('read')),
  /** `GET /api/v1/profile.json`: the person's dosing settings as a Nightscout profile (none until they are set). */
  'nightscout.profile': p(SubjectRef, z.array(NsDoc), on('read')),
  /** `POST/PUT /api/v1/profile` (Loop sends its settings): checked as documents and answered, not stored — Tend's dosing settings are entered in the app. */
  'nightscout.profile.upload': p(Upload, NsUploadResult, on('write')),
  /** API v3 `GET /api/v3/{collection}[/history/{since}]` (AndroidAPS's NSClientV3). */
  'nightscout.v3.read': p(NsV3Read, z.array(NsDoc), on('read')),
  /** API v3 `GET /api/v3/lastModified`: the newest change per collection. */
  'nightscout.v3.lastModified': p(SubjectRef, NsV3LastModified, on('read')),
  /** API v3: one treatment by its identifier (what a PATCH changes), null when none. */
  'nightscout.v3.find': p(SubjectRef.extend({ collection: NsV3Collection, identifier: z.string().min(1).max(200) }), NsDoc.nullable(), on('read')),
  /** `GET /pebble`: the small JSON watch faces read. */
  'nightscout.pebble': p(SubjectRef.extend({ count: z.coerce.number().int().min(1).max(100).default(1) }), NsDoc, on('read')),
} as const;
