import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ApiError, badRequest, isApiError } from '../api/errors';

/**
 * The old baby backend's check-in form (multipart/form-data: `temperature`, `humidity`,
 * `notes`, `audio`), read into the same arguments as the JSON check-in, so the procedure's
 * schema, access check and storage are the ones every transport uses. Each part is read
 * with its own limit; anything the form does not have, a repeated field, a value that is
 * not a number or too large a part is refused naming the field, before anything is stored.
 */

/** Longest text field, bytes: a 5,000-character note in any script (UTF-8, up to 4 bytes each). */
const MAX_FIELD_BYTES = 20_000;
/** Largest audio part, bytes: what `audio_wav_base64` holds (22 M base64 characters). */
export const MAX_FORM_AUDIO_BYTES = 16 * 1024 * 1024;

/** The form's text fields and the check-in argument each fills; `notes` is the old backend's name. */
const TEXT_FIELDS: Record<string, 'id' | 't' | 'note' | 'temperature' | 'humidity' | 'cry_detected' | 'sick_detected'> = {
  id: 'id',
  t: 't',
  timestamp: 't',
  note: 'note',
  notes: 'note',
  temperature: 'temperature',
  humidity: 'humidity',
  cry_detected: 'cry_detected',
  sick_detected: 'sick_detected',
};

/** Busboy's limits for this form: one file, a handful of short fields. */
export const CHECKIN_FORM_LIMITS = {
  fieldNameSize: 100,
  fieldSize: MAX_FIELD_BYTES,
  fields: Object.keys(TEXT_FIELDS).length,
  files: 1,
  fileSize: MAX_FORM_AUDIO_BYTES,
  parts: Object.keys(TEXT_FIELDS).length + 1,
  headerPairs: 20,
};

const UNITS: Record<string, string> = { temperature: '°C', humidity: '%RH' };

function number(field: string, raw: string): number | undefined {
  const s = raw.trim();
  if (s === '') return undefined;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) throw badRequest(`${field}: must be a number in ${UNITS[field]}, got "${s.slice(0, 40)}"`, field);
  return Number(s);
}

function flag(field: string, raw: string): boolean | undefined {
  const s = raw.trim().toLowerCase();
  if (s === '') return undefined;
  if (s === 'true' || s === '1' || s === 'yes' || s === 'on') return true;
  if (s === 'false' || s === '0' || s === 'no' || s === 'off') return false;
  throw badRequest(`${field}: must be true or false, got "${s.slice(0, 40)}"`, field);
}

/**
 * Reads a multipart check-in into `baby.checkins.create` arguments (less `subject_id`).
 * @throws ApiError 400 naming the field at fault; 413 for an audio part over 16 MB.
 */
export async function readCheckinForm(req: FastifyRequest): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  let parts: AsyncIterableIterator<Multipart>;
  try {
    parts = req.parts({ limits: CHECKIN_FORM_LIMITS });
  } catch (e) {
    throw badRequest(`the form could not be read: ${(e as Error).message}`, 'body');
  }
  try {
    for await (const part of parts) {
      const name = part.fieldname;
      if (seen.has(name)) throw badRequest(`${name}: given more than once`, name);
      seen.add(name);
      if (part.type === 'file') {
        if (name !== 'audio') throw badRequest(`${name}: unexpected file; the check-in form takes one file, "audio"`, name);
        const bytes = await part.toBuffer();
        // A file input left empty still sends a part, with no bytes.
        if (bytes.length) out.audio_wav_base64 = bytes.toString('base64');
        continue;
      }
      if (name === 'audio') throw badRequest('audio: send the recording as a file part (WAV, FLAC, MP3, Ogg Vorbis, Ogg Opus or M4A/AAC)', 'audio');
      const key = TEXT_FIELDS[name];
      if (!key) throw badRequest(`${name}: not a check-in field (the form takes ${[...Object.keys(TEXT_FIELDS), 'audio'].join(', ')})`, name);
      if (part.valueTruncated) throw badRequest(`${name}: longer than ${MAX_FIELD_BYTES} bytes`, name);
      const raw = typeof part.value === 'string' ? part.value : String(part.value);
      const value = key === 'temperature' || key === 'humidity' ? number(name, raw) : key === 'cry_detected' || key === 'sick_detected' ? flag(name, raw) : raw === '' && key !== 'note' ? undefined : raw;
      if (value !== undefined) out[key] = value;
    }
  } catch (e) {
    if (isApiError(e)) throw e;
    const x = e as { code?: string; statusCode?: number; message?: string };
    if (x.code === 'FST_REQ_FILE_TOO_LARGE') throw new ApiError('payload_too_large', `audio: larger than ${MAX_FORM_AUDIO_BYTES / 1024 / 1024} MB`, 'audio');
    if (x.code === 'FST_FILES_LIMIT' || x.code === 'FST_FIELDS_LIMIT' || x.code === 'FST_PARTS_LIMIT') throw badRequest(`the form has too many parts: ${x.message ?? ''}`.trim(), 'body');
    throw badRequest(`the form could not be read: ${x.message ?? String(e)}`, 'body');
  }
  return out;
}
