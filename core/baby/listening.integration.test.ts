import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../api/procedures';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { parseWav } from '../audio/wav';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { mulberry32 } from '../random';
import { babyServices } from './services';
import { hasCryData, hasCryModel, hasSox, heldOutWav } from './testing';

/**
 * The listening watch (listening.ts) through the real core: a SQLite file, the worker
 * thread and the ONNX model, with time driven by a ManualClock and `core.alerts.tick()`
 * standing in for the hub's 15-second timer. Chunks are 0.5 s, as the renderer sends them,
 * and the clock moves 0.5 s before each.
 */
const RATE = 16000;
const CHUNK = RATE / 2;
const T0 = Date.UTC(2026, 2, 10, 2);
const b64 = (x: Int16Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength).toString('base64');
const LISTENING = ['audio_lost', 'mic_silent'];

let dir: string;
/** Held-out household noise at its recorded level, 16 kHz mono. */
let noise: Int16Array;
let core: Core;
let clock: ManualClock;
let ctx: CallContext;
let events: ServerEvent[];
let subject: string;

const listening = () =>
  core.alerts.store.list([subject], { state: 'all', limit: 1000 }).filter((a) => LISTENING.includes(a.kind)).sort((a, b) => a.raised_at - b.raised_at);
const kinds = (state?: 'open' | 'acknowledged' | 'resolved') => listening().filter((a) => !state || a.state === state).map((a) => a.kind);

/** Sends `seconds` of `source` (looped) as one session's chunks, from chunk number `seq`; returns the next number. */
async function send(session: string, source: Int16Array, seconds: number, seq = 0): Promise<number> {
  for (let i = 0; i < seconds * 2; i++, seq++) {
    clock.advance(500);
    const pcm = new Int16Array(CHUNK);
    for (let k = 0; k < CHUNK; k++) pcm[k] = source[(seq * CHUNK + k) % source.length]!;
    await core.call('audio.chunk', { subject_id: subject, session_id: session, sample_rate: RATE, seq, pcm: b64(pcm) }, ctx);
  }
  return seq;
}

/** Moves the clock in timer steps, ticking the engine as the hub does. */
function wait(ms: number, step = 5_000): void {
  for (let left = ms; left > 0; left -= step) {
    clock.advance(Math.min(step, left));
    core.alerts.tick();
  }
}

const ready = hasSox && hasCryData && hasCryModel;

describe.skipIf(!ready)('the listening watch: monitoring that stopped and a microphone that gives no sound', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-baby-listening-'));
    const w = parseWav(readFileSync(heldOutWav('noise', dir)));
    expect(w.sampleRate).toBe(RATE);
    noise = Int16Array.from(w.samples, (x) => Math.max(-32768, Math.min(32767, Math.round(x * 32768))));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    clock = new ManualClock(T0);
    core = createCore({ db: openDatabase(join(dir, `tend-${Math.random().toString(36).slice(2)}.db`)), clock });
    ctx = { user: core.auth.ensureLocalUser('parent'), clientKey: 'test', transport: 'memory' };
    subject = core.subjects.create(ctx, { name: 'Ada', kind: 'baby' }).id;
    events = [];
    core.bus.subscribe((e) => events.push(e));
  });
  afterEach(async () => {
    await babyServices(core).live.close();
    core.close();
  });

  it('raises "Cry monitoring stopped" (medium) when a session stops sending for audio_loss_alert_s, not before, pushes and audits it, and resolves it when audio resumes', async () => {
    await core.call('baby.settings.put', { subject_id: subject, settings: { audio_loss_alert_s: 45 } }, ctx);
    await send('session-lost-0001', noise, 4);
    wait(40_000);
    expect(kinds()).toEqual([]);
    // 44.5 s after the last chunk: still nothing.
    clock.advance(4_500);
    core.alerts.tick();
    expect(kinds()).toEqual([]);
    clock.advance(500);
    core.alerts.tick();
    expect(kinds('open')).toEqual(['audio_lost']);
    const lost = listening()[0]!;
    expect(lost.priority).toBe('medium');
    expect(lost.message).toMatch(/^Cry monitoring stopped: no audio from the microphone for 45 s/);
    expect(events.some((e) => e.type === 'alert.raised' && e.alert.kind === 'audio_lost')).toBe(true);
    const audit = await core.call('alerts.audit', { subject_id: subject }, ctx);
    expect(audit.items.some((a) => a.action === 'alert.raised' && (a.detail as { kind?: string }).kind === 'audio_lost')).toBe(true);

    // The idle session is ended after a minute (not a stop): one alert stands, however long it lasts.
    wait(10 * 60_000);
    expect(kinds()).toEqual(['audio_lost']);
    await core.call('alerts.ack', { id: lost.id }, ctx);
    expect(kinds('acknowledged')).toEqual(['audio_lost']);

    // The tab is reopened: a new session's audio resolves it without waiting for the timer.
    await send('session-back-0002', noise, 3);
    expect(kinds('resolved')).toEqual(['audio_lost']);
    expect(events.some((e) => e.type === 'alert.resolved' && e.alert.kind === 'audio_lost')).toBe(true);
    // Each loss is a new gap in the listening: not held back by the 15-minute re-alert interval.
    wait(45_000);
    expect(kinds('open')).toEqual(['audio_lost']);
    expect(kinds()).toEqual(['audio_lost', 'audio_lost']);
  }, 60_000);

  it('raises nothing when the user stops listening, and a stop ends a "monitoring stopped" alert already standing', async () => {
    await send('session-stop-0001', noise, 3);
    await core.call('audio.stop', { subject_id: subject, session_id: 'session-stop-0001' }, ctx);
    wait(15 * 60_000);
    expect(kinds()).toEqual([]);

    await send('session-stop-0002', noise, 3);
    wait(30_000);
    expect(kinds('open')).toEqual(['audio_lost']);
    await core.call('audio.stop', { subject_id: subject, session_id: 'session-stop-0002' }, ctx);
    core.alerts.tick();
    expect(kinds('resolved')).toEqual(['audio_lost']);
    // A chunk retried after the stop does not start the watch again.
    await core.call('audio.chunk', { subject_id: subject, session_id: 'session-stop-0002', sample_rate: RATE, seq: 5, pcm: b64(noise.subarray(0, CHUNK)) }, ctx);
    wait(15 * 60_000);
    expect(kinds()).toEqual(['audio_lost']);
  }, 60_000);

  it('raises "Microphone gives no sound" after silence_alert_s of all-zero audio, not before, and resolves it when sound returns', async () => {
    const zeros = new Int16Array(CHUNK);
    let seq = await send('session-mute-0001', zeros, 59.5);
    expect(kinds()).toEqual([]);
    seq = await send('session-mute-0001', zeros, 0.5, seq);
    expect(kinds('open')).toEqual(['mic_silent']);
    const silent = listening()[0]!;
    expect(silent.priority).toBe('medium');
    expect(silent.message).toMatch(/^Microphone gives no sound/);
    expect(events.some((e) => e.type === 'alert.raised' && e.alert.kind === 'mic_silent')).toBe(true);
    // Still muted: still the one alert, and the stream itself is not "stopped".
    seq = await send('session-mute-0001', zeros, 10, seq);
    core.alerts.tick();
    expect(kinds()).toEqual(['mic_silent']);
    // The switch is flipped back on.
    seq = await send('session-mute-0001', noise, 2, seq);
    expect(kinds('resolved')).toEqual(['mic_silent']);
    // And off again a minute later: a new alert, not held back by the re-alert interval.
    seq = await send('session-mute-0001', zeros, 59.5, seq);
    expect(kinds('open')).toEqual([]);
    await send('session-mute-0001', zeros, 0.5, seq);
    expect(kinds('open')).toEqual(['mic_silent']);
    expect(kinds()).toEqual(['mic_silent', 'mic_silent']);
  }, 120_000);

  it('counts a steady offset as silence, but not real household noise or a room quieter than any real microphone', async () => {
    await core.call('baby.settings.put', { subject_id: subject, settings: { silence_alert_s: 20 } }, ctx);
    await send('session-offset-01', new Int16Array(CHUNK).fill(-12), 20);
    expect(kinds('open')).toEqual(['mic_silent']);
    await core.call('audio.stop', { subject_id: subject, session_id: 'session-offset-01' }, ctx);
    core.alerts.tick();
    expect(kinds('resolved')).toEqual(['mic_silent']);

    // Gaussian noise at −75 dBFS RMS (about 6 steps of 16-bit PCM), seeded.
    const rand = mulberry32(6);
    const quiet = new Int16Array(RATE * 5);
    const sigma = 32768 * 10 ** (-75 / 20);
    for (let i = 0; i < quiet.length; i++) quiet[i] = Math.round(sigma * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()));
    await send('session-quiet-01', quiet, 30);
    await send('session-dishes-1', noise, 30);
    await core.call('audio.stop', { subject_id: subject, session_id: 'session-quiet-01' }, ctx);
    await core.call('audio.stop', { subject_id: subject, session_id: 'session-dishes-1' }, ctx);
    core.alerts.tick();
    expect(kinds()).toEqual(['mic_silent']);
  }, 120_000);

  it('remembers who was listening across a crash: "monitoring stopped" is raised on the next start if the audio does not come back', async () => {
    const file = join(dir, `tend-restart-${Math.random().toString(36).slice(2)}.db`);
    // The test's own core, on a file it can open again.
    await babyServices(core).live.close();
    core.close();
    core = createCore({ db: openDatabase(file), clock });
    ctx = { user: core.auth.ensureLocalUser('parent'), clientKey: 'test', transport: 'memory' };
    subject = core.subjects.create(ctx, { name: 'Ada', kind: 'baby' }).id;

    await send('session-stopped-01', noise, 3);
    await core.call('audio.stop', { subject_id: subject, session_id: 'session-stopped-01' }, ctx);
    await send('session-crashed-01', noise, 12);
    const lastChunkAt = clock.now();
    // A crash: no audio.stop and no clean close (nothing flushed); the process is gone.
    await babyServices(core).live.thread.close();
    core.close();

    // The app starts again five minutes later; the browser that was listening is gone too.
    clock.advance(5 * 60_000);
    core = createCore({ db: openDatabase(file), clock });
    expect(kinds()).toEqual([]);
    core.alerts.tick();
    expect(kinds('open')).toEqual(['audio_lost']);
    const lost = listening()[0]!;
    // Last heard as stored (written at most every 10 s while sending): 2 s before the last chunk here.
    const heard = Date.parse((JSON.parse(lost.detail) as { last_audio_at: string }).last_audio_at);
    expect(lastChunkAt - heard).toBeGreaterThanOrEqual(0);
    expect(lastChunkAt - heard).toBeLessThan(10_000);

    // Listening again resolves it; stopping it leaves nothing to pick up at the next start.
    await send('session-after-0001', noise, 3);
    expect(kinds('resolved')).toEqual(['audio_lost']);
    await core.call('audio.stop', { subject_id: subject, session_id: 'session-after-0001' }, ctx);
    core.alerts.tick();
    await babyServices(core).live.close();
    core.close();
    clock.advance(60 * 60_000);
    core = createCore({ db: openDatabase(file), clock });
    core.alerts.tick();
    expect(kinds('open')).toEqual([]);
  }, 120_000);

  it('raises neither when the subject turned them off, and refuses limits out of bounds', async () => {
    await core.call('baby.settings.put', { subject_id: subject, settings: { audio_loss_alert_s: 'off', silence_alert_s: 'off' } }, ctx);
    await send('session-off-00001', new Int16Array(CHUNK), 61);
    wait(10 * 60_000);
    expect(kinds()).toEqual([]);
    await expect(core.call('baby.settings.put', { subject_id: subject, settings: { audio_loss_alert_s: 5 } }, ctx)).rejects.toMatchObject({ code: 'bad_request' });
    await expect(core.call('baby.settings.put', { subject_id: subject, settings: { silence_alert_s: 4000 } }, ctx)).rejects.toMatchObject({ code: 'bad_request' });
  }, 60_000);
});
