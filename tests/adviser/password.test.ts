import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT, hashPassword, passwordProblem, verifyPassword } from '../../src/adviser/password.js';

const FAST = { N: 1024, r: 8, p: 1 };

describe('scrypt passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('une phrase de passe', FAST);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    await expect(verifyPassword('une phrase de passe', hash)).resolves.toBe(true);
    await expect(verifyPassword('une phrase de passE', hash)).resolves.toBe(false);
    await expect(verifyPassword('', hash)).resolves.toBe(false);
  });

  it('salts each hash, so the same password never gives the same hash', async () => {
    const [a, b] = await Promise.all([hashPassword('même mot de passe', FAST), hashPassword('même mot de passe', FAST)]);
    expect(a).not.toBe(b);
  });

  it('treats a malformed or foreign hash as a mismatch, without throwing', async () => {
    for (const bad of ['', 'plain', 'scrypt$x$8$1$abc$def', 'bcrypt$2b$10$abc', 'scrypt$1024$8$1$c2FsdA$c2hvcnQ', 'scrypt$4194304$8$1$a$b']) {
      await expect(verifyPassword('anything', bad)).resolves.toBe(false);
    }
  });

  it('uses production parameters that cost real work (N ≥ 2^15) and still verify', async () => {
    expect(DEFAULT_SCRYPT.N).toBeGreaterThanOrEqual(2 ** 15);
    const t = performance.now();
    const hash = await hashPassword('mot de passe de production');
    await expect(verifyPassword('mot de passe de production', hash)).resolves.toBe(true);
    expect(performance.now() - t).toBeGreaterThan(10);
  });

  it('asks for 12 characters at least', () => {
    expect(passwordProblem('court')).toMatch(/12 caractères/);
    expect(passwordProblem('douze caract')).toBeUndefined();
  });
});
