import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, hashToken, randomToken } from '../../src/server/security/secrets.js';
import { hashPassword, verifyPassword } from '../../src/server/security/passwords.js';

describe('field cipher (AES-256-GCM)', () => {
  const key = crypto.randomBytes(32);

  it('round-trips text, including Arabic, with a fresh nonce each time', () => {
    const cipher = createFieldCipher(key);
    const a = cipher.encrypt('رقم الهاتف 0912345678');
    const b = cipher.encrypt('رقم الهاتف 0912345678');
    expect(a).not.toBe(b);
    expect(a).not.toContain('0912345678');
    expect(cipher.decrypt(a)).toBe('رقم الهاتف 0912345678');
  });

  it('refuses tampered ciphertext and unknown keys', () => {
    const cipher = createFieldCipher(key);
    const sealed = cipher.encrypt('secret');
    const parts = sealed.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'))).toThrow();
    expect(() => createFieldCipher(crypto.randomBytes(32)).decrypt(sealed)).toThrow();
  });

  it('reads data sealed under a previous key after rotation', () => {
    const old = createFieldCipher(key);
    const sealed = old.encrypt('kept');
    const rotated = createFieldCipher(crypto.randomBytes(32), [key]);
    expect(rotated.decrypt(sealed)).toBe('kept');
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => createFieldCipher(crypto.randomBytes(16))).toThrow(/32 bytes/);
  });
});

describe('tokens and passwords', () => {
  it('makes distinct high-entropy tokens and stable hashes', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => randomToken()));
    expect(tokens.size).toBe(100);
    expect(hashToken('abc')).toBe(hashToken('abc'));
    expect(hashToken('abc')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes passwords with argon2id', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'wrong')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
