import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: well above the 128-bit floor of DESIGN §2. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

/** Tokens are high-entropy, so a fast unsalted hash is enough to make a stolen table useless. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The fragment keeps the token out of server and proxy logs: browsers never send it. */
export function raterLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/e#${token}`;
}

/** Halaman Monitoring: the participant's own page, a separate token from their rater link. */
export function monitoringLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/m#${token}`;
}
