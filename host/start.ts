import type { Core } from '../core/app';
import { createHub } from './server';
import { hubPlugins } from './plugins';

/** Starts the hub on host:port (0 = any free port) and returns its URL. */
export async function startHub(opts: { core: Core; host?: string; port?: number; rendererDir?: string }): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const app = await createHub({ core: opts.core, plugins: hubPlugins, ...(opts.rendererDir ? { rendererDir: opts.rendererDir } : {}) });
  const host = opts.host ?? '127.0.0.1';
  await app.listen({ host, port: opts.port ?? 4477 });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (opts.port ?? 4477);
  const shown = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shown}:${port}`, port, close: () => app.close() };
}
