import { z } from 'zod';
import { on } from './access';
import { None, Ok, procedure } from './define';
import { IsoTime } from './observations';
import { Interval, Priority } from './schemas';

/**
 * The baby monitor's procedures (issue 6): cry analysis of files and of the live
 * microphone stream, check-ins (the old baby backend's records), cry episodes, saved
 * clips and the per-subject monitor settings.
 */

const SubjectId = z.string().min(1);
const intQuery = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
/** Booleans from JSON or from a query string (`?cry_detected=true`). */
export const QueryBool = z.union([z.boolean(), z.enum(['true', 'false', '1', '0'])]).transform((v) => v === true || v === 'true' || v === '1');

/** Base64 of a WAV file: at most ~16 MB of audio (≈ 3 min of 44.1 kHz stereo 16-bit). */
const WavBase64 = z.string().min(1).max(22_000_000);

/** Contract section 1 (`tend cry --json`) and `POST /api/subjects/:id/audio`. */
export const CrySegment = z.object({
  /** s from the start of the recording */
  start_s: z.number(),
  /** s */
  end_s: z.number(),
  /** Peak window cry probability in the segment, 0–1. */
  probability: z.number(),
});
export const CryAnalysis = z.object({ cry: z.boolean(), probability: z.number(), segments: z.array(CrySegment) });
export type CryAnalysis = z.infer<typeof CryAnalysis>;

/**
 * dBFS: a live chunk whose peak (after removing its mean: a muted input can sit at a
 * constant offset) is below this is digital silence. −80 dBFS is 3 steps of 16-bit PCM.
 * A real microphone in a quiet nursery stays well above it at any ordinary gain (its own
 * self-noise and the room's give peaks of about −70 to −40 dBFS), while a muted switch,
 * an unplugged jack or the wrong input device give zeros or a steady value.
 */
export const SILENT_PEAK_DBFS = -80;

/**
 * Per-subject monitor settings, kept under `settings.baby` of the subject. Every rule of
 * issue 6 reads its limits from here; the defaults are the issue's.
 */
const settingsFields = {
  /** °C; body temperature at or above this is a fever. */
  fever_c: z.number().min(36).max(42),
  /** min; a cry episode and a fever this close in time make "may be ill". */
  ill_window_min: z.number().int().min(1).max(720),
  /** °C; the room range. */
  room_min_c: z.number().min(-10).max(40),
  room_max_c: z.number().min(-10).max(45),
  /** %RH; the humidity range. */
  humidity_min: z.number().min(0).max(100),
  humidity_max: z.number().min(0).max(100),
  /** min the room must stay out of range before a low-priority alert. */
  room_sustain_min: z.number().int().min(0).max(1440),
  /** Priority of the alert raised when a cry episode starts; `off` raises none. */
  cry_alert: z.union([Priority, z.literal('off')]),
  /** Privacy: false (default) keeps no audio at all; true keeps 10 s clips around episodes. */
  keep_clips: z.boolean(),
  /** days a kept clip is stored before it is deleted. */
  clip_retention_days: z.number().int().min(1).max(365),
  /**
   * days the second-by-second `cry_probability` windows are kept (about 23 MB a day of
   * listening); older ones are deleted, while their 5-minute, hourly and daily summaries
   * and the cry episodes stay.
   */
  window_retention_days: z.number().int().min(1).max(3650),
  /**
   * s without any audio chunk from a live session that was not stopped (`audio.stop`)
   * before "Cry monitoring stopped" (medium) is raised; `off` raises none. At least 10 s:
   * chunks come twice a second, but a busy machine or network can hold a few back.
   */
  audio_loss_alert_s: z.union([z.number().int().min(10).max(3600), z.literal('off')]),
  /**
   * s of live audio whose every chunk is digital silence (peak below
   * `SILENT_PEAK_DBFS`) before "Microphone gives no sound" (medium); `off` raises none.
   */
  silence_alert_s: z.union([z.number().int().min(10).max(3600), z.literal('off')]),
};
/** The defaults. */
export const DEFAULT_BABY_SETTINGS = {
  fever_c: 38.0,
  ill_window_min: 30,
  room_min_c: 16,
  room_max_c: 22,
  humidity_min: 40,
  humidity_max: 60,
  room_sustain_min: 10,
  cry_alert: 'medium',
  keep_clips: false,
  clip_retention_days: 7,
  window_retention_days: 30,
  audio_loss_alert_s: 30,
  silence_alert_s: 60,
} as const satisfies { [K in keyof typeof settingsFields]: z.infer<(typeof settingsFields)[K]> };
export const BabySettings = z.object({
  fever_c: settingsFields.fever_c.default(DEFAULT_BABY_SETTINGS.fever_c),
  ill_window_min: settingsFields.ill_window_min.default(DEFAULT_BABY_SETTINGS.ill_window_min),
  room_min_c: settingsFields.room_min_c.default(DEFAULT_BABY_SETTINGS.room_min_c),
  room_max_c: settingsFields.room_max_c.default(DEFAULT_BABY_SETTINGS.room_max_c),
  humidity_min: settingsFields.humidity_min.default(DEFAULT_BABY_SETTINGS.humidity_min),
  humidity_max: settingsFields.humidity_max.default(DEFAULT_BABY_SETTINGS.humidity_max),
  room_sustain_min: settingsFields.room_sustain_min.default(DEFAULT_BABY_SETTINGS.room_sustain_min),
  cry_alert: settingsFields.cry_alert.default(DEFAULT_BABY_SETTINGS.cry_alert),
  keep_clips: settingsFields.keep_clips.default(DEFAULT_BABY_SETTINGS.keep_clips),
  clip_retention_days: settingsFields.clip_retention_days.default(DEFAULT_BABY_SETTINGS.clip_retention_days),
  window_retention_days: settingsFields.window_retention_days.default(DEFAULT_BABY_SETTINGS.window_retention_days),
  audio_loss_alert_s: settingsFields.audio_loss_alert_s.default(DEFAULT_BABY_SETTINGS.audio_loss_alert_s),
  silence_alert_s: settingsFields.silence_alert_s.default(DEFAULT_BABY_SETTINGS.silence_alert_s),
});
export type BabySettings = z.infer<typeof BabySettings>;
/** A change to some settings; fields left out keep their value. */
export const BabySettingsPatch = z.object(settingsFields).partial().strict();

export const Checkin = z.object({
  id: z.string(),
  subject_id: z.string(),
  t: z.string(),
  /** °C (body temperature) */
  temperature: z.number().nullable(),
  /** %RH */
  humidity: z.number().nullable(),
  note: z.string().nullable(),
  cry_detected: z.boolean(),
  sick_detected: z.boolean(),
  /** The cry analysis of the attached audio, when there was one. */
  cry_probability: z.number().nullable(),
});
export type Checkin = z.infer<typeof Checkin>;

export const CheckinCreate = z.object({
  subject_id: SubjectId,
  /** Client-made id: a retried check-in is stored once. */
  id: z.string().min(1).max(64).optional(),
  /** When it was taken; default now. */
  t: IsoTime.optional(),
  /** °C body temperature (25–45). */
  temperature: z.number().min(25).max(45).optional(),
  /** %RH */
  humidity: z.number().min(0).max(100).optional(),
  note: z.string().max(5000).optional(),
  /** Explicit flags override what the audio and the fever rule say. */
  cry_detected: z.boolean().optional(),
  sick_detected: z.boolean().optional(),
  /** A recording (WAV, FLAC, MP3, Ogg Vorbis, Ogg Opus or M4A/AAC), base64: analysed for crying and not kept. */
  audio_wav_base64: WavBase64.optional(),
});

export const CheckinQuery = z.object({
  subject_id: SubjectId,
  cry_detected: QueryBool.optional(),
  sick_detected: QueryBool.optional(),
  from: IsoTime.optional(),
  to: IsoTime.optional(),
  limit: intQuery(1, 1000).default(50),
  offset: intQuery(0, 1_000_000).default(0),
});
export const CheckinPage = z.object({ items: z.array(Checkin), total: z.number() });

export const CheckinRange = z.object({ subject_id: SubjectId, from: IsoTime.optional(), to: IsoTime.optional() });
export const CheckinStats = z.object({
  total: z.number(),
  cry_count: z.number(),
  sick_count: z.number(),
  /** °C over check-ins that have one */
  avg_temperature: z.number().nullable(),
  /** %RH over check-ins that have one */
  avg_humidity: z.number().nullable(),
  max_temperature: z.number().nullable(),
  latest: Checkin.nullable(),
});
export const CheckinBucket = z.object({
  /** Bucket start, UTC. */
  t: z.string(),
  count: z.number(),
  cry_count: z.number(),
  sick_count: z.number(),
  avg_temperature: z.number().nullable(),
  avg_humidity: z.number().nullable(),
});

export const CryEpisode = z.object({
  id: z.string(),
  subject_id: z.string(),
  /** 'live' (microphone) or 'file' (an uploaded recording or a check-in's audio). */
  source: z.enum(['live', 'file']),
  start: z.string(),
  /** null while the episode is still going on. */
  end: z.string().nullable(),
  /** Peak window cry probability, 0–1. */
  peak: z.number(),
  has_clip: z.boolean(),
});
export type CryEpisode = z.infer<typeof CryEpisode>;

/**
 * The cry detector in force (models/cry-detect, MODEL.md) and the rules that make its
 * window scores episodes (core/audio/episodes.ts): what a report says about the detector.
 */
export const CryModelCard = z.object({
  /** The model's version (eval.json), null if it does not say. */
  version: z.number().nullable(),
  /** Hz the model listens at. */
  sample_rate: z.number(),
  /** s of audio scored at a time. */
  window_s: z.number(),
  /** s between the starts of overlapping windows. */
  hop_s: z.number(),
  /** A window with cry probability (0–1) at or above this starts an episode. */
  threshold: z.number(),
  /** An episode continues while windows stay at or above this (0–1). */
  exit_threshold: z.number(),
  /** s; shorter episodes are dropped. */
  min_episode_s: z.number(),
  /** s; crying resumed within this pause continues the same episode. */
  merge_gap_s: z.number(),
});
export type CryModelCard = z.infer<typeof CryModelCard>;

/** Names one cry episode of a subject. */
export const EpisodeRef = z.object({ subject_id: SubjectId, episode_id: z.string().min(1).max(200) });

/**
 * A clip kept around a live cry episode (only with `keep_clips`): a 16 kHz mono 16-bit
 * PCM WAV of 10 s, from 2 s before the episode's start (or the session's start) to 8 s
 * after. Over HTTP, `GET /api/subjects/:id/cry-episodes/:episode_id/clip` answers the
 * WAV bytes themselves.
 */
export const CryClip = z.object({
  id: z.string(),
  subject_id: z.string(),
  episode_id: z.string(),
  /** Time of the clip's first sample, UTC. */
  start: z.string(),
  /** Time just after its last sample, UTC. */
  end: z.string(),
  /** Hz */
  sample_rate: z.number(),
  /** s */
  duration_s: z.number(),
  /** When it was stored; it is deleted `clip_retention_days` after this. */
  created_at: z.string(),
  /** A download name with the subject and the episode's start time (UTC). */
  filename: z.string(),
  mime: z.literal('audio/wav'),
  /** The WAV file, base64. */
  wav_base64: z.string(),
});
export type CryClip = z.infer<typeof CryClip>;

export const AudioChunk = z.object({
  subject_id: SubjectId,
  /** Made by the client when it starts listening; one analyser per session. */
  session_id: z.string().min(8).max(64),
  /** Hz of `pcm` (the renderer downsamples to 16000). */
  sample_rate: z.number().int().min(8000).max(192_000),
  /** Mono signed 16-bit little-endian PCM, base64; at most 10 s at 48 kHz per chunk. */
  pcm: z.string().max(1_300_000),
  /** Chunk number in the session, from 0; a repeated number is ignored (retry). */
  seq: z.number().int().min(0),
  /** Capture time of the chunk's first sample; the session starts at the first chunk's. */
  t: IsoTime.optional(),
});
export const AudioChunkOutput = z.object({
  /** Windows completed by this chunk. */
  windows: z.array(z.object({ t: z.string(), probability: z.number() })),
  /** True while a cry episode is open. */
  crying: z.boolean(),
  /** Episodes started or ended by this chunk. */
  episodes: z.array(CryEpisode),
});

export const babyProcedures = {
  'baby.settings.get': procedure(z.object({ subject_id: SubjectId }), BabySettings, on('read')),
  'baby.settings.put': procedure(z.object({ subject_id: SubjectId, settings: BabySettingsPatch }), BabySettings, on('write')),

  'baby.checkins.create': procedure(CheckinCreate, Checkin, on('write')),
  'baby.checkins.list': procedure(CheckinQuery, CheckinPage, on('read')),
  /** One check-in by id; 404 when this subject has none with that id. */
  'baby.checkins.get': procedure(z.object({ subject_id: SubjectId, id: z.string().min(1).max(64) }), Checkin, on('read')),
  'baby.checkins.stats': procedure(CheckinRange, CheckinStats, on('read')),
  'baby.checkins.timeseries': procedure(CheckinRange.extend({ interval: Interval }), z.object({ items: z.array(CheckinBucket) }), on('read')),

  'baby.episodes.list': procedure(CheckinRange.extend({ limit: intQuery(1, 1000).default(50) }), z.object({ items: z.array(CryEpisode) }), on('read')),
  /** The cry detector's version, threshold and episode rules (read from the model's eval.json). */
  'baby.cry.model': procedure(None, CryModelCard, 'signed_in'),
  /** The clip kept around an episode; 404 for an unknown episode or one without a kept clip. */
  'baby.clips.get': procedure(EpisodeRef, CryClip, on('read')),
  /** Deletes an episode's kept clip (privacy; the episode itself stays). Owner, caregiver or clinician. */
  'baby.clips.delete': procedure(EpisodeRef, Ok, on('write')),

  /** A whole WAV file (IPC and RPC; over HTTP, `POST /api/subjects/:id/audio` takes raw bytes). */
  'audio.analyze': procedure(z.object({ subject_id: SubjectId, wav_base64: WavBase64, start: IsoTime.optional() }), CryAnalysis, on('write')),
  /** Live microphone PCM, every ~0.5–1 s. */
  'audio.chunk': procedure(AudioChunk, AudioChunkOutput, on('write')),
  /** Stops listening: scores the tail and closes an open episode. */
  'audio.stop': procedure(z.object({ subject_id: SubjectId, session_id: z.string().min(8).max(64) }), z.object({ episodes: z.array(CryEpisode) }), on('write')),
} as const;
