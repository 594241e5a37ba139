/** Password hashes: scrypt as RFC 7914 defines it, a salt per hash, and nothing but the right password verifies. */
import { hashPassword, verifyPassword } from '../../src/modules/account/password';

/** RFC 7914 §12, second vector: scrypt("password", "NaCl", N = 1024, r = 8, p = 16, dkLen = 64), first 32 bytes. */
const RFC_7914_KEY = 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162';

it('verifies against a hash computed by the RFC 7914 test vector (independent of our hashing)', async () => {
  const stored = ['scrypt', 10, 8, 16, Buffer.from('NaCl').toString('base64url'), '']
    .join('$')
    .concat(Buffer.from(RFC_7914_KEY, 'hex').toString('base64url'));
  expect(await verifyPassword('password', stored)).toBe(true);
  expect(await verifyPassword('Password', stored)).toBe(false);
});

it('hashes with the stored parameters and a fresh salt each time', async () => {
  const [a, b] = await Promise.all([hashPassword('correct horse battery'), hashPassword('correct horse battery')]);
  expect(a).toMatch(/^scrypt\$15\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  expect(a).not.toBe(b);
  expect(await verifyPassword('correct horse battery', a)).toBe(true);
  expect(await verifyPassword('correct horse battery', b)).toBe(true);
  expect(await verifyPassword('correct horse batterY', a)).toBe(false);
});

it('treats a malformed stored hash as not matching instead of throwing', async () => {
  expect(await verifyPassword('anything', '')).toBe(false);
  expect(await verifyPassword('anything', 'bcrypt$10$abc')).toBe(false);
  expect(await verifyPassword('anything', 'scrypt$15$8$1$c2FsdA$')).toBe(false);
});
