import WebSocket from 'ws';

/**
 * The screens of bench/stream-fanout.ts, in their own process so their receiving does not
 * share the hub's event loop: opens N stream clients, says `ready`, records when each
 * `alert.raised` arrives (wall-clock ms, comparable across processes), and on `report`
 * (stdin) prints {alert id: [arrival per screen]} and exits.
 */
const [url, token, count] = process.argv.slice(2) as [string, string, string];
const now = () => performance.timeOrigin + performance.now();
const arrivals: Record<string, number[]> = {};
const sockets: WebSocket[] = [];
for (let i = 0; i < Number(count); i++) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/api/stream?token=${token}`);
  await new Promise<void>((resolve, reject) => {
    ws.once('message', () => resolve());
    ws.once('error', reject);
  });
  ws.on('message', (data) => {
    const at = now();
    const text = String(data);
    // Only alarms are timed; the readings are the load.
    if (!text.startsWith('{"type":"alert.raised"')) return;
    const id = (JSON.parse(text) as { alert: { id: string } }).alert.id;
    (arrivals[id] ??= []).push(at);
  });
  sockets.push(ws);
}
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  for (const ws of sockets) ws.terminate();
  process.stdout.write(JSON.stringify(arrivals) + '\n', () => process.exit(0));
});
