import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Db } from '../db/open';

/**
 * The desk's head-office token at rest. The desktop app gives the back end a key kept by the
 * operating system (Electron safeStorage: DPAPI, Keychain, libsecret); the token is then stored
 * sealed with it (AES-256-GCM), so a copied data folder or backup holds no usable token. Without
 * a key (browser mode, scripts) it is stored as it is, as before.
 */
const keys = new WeakMap<Db, Buffer>();
const PREFIX = 'sealed:v1:';

export function setTokenKey(db: Db, key: Buffer | undefined): void {
  if (key && key.length !== 32) throw new Error('the token key must be 32 bytes');
  if (key) keys.set(db, key);
  else keys.delete(db);
}

export function sealToken(db: Db, token: string): string {
  const key = keys.get(db);
  if (!key) return token;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
}

/** The token, or null when it is sealed and this process has not got the key that opens it. */
export function openToken(db: Db, stored: string): string | null {
  if (!stored.startsWith(PREFIX)) return stored;
  const key = keys.get(db);
  if (!key) return null;
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
