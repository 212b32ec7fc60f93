import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('boot with a bad configuration', () => {
  it('refuses to start, naming every wrong variable', () => {
    const result = spawnSync(process.execPath, [`${root}/services/notification/dist/main.js`], {
      env: { ...process.env, NODE_ENV: 'production', PORT: 'http', RABBITMQ_URL: 'localhost:5672', SMTP_URL: '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('notification: invalid configuration');
    expect(result.stderr).toContain('PORT must be an integer, got "http"');
    expect(result.stderr).toContain('RABBITMQ_URL must use amqp: or amqps:');
    expect(result.stderr).toContain('SMTP_URL is required in production');
  });
});
