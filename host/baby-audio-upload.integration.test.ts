import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWav } from '../core/audio/wav';
import { stableId } from '../core/baby/ids';
import { startTestHub } from './testing';

/**
 * An uploaded recording's windows are named by the file's SHA-256, worked out in the
 * background thread with its analysis (issue #18: nothing of it on the hub's event loop), so
 * the same file sent again stores nothing new.
 */
type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;
let owner: string;

beforeAll(async () => {
  hub = await startTestHub();
  owner = await hub.signUp('pat@example.org');
}, 60_000);
afterAll(async () => hub.close());

/** 5 s of seeded noise at 16 kHz. */
function noiseWav(): Buffer {
  let seed = 18;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 0xffffffff) * 0.2 - 0.1;
  return Buffer.from(encodeWav([Float32Array.from({ length: 16_000 * 5 }, rnd)], { sampleRate: 16_000 }));
}

describe('a recording uploaded twice', () => {
  it('stores its windows once, with ids from the file’s hash', async () => {
    const baby = (await hub.api('POST', '/api/subjects', { name: 'Bo', kind: 'baby' }, owner)).body.id as string;
    const wav = noiseWav();
    const start = '2026-01-01T10:00:00Z';
    const upload = () => fetch(`${hub.url}/api/subjects/${baby}/audio?start=${start}`, { method: 'POST', headers: { 'content-type': 'audio/wav', authorization: `Bearer ${owner}` }, body: wav });
    expect((await upload()).status).toBe(200);
    const ids = () => (hub.core.deps.db.$client.prepare(`SELECT id FROM observations WHERE subject_id = ? AND metric = 'cry_probability' ORDER BY t`).pluck().all(baby) as string[]);
    const first = ids();
    expect(first.length).toBeGreaterThan(0);
    const key = `file:${createHash('sha256').update(wav).digest('hex')}`;
    expect(first[0]).toBe(stableId(baby, key, 'window', 0));
    expect((await upload()).status).toBe(200);
    expect(ids()).toEqual(first);
  }, 120_000);
});
