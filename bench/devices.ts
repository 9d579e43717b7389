/**
 * Issue 4's device benchmark: a 100 Hz wrist accelerometer and four other sensors (CGM,
 * thermometer, room sensor, pulse oximeter) stream at once through the real node-ble
 * stack (demo lab: private dbus-daemon + simulated BlueZ) into the core's ingest service
 * (SQLite). Run in accelerated time: by default 10× for 60 s of wall time = 10 simulated
 * minutes, i.e. the accelerometer delivers 1000 samples per real second, ten times a
 * real wrist sensor's load. The simulator runs in this same process, so the CPU and the
 * event-loop lag measured include its work (a pessimistic figure for the app).
 *
 * Reports samples/s handled (stored by the ingest), process CPU (process.cpuUsage) as a
 * share of one core, and event-loop lag p50/p99 (perf_hooks.monitorEventLoopDelay,
 * sampled every 1 ms; the figures include that 1 ms). Target: p99 < 20 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ObservationSink } from '../api/observations';
import { createCore } from '../core/app';
import type { CallContext } from '../core/context';
import { openDatabase } from '../db/open';
import { DemoLab, type DemoKind } from '../native/lab/demo-lab';
import { DeviceManager } from '../native/session/device-manager';
import type { PairedDevice } from '../native/session/types';

export interface BenchDevicesOptions {
  /** Simulated ms per real ms. Default 10. */
  speed?: number;
  /** Wall-clock seconds to stream. Default 60. */
  durationS?: number;
}

export async function benchDevices(opts: BenchDevicesOptions = {}): Promise<Record<string, unknown>> {
  const why = DemoLab.unavailableReason();
  if (why) return { skipped: why };
  const speed = opts.speed ?? 10;
  const durationS = opts.durationS ?? 60;

  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-dev-'));
  const core = createCore({ db: openDatabase(join(dir, 'b.db')) });
  const ctx: CallContext = { user: core.auth.ensureLocalUser('bench'), clientKey: 'bench', transport: 'memory' };
  const subject = core.subjects.create(ctx, { name: 'Bench', kind: 'parkinson' }).id;
  const coreSink = core.sinkFor(ctx);
  let ingestCalls = 0;
  let ingestMsMax = 0;
  const sink: ObservationSink = {
    async ingest(s, items) {
      const t = performance.now();
      ingestCalls++;
      const r = await coreSink.ingest(s, items);
      ingestMsMax = Math.max(ingestMsMax, performance.now() - t);
      return r;
    },
  };

  const lab = await DemoLab.start({ speed, seed: 11 });
  const manager = new DeviceManager({ sink, clock: lab.clock, demoBle: () => lab.ble(), ble: async () => ({ available: false, reason: 'Bluetooth unavailable: bench' }) });
  const kinds: DemoKind[] = ['motion', 'cgm', 'thermometer', 'environment', 'pulse_oximeter'];
  const devices: PairedDevice[] = [];
  for (const k of kinds) {
    const d = await lab.add(k);
    const rec = core.devices.create(ctx, { subject_id: subject, name: d.name, kind: d.kind, transport: 'demo', address: d.address });
    devices.push({ id: rec.id, name: d.name, kind: d.kind, transport: 'demo', address: d.address, subject_id: subject });
  }

  let stored = 0;
  const perMetric: Record<string, number> = {};
  manager.on('stored', ({ items }) => {
    stored += items.length;
    for (const it of items) perMetric[it.metric] = (perMetric[it.metric] ?? 0) + 1;
  });
  await manager.sync(devices);
  // Measure from the moment every device streams.
  const deadline = Date.now() + 20_000;
  while (manager.list().some((d) => d.state !== 'connected')) {
    if (Date.now() > deadline) throw new Error('demo devices did not connect');
    await new Promise((r) => setTimeout(r, 50));
  }

  const lag = monitorEventLoopDelay({ resolution: 1 });
  const storedBefore = stored;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const sim0 = lab.clock.now();
  lag.enable();
  await new Promise((r) => setTimeout(r, durationS * 1000));
  lag.disable();
  const wallS = (performance.now() - t0) / 1000;
  const simS = (lab.clock.now() - sim0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const handled = stored - storedBefore;
  const status = manager.list();

  await manager.stop();
  await lab.stop();
  core.close();
  rmSync(dir, { recursive: true, force: true });

  const p99 = lag.percentile(99) / 1e6;
  return {
    mode: `accelerated ${speed}× (in-process simulator): ${wallS.toFixed(1)} s wall = ${(simS / 60).toFixed(1)} simulated minutes`,
    devices: kinds,
    samples_handled: handled,
    samples_per_s_wall: Math.round(handled / wallS),
    samples_per_s_simulated: Math.round(handled / simS),
    accel_expected_per_s_wall: 100 * speed,
    per_metric: perMetric,
    cpu_user_ms: Math.round(cpu.user / 1000),
    cpu_system_ms: Math.round(cpu.system / 1000),
    cpu_share_of_one_core: +((cpu.user + cpu.system) / 1e6 / wallS).toFixed(3),
    event_loop_lag_ms: { p50: +(lag.percentile(50) / 1e6).toFixed(2), p99: +p99.toFixed(2), max: +(lag.max / 1e6).toFixed(2) },
    ingest_calls: ingestCalls,
    ingest_call_ms_max: +ingestMsMax.toFixed(1),
    frames_bad: status.reduce((n, s) => n + s.framesBad, 0),
    duplicates: status.reduce((n, s) => n + s.duplicates, 0),
    target: 'event-loop lag p99 < 20 ms',
    pass: p99 < 20,
  };
}
