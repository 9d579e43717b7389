import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../core/audio/wav';
import { startTestHub } from './testing';

/**
 * Issue #15: input that is hostile or just wrong. Each case is sent to a real hub over
 * HTTP and must answer 400 naming the field at fault, with nothing stored.
 */
type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
let owner: string;
let carer: string;
let subject: string;
let baby: string;

beforeAll(async () => {
  hub = await startTestHub();
  owner = await hub.signUp('owner@example.org', 'Owner');
  carer = await hub.signUp('carer@example.org', 'Carer');
  subject = (await hub.api('POST', '/api/subjects', { name: 'Ada', kind: 'diabetes', settings: { theme: 'dark' } }, owner)).body.id;
  baby = (await hub.api('POST', '/api/subjects', { name: 'Bea', kind: 'baby' }, owner)).body.id;
  for (const id of [subject, baby]) {
    const g = await hub.api('POST', `/api/subjects/${id}/grants`, { email: 'carer@example.org', role: 'caregiver' }, owner);
    expect(g.status, JSON.stringify(g.body)).toBe(201);
  }
}, 60_000);
afterAll(async () => hub.close());

const recent = () => new Date(Date.now() - 60_000).toISOString();
const count = async (id: string, metric?: string) =>
  (await hub.api('GET', `/api/subjects/${id}/observations?limit=1000${metric ? `&metric=${metric}` : ''}`, undefined, owner)).body.items.length as number;
const eventCount = async (id: string) => (await hub.api('GET', `/api/subjects/${id}/events?limit=1000`, undefined, owner)).body.items.length as number;

function expect400(r: { status: number; body: any }, field: string | RegExp) {
  expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(400);
  expect(r.body.error.code).toBe('bad_request');
  if (typeof field === 'string') expect(r.body.error.field).toBe(field);
  else expect(r.body.error.field).toMatch(field);
}

describe('unit names that are Object.prototype members', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('refuses the unit "%s" with 400 naming unit', async (unit) => {
    const r = await hub.api('POST', `/api/subjects/${subject}/observations`, [{ metric: 'glucose', t: recent(), value: 120, unit }], owner);
    expect400(r, 'items[0].unit');
    expect(await count(subject)).toBe(0);
  });

  it('refuses them inside an imported FHIR observation as well', async () => {
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '99504-3' }] }, effectiveDateTime: recent(), valueQuantity: { value: 120, unit: 'constructor', code: 'constructor' } } }] };
    const r = await hub.api('POST', '/api/rpc/imports.text', { subject_id: subject, text: JSON.stringify(bundle), format: 'fhir' }, owner);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.message).toMatch(/constructor/);
    expect(await count(subject)).toBe(0);
  });
});

describe('time zones', () => {
  it('refuses an unknown IANA zone for CGM metrics with 400 naming time_zone', async () => {
    const r = await hub.api('POST', '/api/rpc/diabetes.metrics', { subject_id: subject, time_zone: 'Mars/Olympus_Mons' }, owner);
    expect400(r, 'time_zone');
  });

  it('refuses an unknown IANA zone for an import with 400 naming time_zone, storing nothing', async () => {
    const text = 'time,metric,value\n' + `${recent()},glucose,120\n`;
    const r = await hub.api('POST', '/api/rpc/imports.text', { subject_id: subject, text, time_zone: 'Not/AZone' }, owner);
    expect400(r, 'time_zone');
    expect(await count(subject)).toBe(0);
  });
});

describe('deeply nested JSON', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

  it('refuses a 5,000-deep request body with 400 naming body before parsing it', async () => {
    const res = await fetch(`${hub.url}/api/subjects/${subject}/observations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner}` },
      body: `[{"metric":"glucose","t":"${recent()}","value":120,"x":${deep(5000)}}]`,
    });
    const body = (await res.json()) as any;
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error.field).toBe('body');
    expect(await count(subject)).toBe(0);
  });

  it('still takes ordinary nesting and brackets inside strings', async () => {
    const res = await fetch(`${hub.url}/api/subjects/${subject}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner}` },
      body: JSON.stringify({ type: 'note', t: recent(), data: { text: '['.repeat(5000) } }),
    });
    expect(res.status).toBe(201);
    const list = await hub.api('GET', `/api/subjects/${subject}/events?limit=1000`, undefined, owner);
    await hub.api('DELETE', `/api/subjects/${subject}/events/${list.body.items[0].id}`, undefined, owner);
    expect(await eventCount(subject)).toBe(0);
  });

  it('refuses an imported Nightscout file nested 5,000 deep with 400, storing nothing', async () => {
    const text = `[{"type":"sgv","sgv":120,"date":${Date.now() - 60_000},"x":${deep(5000)}}]`;
    const r = await hub.api('POST', '/api/rpc/imports.text', { subject_id: subject, text, format: 'nightscout' }, owner);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.message).toMatch(/nested deeper than 64/);
    expect(await count(subject)).toBe(0);
  });
});

describe('impossible and implausible times', () => {
  it.each(['2026-02-30T00:00:00Z', '2025-02-29T12:00:00Z', '2026-01-01T25:00:00Z', '2026-01-01T10:60:00Z', '2026-13-01T00:00:00Z'])(
    'refuses the reading time %s with 400 naming t',
    async (t) => {
      const r = await hub.api('POST', `/api/subjects/${subject}/observations`, [{ metric: 'glucose', t, value: 120 }], owner);
      expect400(r, 'items[0].t');
      expect(await count(subject)).toBe(0);
    },
  );

  it('refuses insulin dated 9999-12-31 or 2026-02-30 with 400 naming t', async () => {
    for (const t of ['9999-12-31T00:00:00Z', '2026-02-30T08:00:00Z', '1969-12-31T23:00:00Z']) {
      const r = await hub.api('POST', `/api/subjects/${subject}/events`, { type: 'insulin', t, data: { units: 4 } }, owner);
      expect400(r, /(^|\.)t$/);
    }
    expect(await eventCount(subject)).toBe(0);
  });

  it('refuses a check-in dated in the far future before analysing or storing its audio', async () => {
    const wav = Buffer.from(encodeWav([new Float32Array(16000)], { sampleRate: 16000 })).toString('base64');
    const r = await hub.api('POST', `/api/subjects/${baby}/checkins`, { t: '9999-12-31T00:00:00Z', temperature: 37, audio_wav_base64: wav }, owner);
    expect400(r, 't');
    expect(await count(baby)).toBe(0);
    expect(await eventCount(baby)).toBe(0);
  });

  it('still accepts a reading on a real leap day and with an offset', async () => {
    const other = (await hub.api('POST', '/api/subjects', { name: 'Cy', kind: 'diabetes' }, owner)).body.id;
    const r = await hub.api('POST', `/api/subjects/${other}/observations`, [{ metric: 'glucose', t: '2024-02-29T23:30:00-01:00', value: 120 }], owner);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const got = await hub.api('GET', `/api/subjects/${other}/observations`, undefined, owner);
    expect(got.body.items.map((o: { t: string }) => o.t)).toEqual(['2024-03-01T00:30:00.000Z']);
  });
});

describe('thresholds', () => {
  it('refuses an unknown metric with 400 naming the entry, keeping the thresholds there were', async () => {
    const before = (await hub.api('GET', `/api/subjects/${subject}/thresholds`, undefined, owner)).body;
    const r = await hub.api('PUT', `/api/subjects/${subject}/thresholds`, [{ metric: 'glucose', max: 250, priority: 'high' }, { metric: 'constructor', max: 1, priority: 'low' }], owner);
    expect400(r, 'thresholds.1.metric');
    expect((await hub.api('GET', `/api/subjects/${subject}/thresholds`, undefined, owner)).body).toEqual(before);
  });
});

describe('free-form settings and event data', () => {
  it("refuses a caregiver's 7 MB settings blob with 400 naming settings, keeping the old settings", async () => {
    const r = await hub.api('PATCH', `/api/subjects/${subject}`, { settings: { blob: 'x'.repeat(7 * 1024 * 1024) } }, carer);
    expect400(r, 'patch.settings');
    expect((await hub.api('GET', `/api/subjects/${subject}`, undefined, owner)).body.settings).toEqual({ theme: 'dark' });
  });

  it('refuses settings nested too deep or with empty names, and takes ordinary ones', async () => {
    let nested: unknown = 1;
    for (let i = 0; i < 12; i++) nested = { a: nested };
    expect400(await hub.api('PATCH', `/api/subjects/${subject}`, { settings: { nested } }, carer), 'patch.settings');
    expect400(await hub.api('PATCH', `/api/subjects/${subject}`, { settings: { '': 1 } }, carer), /^patch\.settings/);
    expect((await hub.api('GET', `/api/subjects/${subject}`, undefined, owner)).body.settings).toEqual({ theme: 'dark' });
    const ok = await hub.api('PATCH', `/api/subjects/${subject}`, { settings: { theme: 'light', glucose_unit: 'mmol/L' } }, carer);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    await hub.api('PATCH', `/api/subjects/${subject}`, { settings: { theme: 'dark' } }, owner);
  });

  it('reads a baby monitor\'s settings stored with a prototype name beside a bad value as the defaults, not a 500', async () => {
    const r = await hub.api('PATCH', `/api/subjects/${baby}`, { settings: { baby: { fever_c: 'hot', constructor: 1 } } }, owner);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const got = await hub.api('POST', '/api/rpc/baby.settings.get', { subject_id: baby }, owner);
    expect(got.status, JSON.stringify(got.body)).toBe(200);
    expect(got.body.fever_c).toBe(38);
    await hub.api('PATCH', `/api/subjects/${baby}`, { settings: {} }, owner);
  });

  it("refuses a device's oversized settings and an event's oversized data with 400", async () => {
    const d = await hub.api('POST', '/api/devices', { subject_id: subject, name: 'Meter', kind: 'glucose-meter', transport: 'demo', settings: { blob: 'x'.repeat(20_000) } }, owner);
    expect400(d, 'settings');
    expect((await hub.api('GET', `/api/devices?subject_id=${subject}`, undefined, owner)).body).toHaveLength(0);
    const e = await hub.api('POST', `/api/subjects/${subject}/events`, { type: 'meal', t: recent(), data: { carbs_g: 40, blob: 'x'.repeat(20_000) } }, owner);
    expect400(e, /data$/);
    expect(await eventCount(subject)).toBe(0);
  });
});

describe('WAV files with impossible headers', () => {
  // 32 KB declaring 1 Hz: 32,000 s of audio to resample to 16 kHz (it held the hub for 16 minutes).
  const oneHz = () => Buffer.from(encodeWav([new Float32Array(16_000)], { sampleRate: 1 }));

  it('refuses a 1 Hz upload at once with 400 naming audio and the rate, storing nothing', async () => {
    const res = await fetch(`${hub.url}/api/subjects/${baby}/audio`, { method: 'POST', headers: { 'content-type': 'audio/wav', authorization: `Bearer ${owner}` }, body: oneHz() });
    const body = (await res.json()) as any;
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(body.error).toMatchObject({ code: 'bad_request', field: 'audio' });
    expect(body.error.message).toMatch(/sample rate 1 Hz is outside 8–192 kHz/);
    expect(await count(baby)).toBe(0);
  });

  it('refuses a 1 Hz recording in a check-in with 400 naming audio, storing neither the check-in nor readings', async () => {
    const r = await hub.api('POST', `/api/subjects/${baby}/checkins`, { temperature: 37, audio_wav_base64: oneHz().toString('base64') }, owner);
    expect400(r, 'audio');
    expect(r.body.error.message).toMatch(/1 Hz/);
    expect(await count(baby)).toBe(0);
    expect(await eventCount(baby)).toBe(0);
  });
});
