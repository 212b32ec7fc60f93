// Real PostgreSQL, RabbitMQ and Redis for the integration tests: containers where a container
// engine answers (testcontainers), otherwise the local servers (started by infra.mjs if needed).
// Each test file then isolates itself in its own database, vhost and Redis prefix (isolation.ts).
import { fileURLToPath } from 'node:url';
import { ensureInfra } from '../../scripts/stack/infra.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function containerRuntimeAvailable() {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

async function startContainers() {
  const [{ PostgreSqlContainer }, { RabbitMQContainer }, { RedisContainer }] = await Promise.all([
    import('@testcontainers/postgresql'),
    import('@testcontainers/rabbitmq'),
    import('@testcontainers/redis'),
  ]);
  const [postgres, rabbit, redis] = await Promise.all([
    new PostgreSqlContainer('postgres:15-alpine').withUsername('postgres').withPassword('postgres').start(),
    new RabbitMQContainer('rabbitmq:3.13-management-alpine').start(),
    new RedisContainer('redis:7-alpine').start(),
  ]);
  const amqp = new URL(rabbit.getAmqpUrl());
  return {
    env: {
      EVKIN_TEST_DATABASE_URL: `postgres://postgres:postgres@${postgres.getHost()}:${postgres.getPort()}/postgres`,
      EVKIN_TEST_RABBITMQ_URL: `amqp://guest:guest@${amqp.host}`,
      EVKIN_TEST_RABBITMQ_MANAGEMENT_URL: `http://guest:guest@${rabbit.getHost()}:${rabbit.getMappedPort(15672)}`,
      EVKIN_TEST_REDIS_URL: `redis://${redis.getHost()}:${redis.getPort()}`,
    },
    stop: async () => {
      await Promise.all([postgres.stop(), rabbit.stop(), redis.stop()]);
    },
  };
}

export default async function globalSetup() {
  if (process.env.EVKIN_TEST_DATABASE_URL) return; // provided by the caller (e.g. CI with its own servers)
  let infra;
  if (await containerRuntimeAvailable()) {
    infra = await startContainers();
  } else {
    const local = await ensureInfra({ root, log: (m) => process.stderr.write(`evkin test infra: ${m}\n`) });
    infra = {
      env: {
        EVKIN_TEST_DATABASE_URL: local.urls.DATABASE_URL,
        EVKIN_TEST_RABBITMQ_URL: local.urls.RABBITMQ_URL,
        EVKIN_TEST_REDIS_URL: local.urls.REDIS_URL,
      },
      stop: local.stop,
    };
  }
  Object.assign(process.env, infra.env);
  globalThis.__EVKIN_INFRA__ = infra;
}
