import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { waitFor } from '../testing/wait-for';
import { RENDERER_DIR } from './server';
import { startTestHub } from './testing';

/**
 * Issue #18: a report takes seconds to print (Chromium starts, the page loads its data, then
 * prints), so the screen that asked hears how far it has got. Here the hub's own printer,
 * real Chromium on the built report page, prints one while the stream is listened to.
 */
const ready = existsSync(process.env.TEND_CHROMIUM ?? '/usr/bin/chromium') && existsSync(`${RENDERER_DIR}/index.html`);

type Hub = Awaited<ReturnType<typeof startTestHub>>;
let hub: Hub;

describe.skipIf(!ready)('a printed report’s progress on the stream', () => {
  beforeAll(async () => {
    hub = await startTestHub();
  }, 60_000);
  afterAll(async () => hub?.close());

  it('says each step with a rising percent, ending at 100, for the progress_id the caller gave', async () => {
    const token = await hub.signUp('rae@example.org', 'Rae');
    const id = (await hub.api('POST', '/api/subjects', { name: 'Rae', kind: 'diabetes' }, token)).body.id as string;
    const now = Date.now();
    const readings = Array.from({ length: 48 }, (_, i) => ({ metric: 'glucose', t: new Date(now - (48 - i) * 300_000).toISOString(), value: 100 + i }));
    expect((await hub.api('POST', `/api/subjects/${id}/observations`, readings, token)).status).toBe(201);

    const heard: Array<{ step: string; percent: number; progress_id: string }> = [];
    const ws = new WebSocket(`${hub.url.replace('http', 'ws')}/api/stream?token=${token}`);
    await new Promise<void>((resolve, reject) => {
      ws.on('message', (m) => {
        const ev = JSON.parse(String(m));
        if (ev.type === 'hello') resolve();
        else if (ev.type === 'report.progress') heard.push(ev);
      });
      ws.on('error', reject);
    });
    try {
      const res = await fetch(`${hub.url}/api/subjects/${id}/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ kind: 'agp', utc_offset_min: 0, progress_id: 'print-7' }),
      });
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      await waitFor('the print’s last progress event', () => heard.some((e) => e.percent === 100));
    } finally {
      ws.close();
    }
    expect(heard.map((e) => e.step)).toEqual(['queued', 'starting', 'loading', 'preparing', 'printing', 'done']);
    expect(heard.every((e) => e.progress_id === 'print-7')).toBe(true);
    const percents = heard.map((e) => e.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBe(100);
  }, 120_000);
});
