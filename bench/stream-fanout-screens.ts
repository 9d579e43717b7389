import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

/**
 * The screens of bench/stream-fanout.ts, in their own process so their receiving does not
 * share the hub's event loop, and spread over worker threads (TEND_BENCH_FANOUT_WORKERS,
 * default 4), each its own event loop: 500 real screens are 500 machines, each reading its
 * own socket, and one thread reading all 500 would add its own 499 earlier messages to the
 * last screen's time. Opens N stream clients, says `ready`, records when each
 * `alert.raised` arrives (wall-clock ms, comparable across processes and threads), and on
 * `report` (stdin) prints {alert id: [arrival per screen]} and exits.
 */
type Arrivals = Record<string, number[]>;

// Only alarms are timed; the readings are the load, told apart without decoding them.
const ALARM = Buffer.from('{"type":"alert.raised"');

async function openScreens(url: string, token: string, count: number): Promise<{ arrivals: Arrivals; sockets: WebSocket[] }> {
  const now = () => performance.timeOrigin + performance.now();
  const arrivals: Arrivals = {};
  const sockets: WebSocket[] = [];
  for (let i = 0; i < count; i++) {
    const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/api/stream?token=${token}`);
    await new Promise<void>((resolve, reject) => {
      ws.once('message', () => resolve());
      ws.once('error', reject);
    });
    ws.on('message', (data: Buffer) => {
      const at = now();
      if (data.length < ALARM.length || ALARM.compare(data, 0, ALARM.length) !== 0) return;
      const id = (JSON.parse(data.toString('utf8')) as { alert: { id: string } }).alert.id;
      (arrivals[id] ??= []).push(at);
    });
    sockets.push(ws);
  }
  return { arrivals, sockets };
}

if (isMainThread) {
  const [url, token, count] = process.argv.slice(2) as [string, string, string];
  const total = Number(count);
  const threads = Math.max(1, Math.min(total, Number(process.env.TEND_BENCH_FANOUT_WORKERS ?? 4)));
  const workers: Worker[] = [];
  for (let w = 0; w < threads; w++) {
    const n = Math.floor(total / threads) + (w < total % threads ? 1 : 0);
    // A worker does not inherit the --import hook that runs this TypeScript: register it there first.
    // (its ESM entry, as core/baby/analyser-thread.ts does: the CJS one fails to register from a worker)
    const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs')).href;
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
    const worker = new Worker(boot, { eval: true, workerData: { url, token, count: n } });
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    workers.push(worker);
  }
  process.stdout.write('ready\n');
  process.stdin.once('data', () => {
    void Promise.all(
      workers.map(
        (w) =>
          new Promise<Arrivals>((resolve) => {
            w.once('message', (a: Arrivals) => resolve(a));
            w.postMessage('report');
          }),
      ),
    ).then((parts) => {
      const all: Arrivals = {};
      for (const part of parts) for (const [id, at] of Object.entries(part)) (all[id] ??= []).push(...at);
      process.stdout.write(JSON.stringify(all) + '\n', () => process.exit(0));
    });
  });
} else {
  const { url, token, count } = workerData as { url: string; token: string; count: number };
  const { arrivals, sockets } = await openScreens(url, token, count);
  parentPort!.postMessage('ready');
  parentPort!.once('message', () => {
    for (const ws of sockets) ws.terminate();
    parentPort!.postMessage(arrivals);
  });
}
