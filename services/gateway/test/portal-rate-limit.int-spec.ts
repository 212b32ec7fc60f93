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
