import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PROBLEM_CONTENT_TYPE } from '@evkin/contracts';
import { eventually } from '../../../test/support/eventually.js';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';
import { freePort } from '../../../test/support/ports.js';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

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
    const port = await freePort();
    const gateway = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        NODE_ENV: nodeEnv,
        LOG_LEVEL: 'silent',
        PORT: String(port),
        RABBITMQ_URL: infra.rabbitmqUrl,
        RPC_TIMEOUT_MS: '300',
      },
      stdio: 'ignore',
    });
    try {
      await eventually(async () => expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200));
      return await fetch(`http://127.0.0.1:${port}/dev/mail`);
    } finally {
      await new Promise((resolve) => {
        gateway.once('exit', resolve);
        gateway.kill('SIGTERM');
      });
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
