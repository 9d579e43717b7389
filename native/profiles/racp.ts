/**
 * Record Access Control Point 0x2A52 (Glucose Service 1.0 and CGMS 1.0.1, GSS
 * "Record Access Control Point"): how a collector asks a sensor for the records it
 * stored while disconnected. Value: Op Code (uint8), Operator (uint8), Operand.
 *
 * Requests (collector → sensor): 1 report stored records, 2 delete stored records,
 * 3 abort operation, 4 report number of stored records; with an operator 1 all,
 * 2 ≤, 3 ≥, 4 within range (inclusive), 5 first, 6 last. The ≤/≥/range operators carry
 * a Filter Type octet and one or two filter values. What filter type 0x01 means depends
 * on the service: Glucose 0x01 = Sequence Number (uint16), 0x02 = User Facing Time
 * (Date Time); CGM 0x01 = Time Offset (uint16 minutes).
 *
 * Responses (sensor → collector, indicated): 5 number of stored records response
 * (operator 0 "null", operand uint16 count), 6 response code (operator 0, operand:
 * request op code, response code value).
 *
 * The CGM service secures its other control point (SOCP) with an E2E-CRC but not the
 * RACP, which is shared with the Glucose service.
 */
import { ByteReader, ByteWriter } from './bytes';
import type { DateTime } from './bytes';
import { DecodeError } from './errors';
import type { DecodeOptions, Decoded } from './types';

export const RACP_OPS = {
  1: 'report-stored-records',
  2: 'delete-stored-records',
  3: 'abort-operation',
  4: 'report-number-of-stored-records',
  5: 'number-of-stored-records-response',
  6: 'response-code',
} as const;
export type RacpOp = (typeof RACP_OPS)[keyof typeof RACP_OPS];

export const RACP_OPERATORS = {
  0: 'null',
  1: 'all',
  2: 'lte',
  3: 'gte',
  4: 'within-range',
  5: 'first',
  6: 'last',
} as const;
export type RacpOperator = (typeof RACP_OPERATORS)[keyof typeof RACP_OPERATORS];

export const RACP_RESPONSES = {
  1: 'success',
  2: 'op-code-not-supported',
  3: 'invalid-operator',
  4: 'operator-not-supported',
  5: 'invalid-operand',
  6: 'no-records-found',
  7: 'abort-unsuccessful',
  8: 'procedure-not-completed',
  9: 'operand-not-supported',
} as const;
export type RacpResponse = (typeof RACP_RESPONSES)[keyof typeof RACP_RESPONSES];

/**
 * A filter on a record store. `from` is the ≥ bound, `to` the ≤ bound; "within range"
 * has both. Sequence numbers and time offsets are uint16; user facing time is a Date Time.
 */
export type RacpFilter =
  | { type: 'sequence-number'; from?: number; to?: number }
  | { type: 'time-offset'; from?: number; to?: number }
  | { type: 'user-facing-time'; from?: DateTime; to?: DateTime };

export type RacpRequest =
  | { op: 'report-stored-records' | 'delete-stored-records' | 'report-number-of-stored-records'; operator: 'all' | 'first' | 'last' }
  | { op: 'report-stored-records' | 'delete-stored-records' | 'report-number-of-stored-records'; operator: 'lte' | 'gte' | 'within-range'; filter: RacpFilter }
  | { op: 'abort-operation'; operator: 'null' };

export type RacpResponseMessage =
  | { op: 'number-of-stored-records-response'; operator: 'null'; count: number }
  | { op: 'response-code'; operator: 'null'; requestOp: RacpOp | 'reserved'; requestOpCode: number; response: RacpResponse | 'reserved'; responseCode: number };

export type RacpMessage = RacpRequest | RacpResponseMessage;

type Profile = NonNullable<DecodeOptions['racpProfile']>;
const WHAT = 'record-access-control-point';

function filterTypeName(code: number, profile: Profile): RacpFilter['type'] {
  if (code === 0x01) return profile === 'cgm' ? 'time-offset' : 'sequence-number';
  if (code === 0x02 && profile === 'glucose') return 'user-facing-time';
  throw new DecodeError('reserved', `${WHAT}: filter type ${code} is not defined for the ${profile} service`);
}

function filterTypeCode(t: RacpFilter['type'], profile: Profile): number {
  if (t === 'time-offset' && profile === 'cgm') return 0x01;
  if (t === 'sequence-number' && profile === 'glucose') return 0x01;
  if (t === 'user-facing-time' && profile === 'glucose') return 0x02;
  throw new RangeError(`RACP filter ${t} does not exist in the ${profile} service`);
}

/** Decodes any RACP value, request or response. */
export function decodeRacp(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded<RacpMessage> {
  const profile = opts.racpProfile ?? 'glucose';
  const r = new ByteReader(bytes, WHAT);
  const opCode = r.u8('op code');
  const operatorCode = r.u8('operator');
  const op = RACP_OPS[opCode as keyof typeof RACP_OPS];
  if (!op) throw new DecodeError('reserved', `${WHAT}: op code ${opCode} is reserved`);
  const operator = RACP_OPERATORS[operatorCode as keyof typeof RACP_OPERATORS];
  if (!operator) throw new DecodeError('reserved', `${WHAT}: operator ${operatorCode} is reserved`);
  let m: RacpMessage;
  switch (op) {
    case 'abort-operation':
      if (operator !== 'null') throw new DecodeError('malformed', `${WHAT}: abort operation takes operator null, got ${operator}`);
      m = { op, operator };
      break;
    case 'number-of-stored-records-response':
      if (operator !== 'null') throw new DecodeError('malformed', `${WHAT}: ${op} takes operator null, got ${operator}`);
      m = { op, operator, count: r.u16('number of records') };
      break;
    case 'response-code': {
      if (operator !== 'null') throw new DecodeError('malformed', `${WHAT}: ${op} takes operator null, got ${operator}`);
      const requestOpCode = r.u8('request op code');
      const responseCode = r.u8('response code value');
      m = {
        op, operator,
        requestOp: RACP_OPS[requestOpCode as keyof typeof RACP_OPS] ?? 'reserved', requestOpCode,
        response: RACP_RESPONSES[responseCode as keyof typeof RACP_RESPONSES] ?? 'reserved', responseCode,
      };
      break;
    }
    case 'report-stored-records':
    case 'delete-stored-records':
    case 'report-number-of-stored-records':
      if (operator === 'null') throw new DecodeError('malformed', `${WHAT}: ${op} needs an operator, got null`);
      if (operator === 'all' || operator === 'first' || operator === 'last') {
        m = { op, operator };
      } else {
        const type = filterTypeName(r.u8('filter type'), profile);
        const read = (field: string): number | DateTime => (type === 'user-facing-time' ? r.dateTime(field) : r.u16(field));
        let filter: RacpFilter;
        if (operator === 'lte') filter = { type, to: read('filter maximum') } as RacpFilter;
        else if (operator === 'gte') filter = { type, from: read('filter minimum') } as RacpFilter;
        else filter = { type, from: read('filter minimum'), to: read('filter maximum') } as RacpFilter;
        m = { op, operator, filter };
      }
      break;
    default: {
      const never: never = op;
      throw new Error(`unhandled op ${String(never)}`);
    }
  }
  r.done();
  return { fields: m, observations: [] };
}

/** Encodes any RACP value, request or response. */
export function encodeRacp(m: RacpMessage, profile: Profile = 'glucose'): Uint8Array {
  const opCode = Number(Object.entries(RACP_OPS).find(([, v]) => v === m.op)?.[0]);
  const operatorCode = Number(Object.entries(RACP_OPERATORS).find(([, v]) => v === m.operator)?.[0]);
  const w = new ByteWriter().u8(opCode).u8(operatorCode);
  if (m.op === 'number-of-stored-records-response') w.u16(m.count);
  else if (m.op === 'response-code') w.u8(m.requestOpCode).u8(m.responseCode);
  else if ('filter' in m) {
    const f = m.filter;
    w.u8(filterTypeCode(f.type, profile));
    const put = (v: number | DateTime | undefined, bound: string): void => {
      if (v === undefined) throw new RangeError(`RACP ${m.operator} needs filter.${bound}`);
      if (typeof v === 'number') w.u16(v);
      else w.dateTime(v);
    };
    if (m.operator === 'lte') put(f.to, 'to');
    else if (m.operator === 'gte') put(f.from, 'from');
    else {
      put(f.from, 'from');
      put(f.to, 'to');
    }
  }
  return w.toBytes();
}

/** Decodes a collector's request; throws `malformed` if the value is a response. */
export function decodeRacpRequest(bytes: Uint8Array, profile: Profile = 'glucose'): RacpRequest {
  const m = decodeRacp(bytes, { racpProfile: profile }).fields;
  if (m.op === 'number-of-stored-records-response' || m.op === 'response-code') {
    throw new DecodeError('malformed', `${WHAT}: ${m.op} is a response, not a request`);
  }
  return m;
}

/** Decodes a sensor's response; throws `malformed` if the value is a request. */
export function decodeRacpResponse(bytes: Uint8Array): RacpResponseMessage {
  const m = decodeRacp(bytes).fields;
  if (m.op !== 'number-of-stored-records-response' && m.op !== 'response-code') {
    throw new DecodeError('malformed', `${WHAT}: ${m.op} is a request, not a response`);
  }
  return m;
}

export function encodeRacpRequest(m: RacpRequest, profile: Profile = 'glucose'): Uint8Array {
  return encodeRacp(m, profile);
}

/**
 * Encodes a sensor's response: `{ count }` for "number of stored records", or
 * `{ requestOp, response }` for a response code (names or codes).
 */
export function encodeRacpResponse(r: { count: number } | { requestOp: RacpOp | number; response: RacpResponse | number }): Uint8Array {
  if ('count' in r) return encodeRacp({ op: 'number-of-stored-records-response', operator: 'null', count: r.count });
  const requestOpCode = typeof r.requestOp === 'number' ? r.requestOp : Number(Object.entries(RACP_OPS).find(([, v]) => v === r.requestOp)?.[0]);
  const responseCode = typeof r.response === 'number' ? r.response : Number(Object.entries(RACP_RESPONSES).find(([, v]) => v === r.response)?.[0]);
  return new ByteWriter().u8(6).u8(0).u8(requestOpCode).u8(responseCode).toBytes();
}
