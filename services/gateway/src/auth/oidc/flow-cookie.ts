import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** What the callback must see again: PKCE verifier, state and nonce of one sign-in. */
export interface SsoFlow {
  verifier: string;
  state: string;
  nonce: string;
}

export const FLOW_COOKIE = 'evkin_oidc';
export const FLOW_TTL_MS = 10 * 60 * 1000;

/**
 * The flow travels in an encrypted, authenticated cookie (AES-256-GCM), so the gateway keeps no
 * state between /start and /callback and a changed cookie is refused. The key derives from the
 * client secret, so every gateway replica reads every cookie; a public client (no secret) gets a
 * per-process key, and a flow then has to end on the gateway that began it.
 */
export class FlowSeal {
  private readonly key: Buffer;

  constructor(clientSecret: string | undefined) {
    this.key =
      clientSecret === undefined
        ? randomBytes(32)
        : Buffer.from(hkdfSync('sha256', clientSecret, 'evkin-360', 'oidc flow cookie', 32));
  }

  seal(flow: SsoFlow, now = Date.now()): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify({ ...flow, exp: now + FLOW_TTL_MS })), cipher.final()]);
    return [iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.');
  }

  /** The flow of a `Cookie` header, or undefined when it is missing, changed or older than 10 minutes. */
  open(cookieHeader: string | undefined, now = Date.now()): SsoFlow | undefined {
    const sealed = cookieHeader
      ?.split(';')
      .map((cookie) => cookie.trim())
      .find((cookie) => cookie.startsWith(`${FLOW_COOKIE}=`))
      ?.slice(FLOW_COOKIE.length + 1);
    const [iv, body, tag] = (sealed ?? '').split('.').map((part) => Buffer.from(part, 'base64url'));
    if (iv === undefined || body === undefined || tag === undefined || iv.length !== 12 || tag.length !== 16) {
      return undefined;
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAuthTag(tag);
      const flow = JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as SsoFlow & {
        exp: number;
      };
      return flow.exp > now ? { verifier: flow.verifier, state: flow.state, nonce: flow.nonce } : undefined;
    } catch {
      return undefined;
    }
  }
}
