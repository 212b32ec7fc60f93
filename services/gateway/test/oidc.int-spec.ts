import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import Provider from 'oidc-provider';
import type { AdminAccount, AdminSession, OidcStatus } from '@evkin/contracts';
import { migrate, startServices, waitUntilReady } from '../../../scripts/stack/services.mjs';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';
import { freePort } from '../../../test/support/ports.js';
import { servicePorts, stackEnv } from '../../../test/support/stack.js';
import { startLoneGateway } from './lone-gateway.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const CLIENT = { id: 'evkin-console', secret: 'a client secret of the console, long enough' };

/** The provider's users, by login: their claims (the role claim is `evkin_role`). */
const USERS: Record<string, Record<string, unknown>> = {
  'dewi.admin': { email: 'Dewi.Admin@kemnaker.example', email_verified: true, evkin_role: ['staff', 'admin'] },
  'budi.viewer': { email: 'budi.viewer@kemnaker.example', email_verified: true, evkin_role: 'viewer' },
  'tono.staff': { email: 'tono.staff@kemnaker.example', email_verified: true },
};

/** One browser: the cookies it holds, sent back to every address of 127.0.0.1 (path and port matter not here). */
class Browser {
  private readonly cookies = new Map<string, string>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

/**
 * Follows redirects from `url` through the provider's development sign-in and consent forms (as
 * `login`), until `stopAt` accepts a redirect (to the console, or to the gateway's callback). Returns that last Location.
 */
async function signInAtProvider(
  browser: Browser,
  url: string,
  login: string,
  stopAt: (location: URL) => boolean,
): Promise<URL> {
  let next = new URL(url);
  for (let step = 0; step < 20; step++) {
    const response = await browser.request(next.href);
    const location = response.headers.get('location');
    if (location !== null) {
      next = new URL(location, next);
      if (stopAt(next)) return next;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || action === undefined || prompt === undefined) {
      throw new Error(`unexpected provider page ${response.status} at ${next.pathname}: ${html.slice(0, 300)}`);
    }
    const form = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login, password: 'any' } : {}) });
    const submitted = await browser.request(new URL(action, next).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    next = new URL(submitted.headers.get('location') ?? '', next);
    if (stopAt(next)) return next;
  }
  throw new Error('the provider sign-in did not end');
}

/** Single sign-on through a real OpenID provider (oidc-provider, certified), the whole stack behind the gateway. */
describe('admin sign-in with OpenID Connect', () => {
  let infra: IsolatedInfra;
  let stack: ReturnType<typeof startServices>;
  let idp: Server;
  let baseUrl: string;

  beforeAll(async () => {
    infra = await isolate('oidc');
    const ports = await servicePorts();
    baseUrl = `http://127.0.0.1:${ports.gateway}`;
    const issuer = `http://127.0.0.1:${await freePort()}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT.id,
          client_secret: CLIENT.secret,
          redirect_uris: [`${baseUrl}/api/auth/oidc/callback`],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['evkin_role'] },
      findAccount: (_ctx, sub) => (USERS[sub] ? { accountId: sub, claims: () => ({ sub, ...USERS[sub] }) } : undefined),
      pkce: { required: () => true },
      cookies: { keys: ['cookie key of the test provider'] },
      ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    });
    const handle = provider.callback();
    idp = createServer((request, response) => void handle(request, response));
    await new Promise<void>((resolve) => idp.listen(Number(new URL(issuer).port), '127.0.0.1', resolve));
    const env = {
      ...stackEnv(infra, {
        publicUrl: baseUrl,
        admin: { email: 'admin@evkin.test', password: 'a long local password' },
      }),
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
    };
    await migrate(root, env);
    stack = startServices({ root, env, ports });
    await waitUntilReady(baseUrl, 45_000, stack.children);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await new Promise((resolve) => idp?.close(resolve));
    await infra?.cleanup();
  });

  const api = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
    });

  /** The whole browser journey: the console's button, the provider's forms, back to the console. */
  async function ssoSignIn(login: string): Promise<URL> {
    const browser = new Browser();
    const start = await browser.request(`${baseUrl}/api/auth/oidc/start`);
    expect(start.status).toBe(302);
    expect(browser.has('evkin_oidc')).toBe(true);
    const location = new URL(start.headers.get('location')!);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    return signInAtProvider(browser, location.href, login, (url) => url.pathname === '/admin');
  }

  it('tells the console that SSO is on', async () => {
    const status = await fetch(`${baseUrl}/api/auth/oidc`);
    expect(await status.json()).toEqual({ enabled: true } satisfies OidcStatus);
  });

  it('gives a provider admin a working admin session, the token in the fragment only', async () => {
    const landing = await ssoSignIn('dewi.admin');
    expect(landing.search).toBe('');
    const token = /^#sso=([A-Za-z0-9_-]{43})$/.exec(landing.hash)?.[1];
    expect(token).toBeDefined();
    const me = await api('/api/auth/me', token!);
    expect(await me.json()).toMatchObject({
      email: 'dewi.admin@kemnaker.example',
      role: 'admin',
    } satisfies Partial<AdminSession>);
    const accounts = await api('/api/admin/accounts', token!);
    expect(accounts.status).toBe(200);
    // Listed as an SSO account: it has no password of its own.
    expect(((await accounts.json()) as AdminAccount[]).map((a) => [a.email, a.role, a.signIn])).toContainEqual([
      'dewi.admin@kemnaker.example',
      'admin',
      'sso',
    ]);
    const audit = await api('/api/admin/audit?page=1&pageSize=10', token!);
    expect(JSON.stringify(await audit.json())).toContain('admin_user.sso_sign_in');
    // The account SSO created has no password: no password signs it in, not even the stored marker.
    for (const password of ['!sso', '']) {
      const local = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'dewi.admin@kemnaker.example', password }),
      });
      expect(local.status).toBe(password === '' ? 400 : 401);
    }
  });

  it('gives a provider viewer a viewer session, refused admin changes', async () => {
    const token = /^#sso=(.+)$/.exec((await ssoSignIn('budi.viewer')).hash)?.[1];
    expect(token).toBeDefined();
    expect(await (await api('/api/auth/me', token!)).json()).toMatchObject({ role: 'viewer' });
    expect((await api('/api/admin/batteries', token!)).status).toBe(200);
    const change = await api('/api/admin/accounts', token!, {
      method: 'POST',
      body: JSON.stringify({ email: 'x@kemnaker.example', password: 'twelve chars or more', role: 'admin' }),
    });
    expect(change.status).toBe(403);
  });

  it('opens no session for a provider user without a console role', async () => {
    const landing = await ssoSignIn('tono.staff');
    expect(landing.hash).toBe('');
    expect(landing.searchParams.get('error')).toBe('oidc_no_role');
  });

  it('refuses a callback whose state was changed, and one without the flow cookie', async () => {
    const browser = new Browser();
    const start = await browser.request(`${baseUrl}/api/auth/oidc/start`);
    const callback = await signInAtProvider(browser, start.headers.get('location')!, 'dewi.admin', (url) =>
      url.pathname.endsWith('/api/auth/oidc/callback'),
    );
    expect(callback.searchParams.get('code')).toBeTruthy();
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const refused = await browser.request(tampered.href);
    expect(refused.status).toBe(302);
    expect(refused.headers.get('location')).toBe('/admin?error=oidc_failed');
    // The flow cookie is spent: the untouched callback, replayed, is refused as well.
    const replayed = await browser.request(callback.href);
    expect(replayed.headers.get('location')).toBe('/admin?error=oidc_failed');
    const elsewhere = await fetch(callback.href, { redirect: 'manual' });
    expect(elsewhere.headers.get('location')).toBe('/admin?error=oidc_failed');
  });
});

describe('admin sign-in with OpenID Connect, not configured', () => {
  let infra: IsolatedInfra;
  let gateway: Awaited<ReturnType<typeof startLoneGateway>>;

  beforeAll(async () => {
    infra = await isolate('oidcoff');
    gateway = await startLoneGateway({ NODE_ENV: 'production', RABBITMQ_URL: infra.rabbitmqUrl });
  }, 90_000);

  afterAll(async () => {
    await gateway?.stop();
    await infra?.cleanup();
  });

  it('says SSO is off and has no SSO routes', async () => {
    expect(await (await fetch(`${gateway.baseUrl}/api/auth/oidc`)).json()).toEqual({ enabled: false });
    for (const path of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=x&state=y']) {
      const response = await fetch(`${gateway.baseUrl}${path}`, { redirect: 'manual' });
      expect(response.status).toBe(404);
    }
  });
});
