import { describe, expect, it } from 'vitest';
import {
  decodeCgmFeature, decodeCgmMeasurement, decodeCgmStatus, decodeSessionRunTime, decodeSessionStartTime, decodeSocp,
  encodeCgmFeature, encodeCgmMeasurement, encodeCgmStatus, encodeSessionRunTime, encodeSessionStartTime, encodeSocp,
} from './cgm';
import type { CgmMeasurementInput } from './cgm';
import { hx, withRefCrc } from './test-helpers';

const base = new Date('2024-03-10T08:00:00Z');

describe('CGM Measurement 0x2AA7', () => {
  it('decodes the minimal record and times it from the session start', () => {
    // size 0x06 = 6 bytes (size + flags + SFLOAT + uint16); flags 0x00 = nothing optional;
    // glucose SFLOAT 0x0078: e = 0, m = 0x078 = 120 → 120 mg/dL; time offset 0x0005 = 5 min.
    const d = decodeCgmMeasurement(hx('06 00 78 00 05 00'), { baseTime: base });
    expect(d.fields.records).toEqual([{ size: 6, flags: 0, glucose: { kind: 'number', value: 120, mantissa: 120, exponent: 0 }, timeOffset: 5 }]);
    expect(d.observations).toEqual([{ metric: 'glucose', value: 120, unit: 'mg/dL', t: '2024-03-10T08:05:00.000Z' }]);
  });

  it('leaves the time to the caller when no session start is known', () => {
    expect(decodeCgmMeasurement(hx('06 00 78 00 05 00')).observations).toEqual([{ metric: 'glucose', value: 120, unit: 'mg/dL' }]);
  });

  it('decodes trend, quality and all three annunciation octets', () => {
    // flags 0xE3 = trend 0x01 + quality 0x02 + warning 0x20 + cal/temp 0x40 + status 0x80
    // size 0x0D = 13 = 6 + 3 annunciation octets + 2 trend + 2 quality
    // glucose 0xF3BB: e = −1, m = 0x3BB = 955 → 95.5 mg/dL; time offset 0x012C = 300 min
    // warning 0x01 = bit 16 (below patient low), cal/temp 0x04 = bit 10 (calibration recommended),
    // status 0x02 = bit 1 (device battery low)
    // trend 0xFFF1: e = −1, m = 0xFF1 = −15 → −1.5 (mg/dL)/min; quality 0x005A = 90 %
    const d = decodeCgmMeasurement(hx('0D E3 BB F3 2C 01 01 04 02 F1 FF 5A 00'));
    const r = d.fields.records[0];
    expect(r.glucose).toMatchObject({ value: 95.5 });
    expect(r.timeOffset).toBe(300);
    expect(r.annunciation).toEqual({
      warning: 0x01, calTemp: 0x04, status: 0x02, value: 0x010402,
      active: ['device-battery-low', 'calibration-recommended', 'below-patient-low-level'],
    });
    expect(r.trend).toMatchObject({ value: -1.5 });
    expect(r.quality).toMatchObject({ value: 90 });
    expect(r.crc).toBeUndefined();
  });

  it('checks the E2E-CRC when the size field includes it', () => {
    // size 0x08 = 6 + 2 CRC octets; CRC from the reference implementation over the first 6 bytes.
    const frame = withRefCrc(hx('08 00 78 00 05 00'));
    const d = decodeCgmMeasurement(frame);
    expect(d.fields.records[0].crc).toBe(frame[6] | (frame[7] << 8));
    expect(d.observations[0].value).toBe(120);
  });

  it('rejects a frame whose CRC does not match', () => {
    const frame = withRefCrc(hx('08 00 78 00 05 00'));
    frame[6] ^= 0x01;
    expect(() => decodeCgmMeasurement(frame)).toThrow(expect.objectContaining({ code: 'bad_crc', message: expect.stringMatching(/^cgm-measurement: E2E-CRC is 0x/) }));
  });

  it('rejects a frame shorter than its flags promise', () => {
    expect(() => decodeCgmMeasurement(hx('06 00 78 00 05'))).toThrow(expect.objectContaining({ code: 'short', message: 'cgm-measurement: frame is 5 bytes, flags 0x00 need at least 6' }));
    // flags 0x03 (trend + quality) need 10 bytes; 8 given
    expect(() => decodeCgmMeasurement(hx('0A 03 78 00 05 00 F1 FF'))).toThrow(expect.objectContaining({ code: 'short' }));
    expect(() => decodeCgmMeasurement(new Uint8Array(0))).toThrow(expect.objectContaining({ code: 'short' }));
  });

  it('rejects a size field that matches neither the flags nor flags + CRC', () => {
    expect(() => decodeCgmMeasurement(hx('07 00 78 00 05 00 00'))).toThrow(expect.objectContaining({ code: 'malformed', message: expect.stringContaining('size field says 7') }));
    expect(() => decodeCgmMeasurement(hx('04 00 78 00'))).toThrow(expect.objectContaining({ code: 'malformed' }));
  });

  it('rejects reserved flag bits, which could add fields it cannot size', () => {
    expect(() => decodeCgmMeasurement(hx('06 04 78 00 05 00'))).toThrow(expect.objectContaining({ code: 'reserved', message: 'cgm-measurement: flags 0x04 sets reserved bit(s) 0x04' }));
  });

  it('marks a NaN glucose special and yields no observation', () => {
    // glucose 0x07FF = SFLOAT NaN
    const d = decodeCgmMeasurement(hx('06 00 FF 07 05 00'), { baseTime: base });
    expect(d.fields.records[0].glucose).toEqual({ kind: 'special', special: 'NaN', raw: 0x07ff });
    expect(d.observations).toEqual([]);
  });

  it('decodes several records packed in one notification', () => {
    // record 1: 120 mg/dL at +5 min; record 2: 0x007D = 125 mg/dL at +10 min (0x000A)
    const d = decodeCgmMeasurement(hx('06 00 78 00 05 00 06 00 7D 00 0A 00'), { baseTime: base });
    expect(d.observations.map((o) => [o.value, o.t])).toEqual([
      [120, '2024-03-10T08:05:00.000Z'],
      [125, '2024-03-10T08:10:00.000Z'],
    ]);
  });

  it('encodes the hand-worked frames byte for byte', () => {
    expect(Array.from(encodeCgmMeasurement({ glucose: 120, timeOffset: 5 }))).toEqual(Array.from(hx('06 00 78 00 05 00')));
    expect(Array.from(encodeCgmMeasurement({ glucose: 95.5, timeOffset: 300, warning: 1, calTemp: 4, status: 2, trend: -1.5, quality: 90 }))).toEqual(
      Array.from(hx('0D E3 BB F3 2C 01 01 04 02 F1 FF 5A 00')),
    );
    expect(Array.from(encodeCgmMeasurement({ glucose: 120, timeOffset: 5, crc: true }))).toEqual(Array.from(withRefCrc(hx('08 00 78 00 05 00'))));
  });

  it('round-trips records through encode and decode', () => {
    const recs: CgmMeasurementInput[] = [
      { glucose: 180, timeOffset: 0, trend: 2.3, crc: true },
      { glucose: { special: 'NRes' }, timeOffset: 65535, quality: 55, status: 0x01, crc: true },
      { glucose: 39, timeOffset: 7, warning: 0x40 },
    ];
    const d = decodeCgmMeasurement(encodeCgmMeasurement(recs));
    expect(d.fields.records.map((r) => [r.glucose, r.timeOffset, r.trend, r.quality, r.annunciation?.active, r.crc !== undefined])).toEqual([
      [{ kind: 'number', value: 180, mantissa: 180, exponent: 0 }, 0, { kind: 'number', value: 2.3, mantissa: 23, exponent: -1 }, undefined, undefined, true],
      [{ kind: 'special', special: 'NRes', raw: 0x0800 }, 65535, undefined, { kind: 'number', value: 55, mantissa: 55, exponent: 0 }, ['session-stopped'], true],
      [{ kind: 'number', value: 39, mantissa: 39, exponent: 0 }, 7, undefined, undefined, ['below-device-range'], false],
    ]);
    expect(d.observations.map((o) => o.value)).toEqual([180, 39]);
  });
});

describe('CGM Feature 0x2AA8', () => {
  it('decodes features, type and location, and checks the CRC when E2E-CRC is supported', () => {
    // features 0x019000 = bit 12 (E2E-CRC) + bit 15 (trend) + bit 16 (quality) → bytes 00 90 01
    // type-sample location 0x59: type 9 (interstitial fluid) low nibble, location 5 (subcutaneous) high nibble
    const frame = withRefCrc(hx('00 90 01 59'));
    const f = decodeCgmFeature(frame).fields;
    expect(f).toMatchObject({
      features: 0x019000, e2eCrcSupported: true, supported: ['e2e-crc', 'cgm-trend-information', 'cgm-quality'],
      type: 9, typeName: 'interstitial-fluid', sampleLocation: 5, sampleLocationName: 'subcutaneous-tissue',
    });
    frame[5] ^= 0xff;
    expect(() => decodeCgmFeature(frame)).toThrow(expect.objectContaining({ code: 'bad_crc' }));
  });

  it('accepts 0xFFFF in the CRC field when E2E-CRC is not supported', () => {
    // features 0x008000 = trend only; CRC field 0xFFFF as the spec asks
    expect(decodeCgmFeature(hx('00 80 00 59 FF FF')).fields).toMatchObject({ e2eCrcSupported: false, crc: 0xffff, supported: ['cgm-trend-information'] });
    expect(Array.from(encodeCgmFeature({ features: 0x008000, type: 9, sampleLocation: 5 }))).toEqual(Array.from(hx('00 80 00 59 FF FF')));
    expect(Array.from(encodeCgmFeature({ features: 0x019000, type: 9, sampleLocation: 5 }))).toEqual(Array.from(withRefCrc(hx('00 90 01 59'))));
  });

  it('rejects a feature value of the wrong length', () => {
    expect(() => decodeCgmFeature(hx('00 80 00 59 FF'))).toThrow(expect.objectContaining({ code: 'short' }));
  });
});

describe('CGM Status 0x2AA9', () => {
  it('decodes time offset and the three status octets', () => {
    // time offset 0x003C = 60 min; warning 0x00, cal/temp 0x00, status 0x01 (bit 0 session stopped)
    const f = decodeCgmStatus(hx('3C 00 00 00 01')).fields;
    expect(f).toEqual({ timeOffset: 60, status: { warning: 0, calTemp: 0, status: 1, value: 1, active: ['session-stopped'] } });
    expect(Array.from(encodeCgmStatus({ timeOffset: 60, status: 1 }))).toEqual(Array.from(hx('3C 00 00 00 01')));
  });

  it('checks an optional CRC and refuses other lengths', () => {
    expect(decodeCgmStatus(withRefCrc(hx('3C 00 00 00 01'))).fields.crc).toBeDefined();
    expect(() => decodeCgmStatus(hx('3C 00 00 00 01 00'))).toThrow(expect.objectContaining({ code: 'malformed' }));
    expect(() => decodeCgmStatus(hx('3C 00 00'))).toThrow(expect.objectContaining({ code: 'short' }));
  });
});

describe('Session Start Time 0x2AAA and Run Time 0x2AAB', () => {
  it('decodes the local start and converts it to UTC with zone and DST', () => {
    // year 0x07E8 = 2024, month 03, day 0x0A = 10, 08:30:00 (0x08, 0x1E, 0x00);
    // time zone 0x04 = +4 × 15 min = +1 h; DST 0x00 = standard time → UTC 07:30
    const f = decodeSessionStartTime(hx('E8 07 03 0A 08 1E 00 04 00')).fields;
    expect(f).toEqual({ start: { year: 2024, month: 3, day: 10, hours: 8, minutes: 30, seconds: 0 }, timeZone: 4, dstOffset: 0, startUtc: '2024-03-10T07:30:00.000Z' });
    // same local time, zone −20 (= 0xEC, −5 h), DST 4 (+1 h) → local = UTC − 4 h → 12:30 UTC
    expect(decodeSessionStartTime(hx('E8 07 03 0A 08 1E 00 EC 04')).fields.startUtc).toBe('2024-03-10T12:30:00.000Z');
  });

  it('leaves UTC unknown when the time zone is unknown and rejects reserved zone/DST codes', () => {
    expect(decodeSessionStartTime(hx('E8 07 03 0A 08 1E 00 80 FF')).fields.startUtc).toBeUndefined();
    expect(() => decodeSessionStartTime(hx('E8 07 03 0A 08 1E 00 40 00'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeSessionStartTime(hx('E8 07 03 0A 08 1E 00 00 03'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeSessionStartTime(hx('E8 07 0D 0A 08 1E 00 00 00'))).toThrow(expect.objectContaining({ code: 'malformed', message: expect.stringContaining('month 13') }));
  });

  it('round-trips start time and run time, with and without CRC', () => {
    const start = { year: 2025, month: 12, day: 31, hours: 23, minutes: 59, seconds: 59 };
    expect(decodeSessionStartTime(encodeSessionStartTime({ start, timeZone: -32, dstOffset: 8, crc: true })).fields).toMatchObject({ start, timeZone: -32, dstOffset: 8 });
    // 14 days = 336 h = 0x0150
    expect(Array.from(encodeSessionRunTime({ hours: 336 }))).toEqual([0x50, 0x01]);
    expect(decodeSessionRunTime(hx('50 01')).fields).toEqual({ hours: 336 });
    expect(decodeSessionRunTime(encodeSessionRunTime({ hours: 240, crc: true })).fields.hours).toBe(240);
  });
});

describe('CGM Specific Ops Control Point 0x2AAC', () => {
  it('decodes hand-worked requests and responses', () => {
    // op 0x01 set communication interval, operand 0x05 = 5 min
    expect(decodeSocp(hx('01 05')).fields).toEqual({ opCode: 1, op: 'set-communication-interval', interval: 5 });
    // op 0x0D = 13 set hypo alert level, SFLOAT 0x0046 = 70 mg/dL
    expect(decodeSocp(hx('0D 46 00')).fields).toMatchObject({ op: 'set-hypo-alert-level', level: { value: 70 } });
    // op 0x1C = 28 response code: request 0x1A = 26 (start session), 0x01 success
    expect(decodeSocp(hx('1C 1A 01')).fields).toEqual({ opCode: 28, op: 'response-code', requestOpCode: 26, responseCode: 1, response: 'success' });
    // op 0x1A start session, no operand
    expect(decodeSocp(hx('1A')).fields).toEqual({ opCode: 26, op: 'start-session' });
  });

  it('decodes a calibration record', () => {
    // op 0x06 calibration value response: glucose 0x0064 = 100 mg/dL, time 0x003C = 60 min,
    // type-location 0x19 (type 9 ISF, location 1 finger), next 0x01E0 = 480 min, record 0x0002, status 0x00
    expect(decodeSocp(hx('06 64 00 3C 00 19 E0 01 02 00 00')).fields.calibration).toMatchObject({
      glucose: { value: 100 }, time: 60, type: 9, sampleLocation: 1, nextTime: 480, recordNumber: 2, status: 0,
    });
  });

  it('checks an optional CRC and rejects reserved op codes and wrong lengths', () => {
    const secured = withRefCrc(hx('1A'));
    expect(decodeSocp(secured).fields.crc).toBe(secured[1] | (secured[2] << 8));
    secured[2] ^= 0x10;
    expect(() => decodeSocp(secured)).toThrow(expect.objectContaining({ code: 'bad_crc' }));
    expect(() => decodeSocp(hx('00'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeSocp(hx('1D'))).toThrow(expect.objectContaining({ code: 'reserved' }));
    expect(() => decodeSocp(hx('01'))).toThrow(expect.objectContaining({ code: 'short' }));
    expect(() => decodeSocp(hx('01 05 00'))).toThrow(expect.objectContaining({ code: 'malformed' }));
  });

  it('encodes what the simulators answer', () => {
    expect(Array.from(encodeSocp({ op: 'response-code', requestOp: 'start-session', response: 'success' }))).toEqual([0x1c, 0x1a, 0x01]);
    expect(Array.from(encodeSocp({ op: 'set-hypo-alert-level', level: 70 }))).toEqual([0x0d, 0x46, 0x00]);
    expect(Array.from(encodeSocp({ op: 'start-session', crc: true }))).toEqual(Array.from(withRefCrc(hx('1A'))));
    const cal = { glucose: 100, time: 60, type: 9, sampleLocation: 1, nextTime: 480, recordNumber: 2, status: 0 };
    expect(Array.from(encodeSocp({ op: 6, calibration: cal }))).toEqual(Array.from(hx('06 64 00 3C 00 19 E0 01 02 00 00')));
    expect(() => encodeSocp({ op: 'set-communication-interval' })).toThrow(/needs interval/);
  });
});
