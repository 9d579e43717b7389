import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { KvSecretStore } from './sqlite-stores';
import { StaticKeyProvider } from './token-store';

describe('KvSecretStore', () => {
  it('keeps values sealed in the kv table and refuses a value copied to another subject', async () => {
    const db = openDatabase(':memory:');
    const keys = new StaticKeyProvider(randomBytes(32));
    const a = new KvSecretStore(db, keys, 'dexcom:subject-a');
    const b = new KvSecretStore(db, keys, 'dexcom:subject-b');
    await a.set('dexcom.tokens', 'refresh-me-please');
    expect(await a.get('dexcom.tokens')).toBe('refresh-me-please');
    expect(await b.get('dexcom.tokens')).toBeNull();
    const raw = db.$client.prepare(`SELECT value FROM kv WHERE key = ?`).pluck().get(a.keyOf('dexcom.tokens')) as string;
    expect(raw).not.toContain('refresh-me-please');
    db.$client.prepare(`INSERT INTO kv (key, value) VALUES (?, ?)`).run(b.keyOf('dexcom.tokens'), raw);
    await expect(b.get('dexcom.tokens')).rejects.toThrow(/integrity/);
    await a.delete('dexcom.tokens');
    expect(await a.get('dexcom.tokens')).toBeNull();
    db.$client.close();
  });
});
