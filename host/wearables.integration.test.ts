import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestHub } from './testing';

type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
});

/** Real test files of GGIRread (Apache-2.0), described in ../shared/data/wearables/README.md. */
const DATA = join(import.meta.dirname, '..', '..', 'shared', 'data', 'wearables');
const file = (name: string) => readFileSync(join(DATA, name));

async function setUp() {
  hub = await startTestHub();
  const token = await hub.signUp('pat@example.org');
  const subject = (await hub.api('POST', '/api/subjects', { name: 'Pat', kind: 'parkinson' }, token)).body as { id: string };
  const upload = (body: Record<string, unknown>) => hub!.api('POST', '/api/rpc/tremor.upload', { subject_id: subject.id, ...body }, token);
  const chunks = () => hub!.core.deps.db.$client.prepare(`SELECT COUNT(*) AS n, COALESCE(SUM(n), 0) AS samples FROM motion_chunks WHERE subject_id = ?`).get(subject.id) as { n: number; samples: number };
  return { token, subject, upload, chunks };
}

describe('tremor.upload of research-wearable files over HTTP', () => {
  it('stores a whole .cwa and a GENEActiv .bin sent as base64 as compact chunks, and says what it read', async () => {
    const { upload, chunks } = await setUp();
    const cwa = await upload({ file_base64: file('ax3_testfile.cwa').toString('base64') });
    expect(cwa.status, JSON.stringify(cwa.body)).toBe(200);
    expect(cwa.body).toMatchObject({ samples: 17_400, stored_samples: 17_400, from: '2019-02-26T10:55:06.000Z', file: { format: 'cwa', device: 'Axivity AX3', warnings: [] } });
    // Compact: about one row per minute of samples, not one per sample.
    expect(chunks()).toEqual({ n: cwa.body.chunks, samples: 17_400 });
    expect(cwa.body.chunks).toBeLessThanOrEqual(4);

    const bin = await upload({ file_base64: file('GENEActiv_testfile.bin').toString('base64') });
    expect(bin.status, JSON.stringify(bin.body)).toBe(200);
    expect(bin.body).toMatchObject({ samples: 5_031, stored_samples: 5_031, file: { format: 'geneactiv-bin' } });
    // 300 samples per 3.5 s of page time, not the header's rounded 85.7 Hz.
    expect(bin.body.rate_hz).toBeCloseTo(300 / 3.5, 6);
    expect(bin.body.file.warnings.join(' ')).toContain('the header claims 222048 pages');

    // The same file again stores nothing twice.
    const again = await upload({ file_base64: file('ax3_testfile.cwa').toString('base64') });
    expect(again.body).toMatchObject({ stored_samples: 0, observations: { accepted: 0 } });
  });

  it('takes a .cwa in pieces (header + whole blocks each) as the app sends it, storing the same samples', async () => {
    const { upload, chunks } = await setUp();
    const b = file('ax3_testfile.cwa');
    const header = b.subarray(0, 1024);
    const cut = 1024 + 70 * 512;
    const p1 = await upload({ file_base64: Buffer.concat([header, b.subarray(1024, cut)]).toString('base64'), final: false });
    const p2 = await upload({ file_base64: Buffer.concat([header, b.subarray(cut)]).toString('base64'), final: true });
    expect(p1.status, JSON.stringify(p1.body)).toBe(200);
    expect(p2.status, JSON.stringify(p2.body)).toBe(200);
    expect(p1.body.samples + p2.body.samples).toBe(17_400);
    expect(chunks().samples).toBe(17_400);
  });

  it('refuses garbage with a 400 naming file_base64 and the byte offset, storing nothing', async () => {
    const { upload, chunks } = await setUp();
    const b = Buffer.from(file('ax3_testfile.cwa'));
    b.fill(0x41, 1024 + 3 * 512, 1024 + 4 * 512);
    const r = await upload({ file_base64: b.toString('base64') });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'bad_request', field: 'file_base64' });
    expect(r.body.error.message).toContain('CWA at byte 2560');
    const png = await upload({ file_base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]).toString('base64') });
    expect(png.status).toBe(400);
    expect(png.body.error.field).toBe('file_base64');
    const notB64 = await upload({ file_base64: 'not base64!' });
    expect(notB64.status).toBe(400);
    expect(notB64.body.error.field).toBe('file_base64');
    const both = await upload({ file_base64: file('ax3_testfile.cwa').toString('base64'), csv: 't,x,y,z\n' });
    expect(both.status).toBe(400);
    expect(chunks().n).toBe(0);
  });
});
