import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import type { KeyProvider } from '../../core/dexcom/token-store';

/**
 * The desktop's key for secrets at rest (Dexcom tokens and credentials): 32 random bytes,
 * themselves encrypted by the OS keychain through `safeStorage` and kept in the user-data
 * folder. The hub uses a key file readable only by the user instead.
 */
export function safeStorageKeyProvider(): KeyProvider {
  let key: Buffer | null = null;
  return {
    async getKey() {
      if (key) return key;
      if (!safeStorage.isEncryptionAvailable()) throw new Error('the OS keychain is not available to protect secrets');
      const file = join(app.getPath('userData'), 'secrets.key.enc');
      if (existsSync(file)) {
        key = Buffer.from(safeStorage.decryptString(readFileSync(file)), 'base64');
      } else {
        key = randomBytes(32);
        writeFileSync(file, safeStorage.encryptString(key.toString('base64')), { mode: 0o600 });
      }
      return key;
    },
  };
}
