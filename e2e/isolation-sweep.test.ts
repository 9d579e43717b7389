import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { procedures, type ProcName } from '../api/procedures';
import type { CallContext } from '../core/context';
import { startTestHub } from '../host/testing';

/**
 * Every procedure that takes a subject must refuse a user the subject is not shared
 * with — whichever domain added it. The sweep finds them all from api/procedures.ts, so
 * a new procedure is checked without anyone remembering to add it here.
 */
type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
let mallory: CallContext;
let victim: string;

// Plausible values for the fields procedures require besides subject_id.
const SAMPLE: Record<string, unknown> = {
  t: '2026-01-01T00:00:00Z',
  from: '2026-01-01T00:00:00Z',
  to: '2026-01-02T00:00:00Z',
  date: '2026-01-01',
  metric: 'glucose',
  interval: '1h',
  kind: 'tremor',
  format: 'tend-csv',
  text: 'time,metric,value\n2026-01-01T00:00:00Z,glucose,100\n',
  items: [{ metric: 'glucose', t: '2026-01-01T00:00:00Z', value: 100 }],
  event: { type: 'note', t: '2026-01-01T00:00:00Z', data: { text: 'x' } },
  thresholds: [],
  email: 'x@example.org',
  role: 'caregiver',
  drug: 'levodopa',
  minutes: 30,
  snooze_class: 'threshold:glucose:high',
  settings: {},
  csv: 't,x,y,z\n0,0,0,9.8\n0.02,0,0,9.8\n',
  sample_rate: 16000,
  pcm: 'AAAA',
  seq: 0,
  session_id: 's1',
  audio_base64: 'UklGRg==',
  wav_base64: 'UklGRg==',
  id: 'some-id',
  episode_id: 'some-episode',
  message: '45g carbs and 4 units novorapid',
  // Nightscout uploads: one document that is a valid entry, treatment, devicestatus and profile.
  docs: [{ type: 'sgv', sgv: 100, date: 1767225600000, eventType: 'Meal Bolus', carbs: 10, created_at: '2026-01-01T00:00:00Z', device: 'x' }],
};

// Where a procedure's fields need values of their own.
const PER_PROCEDURE: Partial<Record<ProcName, Record<string, unknown>>> = {
  'devices.create': { name: 'Sneaky', kind: 'thermometer', transport: 'ble' },
  'devices.addDemo': { kind: 'thermometer' },
  'dexcom.saveCredentials': { client_id: 'x', client_secret: 'y', region: 'us' },
  'tremor.progression': { metric: 'tremor_percent' },
  'audio.chunk': { session_id: 'session-0001' },
  'audio.stop': { session_id: 'session-0001' },
  'diabetes.dosing.put': { settings: { carb_ratio_g_per_u: 10, isf_mg_dl_per_u: 40, target_mg_dl: 100, insulin_duration_h: 5, max_bolus_u: 10 } },
  'diabetes.dose': { carbs_g: 30, glucose_mg_dl: 150 },
  'subjects.revoke': { user_id: 'someone-else' },
  'nightscout.entries.list': { kind: 'sgv' },
};

beforeAll(async () => {
  hub = await startTestHub();
  const owner = await hub.signUp('owner@example.org');
  victim = (await hub.api('POST', '/api/subjects', { name: 'Private', kind: 'diabetes' }, owner)).body.id;
  const m = await hub.signUp('mallory@example.org');
  mallory = { user: hub.core.auth.authenticate(m), token: m, clientKey: 'sweep', transport: 'memory' };
});
afterAll(async () => hub.close());

function argsFor(schema: z.ZodType): Record<string, unknown> | null {
  // Unwrap defaults/optionals to find the object shape.
  let s: any = schema;
  while (s && !s.shape && s.def?.innerType) s = s.def.innerType;
  if (!s?.shape || !('subject_id' in s.shape)) return null;
  const args: Record<string, unknown> = { subject_id: victim };
  for (const key of Object.keys(s.shape)) if (key !== 'subject_id' && key in SAMPLE) args[key] = SAMPLE[key];
  return args;
}

function argsOf(name: ProcName): Record<string, unknown> | null {
  const args = argsFor(procedures[name].input);
  return args ? { ...args, ...PER_PROCEDURE[name] } : null;
}

describe('subject isolation across every procedure', () => {
  it('answers forbidden to a user without a grant, for every procedure that takes a subject', async () => {
    const checked: string[] = [];
    const inconclusive: string[] = [];
    const leaked: string[] = [];
    for (const name of Object.keys(procedures) as ProcName[]) {
      const args = argsOf(name);
      if (!args) continue;
      try {
        await hub.core.call(name, args, mallory);
        leaked.push(name);
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code === 'forbidden') checked.push(name);
        else inconclusive.push(`${name}: ${code} ${(e as Error).message}`);
      }
    }
    expect(leaked).toEqual([]);
    expect(inconclusive).toEqual([]);
    expect(checked.length).toBeGreaterThan(30);
    // Nothing was written to the subject by any of those calls.
    const c = hub.core.deps.db.$client;
    expect(c.prepare(`SELECT COUNT(*) FROM observations WHERE subject_id = ?`).pluck().get(victim)).toBe(0);
    expect(c.prepare(`SELECT COUNT(*) FROM events WHERE subject_id = ?`).pluck().get(victim)).toBe(0);
  });
});
