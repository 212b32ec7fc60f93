import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { dropDatabase, ensureDatabase } from '../../scripts/stack/database.mjs';

const exec = promisify(execFile);

export interface IsolatedInfra {
  name: string;
  databaseUrl: string;
  rabbitmqUrl: string;
  redisUrl: string;
  bullPrefix: string;
  cleanup(): Promise<void>;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the integration tests through jest's integration project`);
  return value;
}

function managementUrl(amqpUrl: URL): URL {
  const configured = process.env['EVKIN_TEST_RABBITMQ_MANAGEMENT_URL'];
  if (configured) return new URL(configured);
  const port = Number(amqpUrl.port || 5672) + 10000;
  return new URL(`http://${amqpUrl.username || 'guest'}:${amqpUrl.password || 'guest'}@${amqpUrl.hostname}:${port}`);
}

async function viaManagementApi(base: URL, method: 'PUT' | 'DELETE', vhost: string): Promise<boolean> {
  const auth = `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString('base64')}`;
  const origin = `${base.protocol}//${base.host}`;
  try {
    const response = await fetch(`${origin}/api/vhosts/${encodeURIComponent(vhost)}`, {
      method,
      headers: { authorization: auth },
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) return false;
    if (method === 'PUT') {
      await fetch(`${origin}/api/permissions/${encodeURIComponent(vhost)}/${decodeURIComponent(base.username)}`, {
        method: 'PUT',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify({ configure: '.*', write: '.*', read: '.*' }),
      });
    }
    return true;
  } catch {
    return false;
  }
}

async function viaRabbitmqctl(args: string[]): Promise<boolean> {
  try {
    await exec('rabbitmqctl', args, { timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * A database, a RabbitMQ vhost and a Redis key prefix of its own for one test file, so runs in
 * parallel or one after another never see each other's data or messages.
 */
export async function isolate(label: string): Promise<IsolatedInfra> {
  const name = `evkin_t_${label}_${randomBytes(4).toString('hex')}`;
  const databaseUrl = new URL(required('EVKIN_TEST_DATABASE_URL'));
  databaseUrl.pathname = `/${name}`;
  await ensureDatabase(databaseUrl.toString());

  const amqpUrl = new URL(required('EVKIN_TEST_RABBITMQ_URL'));
  const management = managementUrl(amqpUrl);
  const created =
    (await viaManagementApi(management, 'PUT', name)) ||
    ((await viaRabbitmqctl(['add_vhost', name])) &&
      (await viaRabbitmqctl([
        'set_permissions',
        '-p',
        name,
        decodeURIComponent(amqpUrl.username || 'guest'),
        '.*',
        '.*',
        '.*',
      ])));
  if (!created) {
    throw new Error(
      `could not create the RabbitMQ vhost ${name}: enable the management plugin or make rabbitmqctl usable`,
    );
  }
  amqpUrl.pathname = `/${name}`;
  const redisUrl = required('EVKIN_TEST_REDIS_URL');

  return {
    name,
    databaseUrl: databaseUrl.toString(),
    rabbitmqUrl: amqpUrl.toString(),
    redisUrl,
    bullPrefix: name,
    async cleanup() {
      await dropDatabase(databaseUrl.toString());
      if (!(await viaManagementApi(management, 'DELETE', name))) await viaRabbitmqctl(['delete_vhost', name]);
      const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${name}:*`, 'COUNT', 500);
        if (keys.length > 0) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      redis.disconnect();
    },
  };
}
