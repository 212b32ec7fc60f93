import { commonEnv, databaseEnv, describeEnv, env, EnvValidationError, loadEnv } from './env.js';

const schema = {
  ...commonEnv,
  ...databaseEnv,
  PORT: env.port('HTTP port', 3001),
  SMTP_URL: env.optionalString('SMTP server', { requiredInProduction: true }),
};

describe('environment validation at boot', () => {
  it('fills every default', () => {
    const loaded = loadEnv('test', schema, {});
    expect(loaded).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3001,
      RABBITMQ_URL: 'amqp://guest:guest@localhost:5672',
      DATABASE_URL: 'postgres://postgres@localhost:5432/evkin',
      SMTP_URL: undefined,
    });
  });

  it('reports every problem at once, naming the variable and what it expects', () => {
    let error: unknown;
    try {
      loadEnv('gateway', schema, { PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvValidationError);
    const { problems, message } = error as EnvValidationError;
    expect(problems).toHaveLength(3);
    expect(message).toContain('gateway: invalid configuration');
    expect(message).toContain('PORT must be an integer, got "eighty"');
    expect(message).toContain('DATABASE_URL must use postgres: or postgresql:');
    expect(message).toContain('NODE_ENV must be one of development, test, production');
  });

  it('requires SMTP in production only', () => {
    expect(() => loadEnv('notification', schema, { NODE_ENV: 'production' })).toThrow(
      'SMTP_URL is required in production',
    );
    expect(loadEnv('notification', schema, { NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25' }).SMTP_URL).toBe(
      'smtp://mail:25',
    );
  });

  it('describes itself for the README table, never printing a secret default as blank', () => {
    const rows = describeEnv(schema);
    expect(rows.find((r) => r.name === 'PORT')).toEqual({ name: 'PORT', default: '3001', description: 'HTTP port' });
    expect(rows.find((r) => r.name === 'SMTP_URL')?.default).toBe('(unset)');
  });
});
