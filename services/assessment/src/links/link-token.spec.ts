import { hashLinkToken, newLinkToken, raterLink } from './link-token.js';

describe('rater link tokens', () => {
  it('carry 256 random bits and are stored only as their SHA-256', () => {
    const { token, hash } = newLinkToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashLinkToken(token));
    expect(hash).not.toContain(token);
  });

  it('never repeat', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newLinkToken().token));
    expect(tokens.size).toBe(1000);
  });

  it('travel in the URL fragment, which browsers never send to a server', () => {
    expect(raterLink('https://evkin.example/', 'abc')).toBe('https://evkin.example/e#abc');
  });
});
