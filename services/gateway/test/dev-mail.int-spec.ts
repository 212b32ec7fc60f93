import { PROBLEM_CONTENT_TYPE } from '@evkin/contracts';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';
import { startLoneGateway } from './lone-gateway.js';

/** The captured-mail listing is a development aid; production must not even have the route. */
describe('/dev/mail', () => {
  let infra: IsolatedInfra;

  beforeAll(async () => {
    infra = await isolate('devmail');
  });

  afterAll(async () => {
    await infra?.cleanup();
  });

  /** Runs the built gateway alone (no backend services) and asks it for /dev/mail. */
  async function devMail(nodeEnv: 'development' | 'production'): Promise<Response> {
    const gateway = await startLoneGateway({ NODE_ENV: nodeEnv, RABBITMQ_URL: infra.rabbitmqUrl });
    try {
      return await fetch(`${gateway.baseUrl}/dev/mail`);
    } finally {
      await gateway.stop();
    }
  }

  it('does not exist in production', async () => {
    const response = await devMail('production');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
  });

  it('exists in development (here it asks a notification service that is not running)', async () => {
    const response = await devMail('development');
    expect([503, 504]).toContain(response.status);
  });
});
