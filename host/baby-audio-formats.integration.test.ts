import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasCryData, hasCryModel, hasSox, heldOutAudio, heldOutClip, REPO_ROOT } from '../core/baby/testing';
import { startTestHub } from './testing';

/**
 * Audio as people have it, through the hub (issue 19): FLAC, MP3, Ogg Vorbis and Ogg Opus
 * uploads of a held-out cry give the WAV's answer and store its windows; the same cry as M4A
 * (committed, core/audio/fixtures/) gives the FLAC's, in an upload and in check-ins (JSON and
 * form), while a truncated M4A and an MP4 without sound are refused naming the problem; and
 * the old backend's multipart check-in form (temperature, humidity, notes, audio) is stored
 * and read back by id, with bad parts refused naming the field and nothing stored.
 */
const ready = hasSox && hasCryData && hasCryModel;

type Hub = Awaited<ReturnType<typeof startTestHub>>;
const FIXTURES = join(REPO_ROOT, 'core', 'audio', 'fixtures');
const json = async (r: Response) => (await r.json()) as any;

describe.skipIf(!ready)('recordings in any common format and the check-in form, through the hub', () => {
  let hub: Hub;
  let dir: string;
  let owner: string;
  const files: Record<string, string> = {};

  const newBaby = async (name: string) => (await hub.api('POST', '/api/subjects', { name, kind: 'baby' }, owner)).body.id as string;
  const upload = (s: string, bytes: Uint8Array, type: string) =>
    fetch(`${hub.url}/api/subjects/${s}/audio`, { method: 'POST', headers: { 'content-type': type, authorization: `Bearer ${owner}` }, body: bytes });
  const windows = async (s: string) => (await hub.api('GET', `/api/subjects/${s}/observations?metric=cry_probability&limit=1000`, undefined, owner)).body.items as unknown[];
  const checkins = async (s: string) => (await hub.api('GET', `/api/subjects/${s}/checkins`, undefined, owner)).body.total as number;
  const postForm = (s: string, form: FormData, token = owner) => fetch(`${hub.url}/api/subjects/${s}/checkins`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const audioBlob = (path: string, type: string) => new Blob([readFileSync(path)], { type });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tend-audio-formats-'));
    for (const f of ['flac', 'mp3', 'ogg', 'opus'] as const) {
      const { wav, path } = heldOutAudio('cry', dir, f);
      files[f] = path;
      files.wav = wav;
    }
    hub = await startTestHub();
    owner = await hub.signUp('parent@example.org');
  }, 120_000);

  afterAll(async () => {
    if (hub) await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('POST /audio answers a FLAC, MP3, Ogg Vorbis and Ogg Opus cry like its WAV and stores its windows', async () => {
    const s = await newBaby('Formats');
    const wavRes = await upload(s, readFileSync(files.wav!), 'audio/wav');
    expect(wavRes.status).toBe(200);
    const wav = await json(wavRes);
    expect(wav.cry).toBe(true);
    const stored = (await windows(s)).length;
    expect(stored).toBeGreaterThan(3);
    for (const [f, type] of [['flac', 'audio/flac'], ['mp3', 'audio/mpeg'], ['ogg', 'audio/ogg'], ['opus', 'audio/ogg; codecs=opus']] as const) {
      const other = await newBaby(`Format ${f}`);
      // The type is a hint only: the bytes decide (an MP3 sent as octet-stream is read too).
      const res = await upload(other, readFileSync(files[f]!), f === 'mp3' ? 'application/octet-stream' : type);
      expect(res.status, f).toBe(200);
      const out = await json(res);
      expect(out.cry, f).toBe(true);
      expect(out.segments.length, f).toBe(wav.segments.length);
      expect(Math.abs(out.probability - wav.probability), f).toBeLessThan(0.15);
      expect(Math.abs((await windows(other)).length - stored), f).toBeLessThanOrEqual(1);
    }
  }, 240_000);

  it('POST /audio answers an M4A of a cry like the same recording as FLAC, and stores its windows', async () => {
    const flac = await newBaby('M4A vs FLAC');
    const fromFlac = await upload(flac, readFileSync(heldOutClip('cry').path), 'audio/flac');
    expect(fromFlac.status).toBe(200);
    const a = await json(fromFlac);
    const s = await newBaby('M4A');
    const res = await upload(s, readFileSync(join(FIXTURES, 'cry.m4a')), 'audio/x-m4a');
    expect(res.status).toBe(200);
    const b = await json(res);
    expect(a.cry).toBe(true);
    expect(b.cry).toBe(true);
    expect(b.segments.length).toBe(a.segments.length);
    expect(Math.abs(b.probability - a.probability)).toBeLessThan(0.1);
    b.segments.forEach((seg: { start_s: number; end_s: number }, i: number) => {
      expect(Math.abs(seg.start_s - a.segments[i].start_s)).toBeLessThanOrEqual(1);
      expect(Math.abs(seg.end_s - a.segments[i].end_s)).toBeLessThanOrEqual(0.1);
    });
    const stored = await windows(s);
    expect(stored.length).toBe((await windows(flac)).length);
    // Uploading the same file again stores nothing new (ids from its hash).
    expect((await upload(s, readFileSync(join(FIXTURES, 'cry.m4a')), 'audio/mp4')).status).toBe(200);
    expect(await windows(s)).toHaveLength(stored.length);
  }, 120_000);

  it('POST /audio refuses a truncated M4A and an MP4 without sound with 400 naming the problem, and stores nothing', async () => {
    const s = await newBaby('M4A bad');
    const m4a = readFileSync(join(FIXTURES, 'cry.m4a'));
    const cut = await upload(s, m4a.subarray(0, 20_000), 'audio/x-m4a');
    expect(cut.status).toBe(400);
    const e1 = (await json(cut)).error;
    expect(e1.field).toBe('audio');
    expect(e1.message).toMatch(/^truncated M4A file: its audio data \(the 'mdat' box\) should run to byte \d+, the file ends at 20000$/);
    const video = await upload(s, readFileSync(join(FIXTURES, 'video-only.mp4')), 'video/mp4');
    expect(video.status).toBe(400);
    const e2 = (await json(video)).error;
    expect(e2.field).toBe('audio');
    expect(e2.message).toBe('an MP4 with no audio track (it holds video only) is not read; send WAV, FLAC, MP3, Ogg Vorbis, Ogg Opus or M4A/AAC');
    expect(await windows(s)).toHaveLength(0);
  });

  it('a check-in with an M4A, as JSON (base64) and as a form, finds the cry; a truncated one stores nothing', async () => {
    const m4a = readFileSync(join(FIXTURES, 'cry.m4a'));
    const s = await newBaby('Check-in M4A');
    const viaJson = await hub.api('POST', `/api/subjects/${s}/checkins`, { temperature: 37.1, audio_wav_base64: m4a.toString('base64') }, owner);
    expect(viaJson.status).toBe(201);
    expect(viaJson.body).toMatchObject({ cry_detected: true });
    expect(viaJson.body.cry_probability).toBeGreaterThan(0.5);
    const form = new FormData();
    form.set('temperature', '37.2');
    form.set('audio', new Blob([m4a], { type: 'audio/x-m4a' }), 'voice-memo.m4a');
    const viaForm = await postForm(s, form);
    expect(viaForm.status).toBe(201);
    const made = await json(viaForm);
    expect(made).toMatchObject({ cry_detected: true, temperature: 37.2 });
    expect(made.cry_probability).toBeCloseTo(viaJson.body.cry_probability, 6);
    expect(await checkins(s)).toBe(2);

    const bad = await newBaby('Check-in M4A cut');
    const cut = new FormData();
    cut.set('temperature', '37');
    cut.set('audio', new Blob([m4a.subarray(0, m4a.length - 500)], { type: 'audio/x-m4a' }), 'cut.m4a');
    const refused = await postForm(bad, cut);
    expect(refused.status).toBe(400);
    const err = (await json(refused)).error;
    expect(err.field).toBe('audio');
    expect(err.message).toMatch(/^truncated M4A file/);
    expect(await checkins(bad)).toBe(0);
    expect(await windows(bad)).toHaveLength(0);
    const temps = await hub.api('GET', `/api/subjects/${bad}/observations?metric=body_temperature`, undefined, owner);
    expect(temps.body.items).toHaveLength(0);
  }, 120_000);

  it('takes the old backend\'s form (temperature, humidity, notes, audio) and reads it back by id', async () => {
    const s = await newBaby('Form');
    const form = new FormData();
    form.set('temperature', '38.4');
    form.set('humidity', '45');
    form.set('notes', 'fussy after the bath');
    form.set('audio', audioBlob(files.opus!, 'audio/ogg'), 'cry.opus');
    const res = await postForm(s, form);
    expect(res.status).toBe(201);
    const made = await json(res);
    expect(made).toMatchObject({ subject_id: s, temperature: 38.4, humidity: 45, note: 'fussy after the bath', cry_detected: true, sick_detected: true });
    expect(made.cry_probability).toBeGreaterThan(0.5);
    const got = await hub.api('GET', `/api/subjects/${s}/checkins/${made.id}`, undefined, owner);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(made);
    // The form's numbers are readings like any other.
    const temps = await hub.api('GET', `/api/subjects/${s}/observations?metric=body_temperature`, undefined, owner);
    expect(temps.body.items.map((o: { value: number }) => o.value)).toEqual([38.4]);
    expect((await windows(s)).length).toBeGreaterThan(3);
  }, 120_000);

  it('a form without audio, with empty optional fields, is a plain check-in', async () => {
    const s = await newBaby('Form plain');
    const form = new FormData();
    form.set('temperature', '36.8');
    form.set('humidity', '');
    form.set('notes', '');
    const res = await postForm(s, form);
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({ temperature: 36.8, humidity: null, note: '', cry_detected: false, sick_detected: false, cry_probability: null });
  });

  it('bad parts are refused naming the field, and nothing is stored', async () => {
    const s = await newBaby('Form bad');
    const cases: Array<[string, (f: FormData) => void, number]> = [
      ['temperature', (f) => f.set('temperature', 'hot'), 400],
      ['temperature', (f) => f.set('temperature', '80'), 400],
      ['humidity', (f) => f.set('humidity', '12,5'), 400],
      ['colour', (f) => f.set('colour', 'red'), 400],
      ['audio', (f) => f.set('audio', 'not a file'), 400],
      ['picture', (f) => f.set('picture', new Blob([new Uint8Array(10)]), 'x.png'), 400],
      ['audio', (f) => f.set('audio', new Blob([new Uint8Array(17 * 1024 * 1024)], { type: 'audio/wav' }), 'big.wav'), 413],
      ['audio', (f) => f.set('audio', new Blob([new TextEncoder().encode('\0\0\0\x20ftypM4A \0\0\0\0M4A mp42isom').buffer as ArrayBuffer, new Uint8Array(2000)]), 'voice.m4a'), 400],
      ['notes', (f) => f.set('notes', 'x'.repeat(20_001)), 400],
    ];
    for (const [field, fill, status] of cases) {
      const form = new FormData();
      form.set('humidity', '40');
      fill(form);
      const res = await postForm(s, form);
      expect(res.status, field).toBe(status);
      const err = (await json(res)).error;
      expect(err.field, `${field}: ${err.message}`).toBe(field);
      expect(err.message, field).toContain(field);
    }
    // A note made of a 5,001-character string passes busboy but not the schema.
    const long = new FormData();
    long.set('notes', 'é'.repeat(5001));
    const res = await postForm(s, long);
    expect(res.status).toBe(400);
    expect(await checkins(s)).toBe(0);
    expect(await windows(s)).toHaveLength(0);
    const obs = await hub.api('GET', `/api/subjects/${s}/observations?metric=humidity`, undefined, owner);
    expect(obs.body.items).toHaveLength(0);
  }, 120_000);

  it('GET a check-in: 404 for an unknown id, refused for someone else\'s subject; a form from nobody is 401, a form elsewhere 415', async () => {
    const s = await newBaby('Form access');
    expect((await hub.api('GET', `/api/subjects/${s}/checkins/nope`, undefined, owner)).status).toBe(404);
    const made = (await hub.api('POST', `/api/subjects/${s}/checkins`, { temperature: 37 }, owner)).body;
    const stranger = await hub.signUp('stranger@example.org');
    expect([403, 404]).toContain((await hub.api('GET', `/api/subjects/${s}/checkins/${made.id}`, undefined, stranger)).status);
    const form = new FormData();
    form.set('temperature', '37');
    expect([403, 404]).toContain((await postForm(s, form, stranger)).status);
    const anonymous = await fetch(`${hub.url}/api/subjects/${s}/checkins`, { method: 'POST', body: form });
    expect(anonymous.status).toBe(401);
    const elsewhere = await fetch(`${hub.url}/api/subjects/${s}/events`, { method: 'POST', headers: { authorization: `Bearer ${owner}` }, body: form });
    expect(elsewhere.status).toBe(415);
    expect(await checkins(s)).toBe(1);
  });
});
