/** Random tokens, their hashes, and authenticated encryption of strictly confidential fields. */
import crypto from 'node:crypto';

/** A URL-safe random token of `bytes` bytes of entropy, with an optional readable prefix. */
export function randomToken(bytes = 32, prefix = ''): string {
  return prefix + crypto.randomBytes(bytes).toString('base64url');
}

/** SHA-256 hex digest: tokens are high-entropy, so a fast hash is right (passwords use argon2id). */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** Compares two strings in constant time. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

export interface FieldCipher {
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
}

const VERSION = 'v1';

/**
 * AES-256-GCM with a random 96-bit nonce. Output `v1.<keyId>.<nonce>.<tag>.<ciphertext>` (base64url)
 * names the key, so keys can be rotated: old keys stay in `previous` until data is re-encrypted.
 */
export function createFieldCipher(key: Buffer, previous: Buffer[] = []): FieldCipher {
  if (key.length !== 32) throw new Error('The encryption key must be 32 bytes (base64-encoded).');
  const keys = new Map([key, ...previous].map((k) => [keyId(k), k]));
  const currentId = keyId(key);
  return {
    encrypt(plaintext) {
      const nonce = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, nonce);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [nonce, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
      return [VERSION, currentId, ...parts].join('.');
    },
    decrypt(ciphertext) {
      const [version, id, nonce, tag, body] = ciphertext.split('.');
      const k = id ? keys.get(id) : undefined;
      if (version !== VERSION || !k || !nonce || !tag || body === undefined) {
        throw new Error('Cannot decrypt: unknown format or key');
      }
      const decipher = crypto.createDecipheriv('aes-256-gcm', k, Buffer.from(nonce, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    },
  };
}

function keyId(key: Buffer): string {
  return crypto.createHash('sha256').update(key).digest('base64url').slice(0, 8);
}
