import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EncryptedFileSecretStore, KeyFileProvider, clearTokens, loadCredentials, loadTokens, saveCredentials, saveTokens } from './token-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tend-secrets-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the hub key file', () => {
  it('is created once with 32 random bytes, readable only by the user, and reused', async () => {
    const path = join(dir, 'app', 'dexcom.key');
    const k1 = await new KeyFileProvider(path).getKey();
    const k2 = await new KeyFileProvider(path).getKey();
    expect(k1).toHaveLength(32);
    expect(k2.equals(k1)).toBe(true);
    expect((await readFile(path)).equals(k1)).toBe(true);
    if (process.platform !== 'win32') expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('agrees on one key when two providers start at the same moment', async () => {
    const path = join(dir, 'race.key');
    const [a, b] = await Promise.all([new KeyFileProvider(path).getKey(), new KeyFileProvider(path).getKey()]);
    expect(a.equals(b)).toBe(true);
  });

  it('refuses a key file of the wrong length', async () => {
    const path = join(dir, 'short.key');
    await writeFile(path, Buffer.alloc(16));
    await expect(new KeyFileProvider(path).getKey()).rejects.toThrow('expected 32');
  });
});

describe('the encrypted secret file', () => {
  it('keeps credentials and tokens across instances without any of them readable in the file', async () => {
    const file = join(dir, 'secrets.json');
    const keyPath = join(dir, 'k.key');
    const store = new EncryptedFileSecretStore(file, new KeyFileProvider(keyPath));
    await saveCredentials(store, { clientId: 'client-abc', clientSecret: 'very-secret-value', region: 'jp' });
    await saveTokens(store, { accessToken: 'access-xyz', refreshToken: 'refresh-uvw', expiresAt: 1_700_000_000_000, tokenType: 'Bearer' });

    const again = new EncryptedFileSecretStore(file, new KeyFileProvider(keyPath));
    expect(await loadCredentials(again)).toEqual({ clientId: 'client-abc', clientSecret: 'very-secret-value', region: 'jp' });
    expect((await loadTokens(again))?.refreshToken).toBe('refresh-uvw');

    const text = await readFile(file, 'utf8');
    for (const plain of ['client-abc', 'very-secret-value', 'access-xyz', 'refresh-uvw']) expect(text).not.toContain(plain);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);

    await clearTokens(again);
    expect(await loadTokens(again)).toBeNull();
    expect(await loadCredentials(again)).not.toBeNull();
  });

  it('reports a tampered file instead of returning altered secrets', async () => {
    const file = join(dir, 'secrets.json');
    const store = new EncryptedFileSecretStore(file, new KeyFileProvider(join(dir, 'k.key')));
    await store.set('dexcom.tokens', '{"a":1}');
    const json = JSON.parse(await readFile(file, 'utf8'));
    const [v, iv, tag, ct] = (json.secrets['dexcom.tokens'] as string).split('.');
    const bytes = Buffer.from(ct, 'base64url');
    bytes[bytes.length - 1] ^= 0x40;
    json.secrets['dexcom.tokens'] = [v, iv, tag, bytes.toString('base64url')].join('.');
    await writeFile(file, JSON.stringify(json));
    await expect(store.get('dexcom.tokens')).rejects.toThrow('integrity check');
  });

  it('cannot be opened with a different key file', async () => {
    const file = join(dir, 'secrets.json');
    await new EncryptedFileSecretStore(file, new KeyFileProvider(join(dir, 'a.key'))).set('x', 'y');
    await expect(new EncryptedFileSecretStore(file, new KeyFileProvider(join(dir, 'b.key'))).get('x')).rejects.toThrow('integrity check');
  });

  it('keeps every value when many writes overlap', async () => {
    const store = new EncryptedFileSecretStore(join(dir, 's.json'), new KeyFileProvider(join(dir, 'k.key')));
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.set(`n${i}`, `v${i}`)));
    for (let i = 0; i < 20; i++) expect(await store.get(`n${i}`)).toBe(`v${i}`);
  });
});
