import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { waitFor, roundTrip } from './wait-for';

describe('waitFor', () => {
  it('returns the first truthy value as soon as the condition holds', async () => {
    let n = 0;
    const v = await waitFor('the third try', () => (++n >= 3 ? { n } : null), { intervalMs: 1 });
    expect(v).toEqual({ n: 3 });
  });

  it('treats a throwing check as "not yet" and awaits async checks', async () => {
    let n = 0;
    const v = await waitFor('an expectation to hold', async () => {
      n++;
      expect(n).toBeGreaterThan(2);
      return n;
    }, { intervalMs: 1 });
    expect(v).toBe(3);
  });

  it('fails naming what it waited for, with the last error seen', async () => {
    await expect(waitFor('the kettle to boil', () => {
      throw new Error('still cold');
    }, { timeoutMs: 30, intervalMs: 5 })).rejects.toThrow(/timed out after 30 ms waiting for the kettle to boil \(last error: still cold\)/);
  });

  it('fails naming the last value when the check only ever returns a falsy one', async () => {
    await expect(waitFor('a reading', () => 0, { timeoutMs: 20, intervalMs: 5 })).rejects.toThrow(/waiting for a reading \(last value: 0\)/);
  });
});

describe('roundTrip', () => {
  it('resolves only after every message the server sent before the pong has arrived', async () => {
    const http = createServer();
    const wss = new WebSocketServer({ server: http });
    // On "go", fifty messages; the ping sent right after "go" is answered after them.
    wss.on('connection', (s) => s.on('message', () => {
      for (let i = 0; i < 50; i++) s.send(String(i));
    }));
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
    const ws = new WebSocket(`ws://127.0.0.1:${(http.address() as AddressInfo).port}`);
    const got: string[] = [];
    ws.on('message', (d) => got.push(String(d)));
    await new Promise<void>((r) => ws.once('open', () => r()));
    ws.send('go');
    await roundTrip(ws);
    expect(got).toHaveLength(50);
    ws.close();
    wss.close();
    http.close();
  });
});
