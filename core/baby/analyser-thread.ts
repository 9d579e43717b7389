import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CryStreamEvent } from '../audio/analyze';
import { logger } from '../logger';
import type { AnalyserReply, AnalyserRequest } from './audio-worker';

const log = logger('baby.analyser');

type Pending = { resolve: (e: CryStreamEvent[]) => void; reject: (e: Error) => void };
type Request = AnalyserRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The app is TypeScript run through tsx's loader (bin/tend.js), and a worker thread does
 * not inherit a loader registered at run time, so the worker starts from a tiny script that
 * registers tsx in its own thread first and then imports audio-worker.ts.
 */
function bootScript(): string {
  const require = createRequire(import.meta.url);
  const cjs = require.resolve('tsx/esm/api');
  const mjs = join(dirname(cjs), 'index.mjs');
  const api = pathToFileURL(existsSync(mjs) ? mjs : cjs).href;
  const worker = new URL('./audio-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`;
}

/**
 * One worker thread holding the ONNX session for every live session of this process.
 * Started on first use; requests are answered in order. The thread is unref'd, so an idle
 * analyser never keeps the process alive.
 */
export class AnalyserThread {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    if (this.worker) return this.worker;
    // The desktop build bundles the worker as its own file beside the main bundle
    // (electron.vite.config.ts); from source, tsx is registered in the thread first.
    const bundled = new URL('./audio-worker.js', import.meta.url);
    const w = existsSync(bundled) ? new Worker(bundled, { name: 'tend-cry-analyser' }) : new Worker(bootScript(), { eval: true, name: 'tend-cry-analyser' });
    w.unref();
    w.on('message', (m: AnalyserReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.events);
      else p.reject(new Error(m.message));
    });
    const fail = (e: Error) => {
      log.error('cry analyser thread failed', { error: e.message });
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.worker = undefined;
    };
    w.on('error', fail);
    w.on('exit', (code) => {
      if (this.worker === w) fail(new Error(`cry analyser thread exited (${code})`));
    });
    this.worker = w;
    return w;
  }

  request(r: Request, transfer: ArrayBuffer[] = []): Promise<CryStreamEvent[]> {
    const w = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Keep the process alive while an answer is owed, not longer.
      w.ref();
      w.postMessage({ ...r, id }, transfer);
    }).finally(() => {
      if (!this.pending.size) this.worker?.unref();
    }) as Promise<CryStreamEvent[]>;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}
