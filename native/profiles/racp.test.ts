import { describe, expect, it } from 'vitest';
import { decodeRacp, decodeRacpRequest, decodeRacpResponse, encodeRacp, encodeRacpRequest, encodeRacpResponse } from './racp';
import type { RacpMessage } from './racp';
import { hx } from './test-helpers';

describe('Record Access Control Point 0x2A52', () => {
  it('decodes "report all stored records"', () => {
    // op 0x01 report stored records, operator 0x01 all records, no operand
    expect(decodeRacpRequest(hx('01 01'))).toEqual({ op: 'report-stored-records', operator: 'all' });
  });

  it('decodes "report stored records greater than or equal to sequence number" for the glucose service', () => {
    // op 0x01, operator 0x03 (≥), filter type 0x01 (glucose: sequence number), value 0x0102 = 258
    expect(decodeRacpRequest(hx('01 03 01 02 01'))).toEqual({ op: 'report-stored-records', operator: 'gte', filter: { type: 'sequence-number', from: 258 } });
  });

  it('reads filter type 0x01 as a time offset for the CGM service', () => {
    // op 0x01, operator 0x03, filter 0x01 (CGM: time offset), 0x0078 = 120 min
    expect(decodeRacpRequest(hx('01 03 01 78 00'), 'cgm')).toEqual({ op: 'report-stored-records', operator: 'gte', filter: { type: 'time-offset', from: 120 } });
  });

  it('decodes ranges, ≤, user facing time, counts, abort and last', () => {
    // within range (0x04) of sequence numbers 0x000A = 10 … 0x0014 = 20
    expect(decodeRacpRequest(hx('01 04 01 0A 00 14 00'))).toEqual({ op: 'report-stored-records', operator: 'within-range', filter: { type: 'sequence-number', from: 10, to: 20 } });
    // delete (0x02) ≤ (0x02) sequence number 5
    expect(decodeRacpRequest(hx('02 02 01 05 00'))).toEqual({ op: 'delete-stored-records', operator: 'lte', filter: { type: 'sequence-number', to: 5 } });
    // ≥ user facing time (filter 0x02): 2024-03-10 08:30:00
    expect(decodeRacpRequest(hx('01 03 02 E8 07 03 0A 08 1E 00'))).toEqual({
      op: 'report-stored-records', operator: 'gte', filter: { type: 'user-facing-time', from: { year: 2024, month: 3, day: 10, hours: 8, minutes: 30, seconds: 0 } },
    });
    // report number of stored records (0x04), all (0x01)
    expect(decodeRacpRequest(hx('04 01'))).toEqual({ op: 'report-number-of-stored-records', operator: 'all' });
    expect(decodeRacpRequest(hx('03 00'))).toEqual({ op: 'abort-operation', operator: 'null' });
    expect(decodeRacpRequest(hx('01 06'))).toEqual({ op: 'report-stored-records', operator: 'last' });
  });

  it('decodes the number-of-records response and response codes', () => {
    // op 0x05, operator 0x00 null, count 0x012C = 300
    expect(decodeRacpResponse(hx('05 00 2C 01'))).toEqual({ op: 'number-of-stored-records-response', operator: 'null', count: 300 });
    // op 0x06 response code, operator null, request op 0x01, value 0x01 success
    expect(decodeRacpResponse(hx('06 00 01 01'))).toEqual({ op: 'response-code', operator: 'null', requestOp: 'report-stored-records', requestOpCode: 1, response: 'success', responseCode: 1 });
    // value 0x06 no records found
    expect(decodeRacpResponse(hx('06 00 01 06'))).toMatchObject({ response: 'no-records-found' });
  });

  it('rejects reserved codes, missing operands and trailing bytes', () => {
    expect(() => decodeRacp(hx('07 01'))).toThrow(expect.objectContaining({ code: 'reserved', message: 'record-access-control-point: op code 7 is reserved' }));
    expect(() => decodeRacp(hx('01 07'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeRacp(hx('01 03'))).toThrow(expect.objectContaining({ code: 'short', message: expect.stringContaining('filter type') }));
    expect(() => decodeRacp(hx('01 03 01 02'))).toThrow(expect.objectContaining({ code: 'short' }));
    expect(() => decodeRacp(hx('01 01 00'))).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(() => decodeRacp(hx('01 00'))).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(() => decodeRacp(hx('01 03 02 00 00'), { racpProfile: 'cgm' })).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeRacp(hx('01'))).toThrow(expect.objectContaining({ code: 'short' }));
    expect(() => decodeRacpRequest(hx('05 00 2C 01'))).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(() => decodeRacpResponse(hx('01 01'))).toThrow(expect.objectContaining({ code: 'malformed' }));
  });

  it('encodes the hand-worked frames and round-trips every message shape', () => {
    expect(Array.from(encodeRacpRequest({ op: 'report-stored-records', operator: 'gte', filter: { type: 'time-offset', from: 120 } }, 'cgm'))).toEqual([0x01, 0x03, 0x01, 0x78, 0x00]);
    expect(Array.from(encodeRacpResponse({ count: 300 }))).toEqual([0x05, 0x00, 0x2c, 0x01]);
    expect(Array.from(encodeRacpResponse({ requestOp: 'report-stored-records', response: 'no-records-found' }))).toEqual([0x06, 0x00, 0x01, 0x06]);
    const msgs: RacpMessage[] = [
      { op: 'report-stored-records', operator: 'all' },
      { op: 'report-stored-records', operator: 'within-range', filter: { type: 'sequence-number', from: 1, to: 65535 } },
      { op: 'delete-stored-records', operator: 'lte', filter: { type: 'user-facing-time', to: { year: 2026, month: 1, day: 2, hours: 3, minutes: 4, seconds: 5 } } },
      { op: 'abort-operation', operator: 'null' },
      { op: 'number-of-stored-records-response', operator: 'null', count: 0 },
    ];
    for (const m of msgs) expect(decodeRacp(encodeRacp(m)).fields).toEqual(m);
    expect(() => encodeRacp({ op: 'report-stored-records', operator: 'gte', filter: { type: 'time-offset', from: 1 } }, 'glucose')).toThrow(/does not exist/);
  });
});
