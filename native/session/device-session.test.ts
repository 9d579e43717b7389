import { describe, expect, it } from 'vitest';
import type { Clock, TimerHandle } from './clock';
import { DeviceSession, TransportUnavailableError, type DeviceConnection, type DeviceDriver, type DriverContext } from './device-session';
import { MemorySink } from './memory-sink';
import type { PairedDevice, SessionProgress } from './types';

/** A clock that only moves when told to. */
class ManualClock implements Clock {
  t = Date.UTC(2026, 0, 1);
  private timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private n = 0;
  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): TimerHandle {
    const id = ++this.n;
    this.timers.push({ at: this.t + ms, fn, id });
    return id as unknown as TimerHandle;
  }
  clearTimeout(h: TimerHandle): void {
    this.timers = this.timers.filter((x) => x.id !== (h as unknown as number));
  }
  /** Pending timer delays from now, ms. */
  pending(): number[] {
    return this.timers.map((x) => x.at - this.t);
  }
  async advance(ms: number): Promise<void> {
    this.t += ms;
    const due = this.timers.filter((x) => x.at <= this.t);
    this.timers = this.timers.filter((x) => x.at > this.t);
    for (const d of due) d.fn();
    await tick();
  }
}
// Nothing here waits on real time: the driver is scripted and the clock manual, so what a
// step needs is for pending promise callbacks (and the session's setImmediate status
// batching) to run. A few turns of the event loop do exactly that, with no guessed sleep.
const tick = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
};

const device: PairedDevice = { id: 'd1', name: 'T', kind: 'thermometer', transport: 'ble', address: 'AA:BB:CC:DD:EE:FF', subject_id: 's1' };

/** A driver scripted per attempt: 'fail' throws in connect, anything else connects. */
class ScriptedDriver implements DeviceDriver {
  attempts = 0;
  ctx: DriverContext | null = null;
  private end: ((c: { byUs: boolean; reason: string }) => void) | null = null;
  constructor(private readonly script: Array<'fail' | 'ok' | 'unavailable'>) {}
  async connect(ctx: DriverContext): Promise<DeviceConnection> {
    this.ctx = ctx;
    const what = this.script[this.attempts++] ?? 'ok';
    if (what === 'unavailable') await ctx.step('detect', async () => Promise.reject(new TransportUnavailableError('Bluetooth unavailable: test')));
    await ctx.step('connect', async () => {
      if (what === 'fail') throw new Error('le-connection-abort-by-local');
    });
    return {
      closed: new Promise((r) => (this.end = r)),
      close: async () => this.end?.({ byUs: true, reason: 'closed' }),
    };
  }
  lose(): void {
    this.end?.({ byUs: false, reason: 'link lost' });
  }
}

describe('DeviceSession', () => {
  it('tags a failed attempt with its step and retries after exponential back-off', async () => {
    const clock = new ManualClock();
    const driver = new ScriptedDriver(['fail', 'fail', 'ok']);
    const s = new DeviceSession({ device, driver, sink: new MemorySink(), clock, backoff: { initialMs: 1000, maxMs: 8000, jitter: 0 } });
    const progress: SessionProgress[] = [];
    s.on('progress', (p) => progress.push(p));
    s.start();
    await tick();
    expect(s.status().state).toBe('reconnecting');
    expect(s.status().lastError).toMatchObject({ step: 'connect' });
    expect(s.status().signalLost).toBe(true);
    expect(clock.pending()).toEqual([1000]);
    await clock.advance(1000);
    expect(driver.attempts).toBe(2);
    expect(clock.pending()).toEqual([2000]);
    await clock.advance(2000);
    expect(driver.attempts).toBe(3);
    expect(s.status().state).toBe('connected');
    expect(s.status().signalLost).toBe(false);
    expect(progress.filter((p) => p.phase === 'error').map((p) => p.step)).toEqual(['connect', 'connect']);
    await s.stop();
    expect(s.status().state).toBe('idle');
  });

  it('counts a link loss as a reconnect and restarts the back-off from the initial delay', async () => {
    const clock = new ManualClock();
    const driver = new ScriptedDriver(['ok', 'ok']);
    const s = new DeviceSession({ device, driver, sink: new MemorySink(), clock, backoff: { initialMs: 500, jitter: 0 } });
    s.start();
    await tick();
    driver.lose();
    await tick();
    expect(s.status()).toMatchObject({ state: 'reconnecting', signalLost: true, lastError: { step: 'stream' } });
    expect(clock.pending()).toEqual([500]);
    await clock.advance(500);
    expect(s.status()).toMatchObject({ state: 'connected', reconnects: 1, signalLost: false });
    await s.stop();
  });

  it('reports a missing transport as unavailable and checks again slowly', async () => {
    const clock = new ManualClock();
    const driver = new ScriptedDriver(['unavailable', 'ok']);
    const s = new DeviceSession({ device, driver, sink: new MemorySink(), clock, unavailableRetryMs: 30_000 });
    s.start();
    await tick();
    expect(s.status().state).toBe('unavailable');
    expect(s.status().lastError).toMatchObject({ step: 'detect', message: 'detect: Bluetooth unavailable: test' });
    expect(clock.pending()).toEqual([30_000]);
    await s.stop();
  });

  it('counts bad frames without storing anything and stores good readings with their ids', async () => {
    const clock = new ManualClock();
    const driver = new ScriptedDriver(['ok']);
    const sink = new MemorySink();
    const s = new DeviceSession({ device, driver, sink, clock });
    s.start();
    await tick();
    driver.ctx!.badFrame('temperature-measurement', new Error('short'));
    driver.ctx!.emit([{ id: 'x1', metric: 'body_temperature', t: '2026-01-01T00:00:00.000Z', value: 36.9, unit: '°C', device_id: 'd1' }]);
    await s.flush();
    expect(s.status()).toMatchObject({ framesBad: 1, stored: 1, lastReadingAt: '2026-01-01T00:00:00.000Z' });
    expect(sink.items().map((o) => o.id)).toEqual(['x1']);
    await s.stop();
  });
});
