/**
 * The real serialport stack against the lab: socat joins two pseudo-terminals, a simulated
 * board prints readings on one end, the session reads the other. Clock at 600×.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../../testing/wait-for';
import { SimSerialBoard } from '../lab/peripherals/serial-board';
import { ScaledClock } from '../lab/sim-clock';
import { socatUnavailableReason, startPtyPair, type PtyPair } from '../lab/socat';
import { DeviceSession } from './device-session';
import { MemorySink } from './memory-sink';
import { SerialBoardDriver } from './serial-driver';
import type { PairedDevice } from './types';

const missing = socatUnavailableReason();
const MIN = 60_000;

const until = (what: string, cond: () => boolean, timeoutMs = 15_000) => waitFor(what, cond, { timeoutMs, intervalMs: 10 });

describe.skipIf(missing !== null)(`serial sensor board through serialport and socat${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let ptys: PtyPair | null = null;
  afterEach(async () => {
    await ptys?.stop();
    ptys = null;
  });

  it('streams a simulated hour, recovers 20 unplugged minutes by a resend, and stores every reading exactly once', async () => {
    ptys = await startPtyPair();
    const t0 = Date.UTC(2026, 0, 5, 8, 0, 0);
    const clock = new ScaledClock(600, t0);
    // The 101st line the board prints (8 simulated minutes in) (a humidity reading) comes out garbled.
    const board = new SimSerialBoard({ path: ptys.devicePath, clock, intervalMs: 10_000, seed: 5, garble: (_r, i) => (i === 100 ? '{"metric":"humidity","value":' : null) });
    const device: PairedDevice = { id: 'dev-board', name: 'ESP32', kind: 'serial_board', transport: 'serial', address: ptys.hostPath, subject_id: 'subj-2' };
    const sink = new MemorySink();
    const session = new DeviceSession({
      device,
      // Silence: 10 simulated minutes = 1 s real, well above any event-loop stall.
      driver: new SerialBoardDriver(device, { resendIdleMs: 500, silenceMs: 10 * MIN }),
      sink,
      clock,
      backoff: { initialMs: 10_000, maxMs: 60_000, jitter: 0 },
    });
    const bad: string[] = [];
    session.on('badFrame', (b) => bad.push(b.message));
    const log: string[] = [];
    session.on('progress', (p) => log.push(`${(clock.now() - t0) / MIN} ${p.step} ${p.phase} ${p.message ?? ''}`));
    session.start();
    try {
      await until('the port to open', () => session.status().state === 'connected');
      await new Promise<void>((r) => clock.at(t0 + 20 * MIN, r));
      await ptys.unplug();
      await until('the session to notice the unplug', () => session.status().signalLost).catch((e) => {
        console.log('UNPLUG', ptys?.plugged, session.status(), board.connected);
        throw e;
      });
      expect(session.status().state).not.toBe('connected');
      await new Promise<void>((r) => clock.at(t0 + 40 * MIN, r));
      await ptys.replug();
      await until('reconnection', () => session.status().state === 'connected' && session.status().reconnects >= 1).catch((e) => {
        console.log('RECONNECT', session.status(), log.slice(-30).join('\n'));
        throw e;
      });
      await new Promise<void>((r) => clock.at(t0 + 60 * MIN, r));
      await board.stop();
      const taken = board.readings.length;
      await until('every reading stored', () => sink.items().length >= taken).catch((e) => {
        console.log(taken, sink.items().length, board.liveWritten, session.status());
        const got = new Set(sink.items().map((o) => `${o.metric}|${o.t}`));
        console.log(board.readings.filter((r) => !got.has(`${r.metric}|${new Date(r.t).toISOString()}`)).map((r) => `${r.metric} ${(r.t - t0) / 60000}`).join(', '));
        throw e;
      });
      await session.stop();
    } finally {
      await board.stop();
      await session.stop();
      clock.dispose();
    }

    // 6 readings a minute × 2 metrics for an hour, give or take the last tick.
    expect(board.readings.length).toBeGreaterThanOrEqual(2 * 359);
    const key = (m: string, t: string, v: number) => `${m}|${t}|${v}`;
    const expected = board.readings.map((r) => key(r.metric, new Date(r.t).toISOString(), r.value)).sort();
    const stored = sink.items().map((o) => key(o.metric, o.t, o.value)).sort();
    expect(stored).toEqual(expected);
    expect(sink.duplicates).toBe(0);
    const st = session.status();
    if (st.framesBad !== 1) console.log('BAD', bad, log.join('\n'));
    expect(st.framesBad).toBe(1);
    expect(st.reconnects).toBe(1);
    // Readings the board took while unplugged (20 min × 6/min × 2) came back through the resend.
    expect(st.backfilled).toBeGreaterThanOrEqual(2 * 6 * 20 - 2);
  }, 60_000);
});
