/**
 * The sensor side of the Record Access Control Point (GLS 1.0 §4.9, CGMS 1.0.1 §4.12): a
 * numbered record store that answers "report stored records" (all, ≤, ≥, within range,
 * first, last) by sending each record as a notification on its measurement
 * characteristic and then indicating a response code on the RACP, and "report number of
 * stored records" with a count. Records are keyed by Sequence Number (Glucose) or Time
 * Offset (CGM): both are "filter type 0x01" in their service.
 */
import { decodeRacpRequest, encodeRacpResponse, type RacpRequest } from '../../profiles/index';

export interface StoredRecord {
  /** Sequence number (Glucose) or time offset in minutes (CGM). */
  key: number;
}

export interface RacpServerIo<R extends StoredRecord> {
  /** Sends one record on the measurement characteristic; false when the link is gone. */
  sendRecord(r: R): boolean;
  /** Indicates a value on the RACP. */
  sendResponse(value: Uint8Array): void;
}

export class RecordStore<R extends StoredRecord> {
  private readonly records: R[] = [];
  private busy = false;
  private aborted = false;

  constructor(private readonly profile: 'glucose' | 'cgm') {}

  add(r: R): void {
    this.records.push(r);
  }

  all(): readonly R[] {
    return this.records;
  }

  /** The records a request selects, oldest first. */
  select(req: RacpRequest): R[] {
    if (req.op === 'abort-operation') return [];
    const rs = this.records;
    switch (req.operator) {
      case 'all':
        return [...rs];
      case 'first':
        return rs.slice(0, 1);
      case 'last':
        return rs.slice(-1);
      case 'gte':
      case 'lte':
      case 'within-range': {
        const f = req.filter;
        const from = typeof f.from === 'number' ? f.from : -Infinity;
        const to = typeof f.to === 'number' ? f.to : Infinity;
        return rs.filter((r) => r.key >= from && r.key <= to);
      }
      default: {
        const never: never = req;
        throw new Error(`unhandled operator ${String(never)}`);
      }
    }
  }

  /**
   * Handles a write to the RACP. Records and the final response go out on the next ticks,
   * after the write has been acknowledged, like a real sensor's stack.
   */
  handleWrite(value: Uint8Array, io: RacpServerIo<R>): void {
    let req: RacpRequest;
    try {
      req = decodeRacpRequest(value, this.profile);
    } catch {
      // Op code 0 / unknown: "Op Code not supported" names the request op code it saw.
      setImmediate(() => io.sendResponse(encodeRacpResponse({ requestOp: value[0] ?? 0, response: 'op-code-not-supported' })));
      return;
    }
    if (req.op === 'abort-operation') {
      this.aborted = this.busy;
      setImmediate(() => io.sendResponse(encodeRacpResponse({ requestOp: 'abort-operation', response: 'success' })));
      return;
    }
    if (this.busy) {
      setImmediate(() => io.sendResponse(encodeRacpResponse({ requestOp: req.op, response: 'procedure-not-completed' })));
      return;
    }
    const selected = this.select(req);
    if (req.op === 'report-number-of-stored-records') {
      setImmediate(() => io.sendResponse(encodeRacpResponse({ count: selected.length })));
      return;
    }
    if (req.op === 'delete-stored-records') {
      const drop = new Set(selected);
      const keep = this.records.filter((r) => !drop.has(r));
      this.records.length = 0;
      this.records.push(...keep);
      setImmediate(() => io.sendResponse(encodeRacpResponse({ requestOp: req.op, response: selected.length ? 'success' : 'no-records-found' })));
      return;
    }
    if (!selected.length) {
      setImmediate(() => io.sendResponse(encodeRacpResponse({ requestOp: req.op, response: 'no-records-found' })));
      return;
    }
    this.busy = true;
    this.aborted = false;
    let i = 0;
    const step = () => {
      // A few records per tick: fast, but the event loop (and live notifications) keep running.
      for (let n = 0; n < 8 && i < selected.length; n++, i++) {
        if (this.aborted || !io.sendRecord(selected[i])) {
          this.busy = false;
          return;
        }
      }
      if (i < selected.length) return void setImmediate(step);
      this.busy = false;
      io.sendResponse(encodeRacpResponse({ requestOp: req.op, response: 'success' }));
    };
    setImmediate(step);
  }
}
