import { PROBLEM_CONTENT_TYPE } from '@evkin/contracts';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';
import { startLoneGateway } from './lone-gateway.js';

/** Link lookups are rate-limited per client (DESIGN §2), so tokens cannot be guessed at speed. */
describe('rate limit of link lookups', () => {
  let infra: IsolatedInfra;
  let gateway: Awaited<ReturnType<typeof startLoneGateway>>;

  beforeAll(async () => {
    infra = await isolate('portallimit');
    gateway = await startLoneGateway({
      NODE_ENV: 'production',
      RABBITMQ_URL: infra.rabbitmqUrl,
      PORTAL_REQUESTS_PER_MINUTE: '3',
    });
  }, 90_000);

  afterAll(async () => {
    await gateway?.stop();
    await infra?.cleanup();
  });

  const lookup = (path: string) =>
    fetch(`${gateway.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${'A'.repeat(43)}`, 'accept-language': 'en' },
    });

  it('answers 429 problem+json once a client has made its lookups of the minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await lookup('/api/portal/link')).status);
    // No assessment service runs here: the allowed lookups end in 503/504, the others are refused first.
    expect(statuses.slice(0, 3).every((status) => status === 503 || status === 504)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
    const refused = await lookup('/api/portal/link');
    expect(refused.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    expect(await refused.json()).toMatchObject({ status: 429, code: 'rate_limited' });
  });

  it('limits Halaman Monitoring lookups too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await lookup('/api/monitoring')).status);
    expect(statuses[3]).toBe(429);
  });
});

/** SSO sign-ins count against the sign-in limit, as passwords do: a code or flow cookie is not guessed at speed either. */
describe('rate limit of SSO sign-ins', () => {
  let infra: IsolatedInfra;
  let gateway: Awaited<ReturnType<typeof startLoneGateway>>;

  beforeAll(async () => {
    infra = await isolate('ssolimit');
    gateway = await startLoneGateway({
      NODE_ENV: 'production',
      RABBITMQ_URL: infra.rabbitmqUrl,
      PUBLIC_URL: 'https://evkin.example',
      // Never reached: a return without the flow cookie is refused before the provider is asked.
      OIDC_ISSUER: 'https://127.0.0.1:9/',
      OIDC_CLIENT_ID: 'evkin-console',
      OIDC_CLIENT_SECRET: 'a client secret long enough to seal the flow cookie',
      LOGIN_ATTEMPTS_PER_MINUTE: '2',
    });
  }, 90_000);

  afterAll(async () => {
    await gateway?.stop();
    await infra?.cleanup();
  });

  it('refuses returns from the provider with 429 problem+json once the minute’s sign-ins are used', async () => {
    const callback = () =>
      fetch(`${gateway.baseUrl}/api/auth/oidc/callback?code=guess&state=guess`, {
        redirect: 'manual',
        headers: { 'accept-language': 'en' },
      });
    const first = await callback();
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('/admin?error=oidc_failed');
    expect((await callback()).status).toBe(302);
    const refused = await callback();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    expect(await refused.json()).toMatchObject({ status: 429, code: 'rate_limited' });
    // The status route tells the console whether to show the button; it is not a sign-in.
    expect((await fetch(`${gateway.baseUrl}/api/auth/oidc`)).status).toBe(200);
  });
});
