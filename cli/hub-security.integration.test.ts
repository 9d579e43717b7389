import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { get as httpsGet, request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/wait-for';

/** `tend hub` on the network (issue 15): the warning, HTTPS, and files only their owner can read. */
const TEND = join(import.meta.dirname, '..', 'bin', 'tend.js');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
});

/** Starts `tend ARGS` under umask 022 (a usual desktop default) and waits for "listening on URL". */
async function startHub(args: string[]): Promise<{ url: string; stderr: () => string; child: ChildProcess }> {
  const child = spawn('/bin/sh', ['-c', 'umask 022; exec "$@"', 'sh', process.execPath, TEND, ...args], {
    env: { ...process.env, TEND_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (d) => {
      err += String(d);
      const m = /listening on (https?:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.on('exit', (code) => reject(new Error(`hub exited ${code}: ${err}`)));
  });
  return { url, stderr: () => err, child };
}

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

describe('tend hub on the network', () => {
  it('warns on stderr when it listens beyond loopback without TLS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-net-'));
    const hub = await startHub(['--db', join(dir, 'tend.db'), 'hub', '--host', '0.0.0.0', '--port', '0', '--no-backup']);
    expect(hub.stderr()).toMatch(/warning: listening on 0\.0\.0\.0, not only this machine/);
    expect(hub.stderr()).toMatch(/--tls-cert FILE --tls-key FILE/);
    const port = new URL(hub.url).port;
    expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
  }, 120_000);

  it('says in one line that its port is taken, and exits 1, instead of a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-net-'));
    const first = await startHub(['--db', join(dir, 'a.db'), 'hub', '--port', '0', '--no-backup']);
    const port = new URL(first.url).port;
    const second = spawnSync(process.execPath, [TEND, '--db', join(dir, 'b.db'), 'hub', '--port', port, '--no-backup'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, TEND_LOG: 'warn' } });
    expect(second.status).toBe(1);
    expect(second.stderr.trim().split('\n')).toEqual([`tend: --port ${port}: 127.0.0.1:${port} is already in use (is another Tend hub running?); choose another with --port`]);
    // The first hub is untouched.
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
  }, 120_000);

  it('says nothing of the kind on loopback', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-net-'));
    const hub = await startHub(['--db', join(dir, 'tend.db'), 'hub', '--port', '0', '--no-backup']);
    expect(hub.stderr()).not.toMatch(/warning/);
  }, 120_000);

  it('serves HTTPS with --tls-cert/--tls-key, which a client trusting that certificate can reach, reports included', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-tls-'));
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const hub = await startHub(['--db', join(dir, 'tend.db'), 'hub', '--host', '0.0.0.0', '--port', '0', '--no-backup', '--tls-cert', cert, '--tls-key', key]);
    expect(hub.url).toMatch(/^https:\/\//);
    expect(hub.stderr()).toMatch(/warning: listening on 0\.0\.0\.0/);
    expect(hub.stderr()).not.toMatch(/unencrypted/);
    const port = new URL(hub.url).port;
    const answer = await new Promise<{ status: number; body: string; hsts: unknown }>((resolve, reject) => {
      httpsGet({ host: '127.0.0.1', port, path: '/api/health', ca: readPem(cert) }, (res) => {
        let body = '';
        res.on('data', (d) => (body += String(d)));
        res.on('end', () => resolve({ status: res.statusCode!, body, hsts: res.headers['strict-transport-security'] }));
      }).on('error', reject);
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ status: 'ok' });
    expect(answer.hsts).toMatch(/max-age=/);
    // Reports print through the hub's own HTTPS (Chromium reaches it over loopback).
    const call = (method: string, path: string, body: unknown, token?: string) =>
      new Promise<{ status: number; type: string; bytes: Buffer }>((resolve, reject) => {
        const json = JSON.stringify(body);
        const req = httpsRequest({ host: '127.0.0.1', port, path, method, ca: readPem(cert), headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (d: Buffer) => chunks.push(d));
          res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), bytes: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
        req.end(json);
      });
    expect((await call('POST', '/api/auth/register', { email: 'tls@example.org', password: 'long enough pw', name: 'T' })).status).toBe(201);
    const token = JSON.parse(String((await call('POST', '/api/auth/login', { email: 'tls@example.org', password: 'long enough pw' })).bytes)).access_token as string;
    const subject = JSON.parse(String((await call('POST', '/api/subjects', { name: 'Ada', kind: 'diabetes' }, token)).bytes)).id as string;
    const pdf = await call('POST', `/api/subjects/${subject}/reports`, { kind: 'agp' }, token);
    expect(pdf.status, String(pdf.bytes).slice(0, 300)).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // A client that does not trust the certificate is refused by TLS itself; plain HTTP gets no API.
    await expect(new Promise((resolve, reject) => httpsGet({ host: '127.0.0.1', port, path: '/api/health' }, resolve).on('error', reject))).rejects.toThrow(/self.signed|certificate/i);
    await expect(fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.json())).rejects.toThrow();
  }, 120_000);

  it('exits 2 for --tls-cert without --tls-key, a file that is not PEM, or a bad --allow-host', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-tls-'));
    const notPem = join(dir, 'x.pem');
    writeFileSync(notPem, 'hello');
    const run = (args: string[]) => spawnSync(process.execPath, [TEND, '--db', join(dir, 'tend.db'), 'hub', '--port', '0', '--no-backup', ...args], { encoding: 'utf8', timeout: 60_000 });
    const half = run(['--tls-cert', notPem]);
    expect(half.status).toBe(2);
    expect(half.stderr).toMatch(/--tls-cert needs --tls-key/);
    const bad = run(['--tls-cert', notPem, '--tls-key', notPem]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--tls-cert .*not a PEM file/);
    const host = run(['--allow-host', 'http://evil/']);
    expect(host.status).toBe(2);
    expect(host.stderr).toMatch(/--allow-host/);
  }, 120_000);
});

describe('files only their owner can read', () => {
  it('creates the database, its -wal and -shm, and backups 0600 under umask 022', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-modes-'));
    const db = join(dir, 'tend.db');
    const backups = join(dir, 'backups');
    await startHub(['--db', db, 'hub', '--port', '0', '--backup-dir', backups]);
    const backup = await waitFor('the first backup', () => existsSync(backups) && readdirSync(backups).find((f) => /^tend-.*\.db$/.test(f)));
    expect(mode(db)).toBe('600');
    expect(existsSync(`${db}-wal`)).toBe(true);
    expect(mode(`${db}-wal`)).toBe('600');
    expect(mode(`${db}-shm`)).toBe('600');
    expect(mode(join(backups, backup))).toBe('600');
    expect(mode(backups)).toBe('700');
  }, 120_000);

  it('tightens a database an older version left readable by others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tend-modes-'));
    const db = join(dir, 'tend.db');
    const run = () => spawnSync('/bin/sh', ['-c', 'umask 022; exec "$@"', 'sh', process.execPath, TEND, '--db', db, 'user', 'list', '--json'], { encoding: 'utf8', timeout: 60_000 });
    expect(run().status).toBe(0);
    chmodSync(db, 0o644);
    expect(run().status).toBe(0);
    expect(mode(db)).toBe('600');
  }, 120_000);
});

function readPem(file: string): Buffer {
  return Buffer.from(spawnSync('cat', [file]).stdout);
}
