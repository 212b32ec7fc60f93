import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import * as client from 'openid-client';
import type { OidcStatus } from '@evkin/contracts';
import { DomainError, RpcClient } from '@evkin/platform';
import { GATEWAY_ENV, type GatewayEnv } from '../../config.js';
import { FLOW_COOKIE, FLOW_TTL_MS, FlowSeal, type SsoFlow } from './flow-cookie.js';
import { roleOfClaim } from './role-claim.js';

const FLOW_COOKIE_PATH = '/api/auth/oidc';
/** The console: it shows the sign-in form until a session is kept, and reads `#sso=` and `?error=`. */
const CONSOLE = '/admin';

/** Why an SSO sign-in ended without a session; the console's sign-in page explains each. */
type SsoRefusal = 'oidc_failed' | 'oidc_no_role' | 'oidc_no_email';

class Refused extends Error {
  constructor(
    readonly code: SsoRefusal,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Single sign-on with an OpenID provider (authorization code flow with PKCE, state and nonce). The
 * provider's verified email and role claim decide who signs in; assessment opens the same session
 * a password sign-in gets. The session token reaches the console in the URL fragment, which
 * browsers never send to a server, so it appears in no access log.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('Sso');
  private readonly seal: FlowSeal;
  private configuration: Promise<client.Configuration> | undefined;

  constructor(
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
    private readonly rpc: RpcClient,
  ) {
    this.seal = new FlowSeal(env.OIDC_CLIENT_SECRET);
  }

  status(): OidcStatus {
    return { enabled: this.env.OIDC_ISSUER !== undefined };
  }

  async start(response: Response): Promise<void> {
    this.assertEnabled();
    const flow: SsoFlow = {
      verifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
    };
    let target: string;
    try {
      target = client.buildAuthorizationUrl(await this.provider(), {
        redirect_uri: this.callbackUrl(),
        scope: 'openid email profile',
        code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
      }).href;
    } catch (error) {
      this.logger.warn(`the OpenID provider is unavailable: ${String(error)}`);
      return response.redirect(302, `${CONSOLE}?error=oidc_failed`);
    }
    response.cookie(FLOW_COOKIE, this.seal.seal(flow), {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.env.PUBLIC_URL.startsWith('https:'),
      path: FLOW_COOKIE_PATH,
      maxAge: FLOW_TTL_MS,
    });
    response.redirect(302, target);
  }

  async callback(request: Request, response: Response): Promise<void> {
    this.assertEnabled();
    const flow = this.seal.open(request.header('cookie'));
    response.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
    let target: string;
    try {
      if (flow === undefined) throw new Refused('oidc_failed', 'no valid flow cookie (expired, changed or missing)');
      const { token } = await this.signIn(new URL(request.originalUrl, this.env.PUBLIC_URL), flow);
      target = `${CONSOLE}#sso=${token}`;
    } catch (error) {
      const refusal = error instanceof Refused ? error : new Refused('oidc_failed', String(error));
      // The reason only: never the callback URL, which carries the authorization code.
      this.logger.warn(`SSO sign-in refused (${refusal.code}): ${refusal.message}`);
      target = `${CONSOLE}?error=${refusal.code}`;
    }
    response.redirect(302, target);
  }

  private async signIn(callbackUrl: URL, flow: SsoFlow) {
    const config = await this.provider();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (idClaims === undefined) throw new Refused('oidc_failed', 'no ID token');
    // Many providers put email and custom claims in userinfo only; the ID token's own claims win.
    const claims: Record<string, unknown> = {
      ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)),
      ...idClaims,
    };
    const email = claims['email'];
    if (typeof email !== 'string' || email === '' || claims['email_verified'] === false) {
      throw new Refused('oidc_no_email', `subject ${idClaims.sub} has no verified email`);
    }
    const role = roleOfClaim(claims[this.env.OIDC_ROLE_CLAIM], {
      admin: this.env.OIDC_ADMIN_VALUES,
      viewer: this.env.OIDC_VIEWER_VALUES,
    });
    if (role === undefined) throw new Refused('oidc_no_role', `subject ${idClaims.sub} has no console role`);
    return this.rpc.call('assessment', 'auth.sso', { email, role, issuer: idClaims.iss, subject: idClaims.sub });
  }

  private assertEnabled(): void {
    if (this.env.OIDC_ISSUER === undefined) throw new DomainError('not_found');
  }

  private callbackUrl(): string {
    return new URL(`${FLOW_COOKIE_PATH}/callback`, this.env.PUBLIC_URL).href;
  }

  /** Discovery runs on first use (a provider that is down must not stop the gateway) and is kept once it worked. */
  private provider(): Promise<client.Configuration> {
    const issuer = new URL(this.env.OIDC_ISSUER!);
    const secret = this.env.OIDC_CLIENT_SECRET;
    this.configuration ??= client
      .discovery(
        issuer,
        this.env.OIDC_CLIENT_ID!,
        undefined,
        secret === undefined ? client.None() : client.ClientSecretBasic(secret),
        // Plain http is refused in production at boot; development and tests may use a local provider.
        issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }
}
