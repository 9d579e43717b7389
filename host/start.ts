import type { Core } from '../core/app';
import { deviceRuntime, stopDeviceRuntime } from '../core/devices/registry';
import { createHub } from './server';
import { alertsTimerPlugin, hubPlugins } from './plugins';
import { deviceStreamPlugin } from './device-stream';

/**
 * Starts the hub on host:port (0 = any free port) and returns its URL. With `devices`,
 * it also runs the sessions of every paired sensor (the `tend hub` command does).
 * `alertTimer: false` leaves the alert engine's timer to the caller (tests on a manual
 * clock call `tick()` and `beat()` themselves). The hub answers only to its own address
 * and loopback names (on loopback) plus `allowHosts` (host/host-check.ts); with `tls`
 * it serves HTTPS.
 */
export async function startHub(opts: {
  core: Core;
  host?: string;
  port?: number;
  rendererDir?: string;
  devices?: boolean;
  alertTimer?: boolean;
  streamBeatMs?: number;
  allowHosts?: readonly string[];
  tls?: { cert: string | Buffer; key: string | Buffer };
}): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  // A hub runs for long: its domains, and what they start (the raw-motion sweep), begin now
  // rather than at the first request (core/domain-handlers.ts).
  await opts.core.loadDomains();
  const plugins = [...hubPlugins, deviceStreamPlugin].filter((p) => opts.alertTimer !== false || p !== alertsTimerPlugin);
  const host = opts.host ?? '127.0.0.1';
  const app = await createHub({
    core: opts.core,
    plugins,
    hostPolicy: { bindHost: host, allow: opts.allowHosts ?? [] },
    ...(opts.tls ? { tls: opts.tls } : {}),
    ...(opts.rendererDir ? { rendererDir: opts.rendererDir } : {}),
    ...(opts.streamBeatMs ? { streamBeatMs: opts.streamBeatMs } : {}),
  });
  await app.listen({ host, port: opts.port ?? 4477 });
  if (opts.devices) {
    const rt = deviceRuntime(opts.core);
    rt.sync();
    // Demo devices come back in the background; the hub is already serving.
    void rt.restoreDemos().catch(() => undefined);
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (opts.port ?? 4477);
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `${opts.tls ? 'https' : 'http'}://${shown}:${port}`,
    port,
    close: async () => {
      await stopDeviceRuntime(opts.core);
      await app.close();
    },
  };
}
