import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createCore } from '../core/app';
import { openDatabase } from '../db/open';
import { startHub } from './start';
import { startTestHub } from './testing';

/** The hub's network edge (issue 15): Host names, security headers, framework errors in the API's shape. */
let hub: Awaited<ReturnType<typeof startTestHub>>;
let port: string;
beforeAll(async () => {
  hub = await startTestHub();
  port = new URL(hub.url).port;
});
afterAll(async () => hub?.close());

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

/** One request on its own connection, with exactly the headers given (a browser's fetch would not let us forge Host). */
function raw(base: string, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string; noHost?: boolean } = {}): Promise<Answer> {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: opts.method ?? 'GET', headers: opts.headers ?? {}, agent: false, setHost: !opts.noHost }, (res) => {
      let text = '';
      res.on('data', (d) => (text += String(d)));
      res.on('end', () => {
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode!, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** Opens a WebSocket with a forged Host; resolves with the HTTP status it was refused with, or 101 when it opened. */
function upgrade(base: string, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}${path}`, { headers: { host } });
    ws.once('open', () => {
      ws.close();
      resolve({ status: 101, body: '' });
    });
    ws.once('unexpected-response', (req, res) => {
      let body = '';
      res.on('data', (d) => (body += String(d)));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    ws.once('error', reject);
  });
}

describe('the Host check (DNS rebinding)', () => {
  it('refuses a request whose Host is a name the hub was not given, in the API error shape', async () => {
    const r = await raw(hub.url, '/api/health', { headers: { host: `attacker.example:${port}` } });
    expect(r.status).toBe(403);
    expect(r.json.error).toMatchObject({ code: 'forbidden', field: 'host' });
    expect(r.json.error.message).toMatch(/--allow-host/);
  });

  it('refuses registration, sign-in and the app page from a rebound name too', async () => {
    const body = JSON.stringify({ email: 'rebind@example.org', password: 'long enough pw', name: 'R' });
    const reg = await raw(hub.url, '/api/auth/register', { method: 'POST', headers: { host: 'attacker.example', 'content-type': 'application/json' }, body });
    expect(reg.status).toBe(403);
    expect(hub.core.deps.db.$client.prepare(`SELECT COUNT(*) FROM users WHERE email = 'rebind@example.org'`).pluck().get()).toBe(0);
    expect((await raw(hub.url, '/', { headers: { host: 'attacker.example' } })).status).toBe(403);
    // HTTP/1.0 without a Host header names no host at all.
    expect((await raw(hub.url, '/api/health', { noHost: true })).status).toBe(403);
  });

  it('refuses the WebSocket upgrade from a rebound name, the stream and the sensor socket alike', async () => {
    const token = await hub.signUp('ws@example.org');
    const stream = await upgrade(hub.url, `/api/stream?token=${token}`, `attacker.example:${port}`);
    expect(stream.status).toBe(403);
    expect(JSON.parse(stream.body).error.code).toBe('forbidden');
    expect((await upgrade(hub.url, `/api/devices/x/stream?token=${token}`, 'attacker.example')).status).toBe(403);
    expect((await upgrade(hub.url, `/api/stream?token=${token}`, `127.0.0.1:${port}`)).status).toBe(101);
  });

  it('answers to its own address and the loopback names when bound to loopback', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'LOCALHOST', 'localhost.']) {
      expect((await raw(hub.url, '/api/health', { headers: { host } })).status, host).toBe(200);
    }
    for (const host of ['127.0.0.1.attacker.example', 'localhost.attacker.example', 'attacker.example@127.0.0.1', '[::2]']) {
      expect((await raw(hub.url, '/api/health', { headers: { host } })).status, host).toBe(403);
    }
  });

  it('answers to a name its owner allowed (tend hub --allow-host)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-allow-'));
    const core = createCore({ db: openDatabase(join(dir, 'tend.db')) });
    const other = await startHub({ core, port: 0, alertTimer: false, allowHosts: ['tend.ward.example'] });
    try {
      expect((await raw(other.url, '/api/health', { headers: { host: 'tend.ward.example:4477' } })).status).toBe(200);
      expect((await raw(other.url, '/api/health', { headers: { host: 'Tend.Ward.Example' } })).status).toBe(200);
      expect((await raw(other.url, '/api/health', { headers: { host: 'ward.example' } })).status).toBe(403);
    } finally {
      await other.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('security headers', () => {
  it('puts the app page’s security headers on API answers, errors included', async () => {
    const page = await raw(hub.url, '/', { headers: { host: `127.0.0.1:${port}` } });
    for (const path of ['/api/health', '/api/subjects', '/api/nope']) {
      const r = await raw(hub.url, path, { headers: { host: `127.0.0.1:${port}` } });
      for (const h of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options']) {
        expect(r.headers[h], `${path} ${h}`).toBeDefined();
        expect(r.headers[h], `${path} ${h}`).toBe(page.headers[h]);
      }
    }
  });
});

describe('framework errors in the API shape', () => {
  const host = () => ({ host: `127.0.0.1:${port}` });

  it('answers a URL over 8 KB with 414', async () => {
    const r = await raw(hub.url, `/api/subjects?x=${'a'.repeat(9000)}`, { headers: host() });
    expect(r.status).toBe(414);
    expect(r.json.error).toMatchObject({ code: 'uri_too_long' });
  });

  it('answers headers too large for the HTTP parser with 431', async () => {
    const r = await raw(hub.url, `/api/${'a'.repeat(20_000)}`, { headers: host() });
    expect(r.status).toBe(431);
    expect(r.json.error).toMatchObject({ code: 'headers_too_large' });
  });

  it('answers a request Node cannot parse with 400 in the API shape', async () => {
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n\r\n'));
      let got = '';
      socket.on('data', (d) => (got += String(d)));
      socket.on('end', () => resolve(got));
      socket.on('error', reject);
    });
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)).error).toMatchObject({ code: 'bad_request' });
  });

  it('answers a malformed URL with 400', async () => {
    for (const path of ['/api/%zz', '/api/subjects/%E0%A4%A']) {
      const r = await raw(hub.url, path, { headers: host() });
      expect(r.status, path).toBe(400);
      expect(r.json.error, path).toMatchObject({ code: 'bad_url' });
    }
  });

  it('answers bad JSON with 400 and a body of another type with 415', async () => {
    const bad = await raw(hub.url, '/api/auth/login', { method: 'POST', headers: { ...host(), 'content-type': 'application/json' }, body: '{"email":' });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ code: 'bad_request' });
    expect(bad.json.error.message).toMatch(/JSON/);
    const xml = await raw(hub.url, '/api/auth/login', { method: 'POST', headers: { ...host(), 'content-type': 'text/xml' }, body: '<a/>' });
    expect(xml.status).toBe(415);
    expect(xml.json.error).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('does not echo a long unknown path back in full', async () => {
    const r = await raw(hub.url, `/api/${'b'.repeat(5000)}`, { headers: host() });
    expect(r.status).toBe(404);
    expect(r.json.error.message.length).toBeLessThan(300);
  });
});
