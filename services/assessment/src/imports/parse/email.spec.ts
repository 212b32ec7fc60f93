import { isEmail, normaliseEmail } from './email.js';

describe('email check', () => {
  it.each([
    'budi@contoh.go.id',
    'budi.sutan+evkin@kemnaker.go.id',
    "o'neil@example.com",
    'a_b-c@sub.domain-x.co.id',
    'x@xn--80ak6aa92e.com',
  ])('accepts %s', (email) => {
    expect(isEmail(email)).toBe(true);
  });

  it.each([
    'budi@',
    '@contoh.go.id',
    'budi',
    'budi@contoh',
    'budi@@contoh.go.id',
    'budi sutan@contoh.go.id',
    '.budi@contoh.go.id',
    'budi..sutan@contoh.go.id',
    'budi@-contoh.go.id',
    'budi@contoh..go.id',
    'budi@contoh.go.1d',
    'budi@[10.0.0.1]',
    `${'a'.repeat(65)}@contoh.go.id`,
    `budi@${'a'.repeat(64)}.id`,
  ])('refuses %s', (email) => {
    expect(isEmail(email)).toBe(false);
  });

  it('compares emails trimmed and lower-cased', () => {
    expect(normaliseEmail('  Budi.Sutan@Contoh.GO.ID ')).toBe('budi.sutan@contoh.go.id');
  });
});
