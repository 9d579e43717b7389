import { describe, expect, it } from 'vitest';
import { RecordStore } from './record-store';

type R = { key: number };
const store = (keys: number[]) => {
  const s = new RecordStore<R>('glucose');
  for (const key of keys) s.add({ key });
  return s;
};

/** Runs a RACP write and collects what the sensor sends back. */
async function exchange(s: RecordStore<R>, request: number[]): Promise<{ records: number[]; responses: number[][] }> {
  const records: number[] = [];
  const responses: number[][] = [];
  await new Promise<void>((done) => {
    s.handleWrite(Uint8Array.from(request), {
      sendRecord: (r) => (records.push(r.key), true),
      sendResponse: (b) => {
        responses.push([...b]);
        done();
      },
    });
  });
  return { records, responses };
}

describe('simulated record store (RACP server)', () => {
  it('reports records ≥ a sequence number, then indicates success', async () => {
    // 01 report stored records, 03 ≥, 01 filter type sequence number, 0x0003 little-endian.
    const r = await exchange(store([1, 2, 3, 4, 5]), [0x01, 0x03, 0x01, 0x03, 0x00]);
    expect(r.records).toEqual([3, 4, 5]);
    // 06 response code, 00 null operator, request op 01, response 01 success.
    expect(r.responses).toEqual([[0x06, 0x00, 0x01, 0x01]]);
  });

  it('answers "no records found" when the filter selects nothing', async () => {
    const r = await exchange(store([1, 2]), [0x01, 0x03, 0x01, 0x09, 0x00]);
    expect(r.records).toEqual([]);
    expect(r.responses).toEqual([[0x06, 0x00, 0x01, 0x06]]);
  });

  it('counts stored records in a "number of stored records" response', async () => {
    // 04 report number, 01 all → 05 number response, 00 null, uint16 count 300 = 0x012C.
    const keys = Array.from({ length: 300 }, (_, i) => i);
    const r = await exchange(store(keys), [0x04, 0x01]);
    expect(r.responses).toEqual([[0x05, 0x00, 0x2c, 0x01]]);
  });

  it('selects ≤, within range, first and last like the specification says', () => {
    const s = store([10, 20, 30, 40]);
    expect(s.select({ op: 'report-stored-records', operator: 'lte', filter: { type: 'sequence-number', to: 20 } }).map((r) => r.key)).toEqual([10, 20]);
    expect(s.select({ op: 'report-stored-records', operator: 'within-range', filter: { type: 'sequence-number', from: 20, to: 30 } }).map((r) => r.key)).toEqual([20, 30]);
    expect(s.select({ op: 'report-stored-records', operator: 'first' }).map((r) => r.key)).toEqual([10]);
    expect(s.select({ op: 'report-stored-records', operator: 'last' }).map((r) => r.key)).toEqual([40]);
  });

  it('refuses an unknown op code with "op code not supported" naming it', async () => {
    const r = await exchange(store([1]), [0x09, 0x01]);
    expect(r.responses).toEqual([[0x06, 0x00, 0x09, 0x02]]);
  });
});
