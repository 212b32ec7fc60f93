// Shared by the benchmarks: an isolated database and vhost on the local servers, and a service
// started from its build. Benchmarks print numbers; they assert nothing.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dropDatabase, ensureDatabase } from '../scripts/stack/database.mjs';
import { DEFAULT_URLS } from '../scripts/stack/infra.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

export async function isolatedInfra(label) {
  const name = `evkin_bench_${label}_${randomBytes(3).toString('hex')}`;
  const databaseUrl = new URL(process.env.DATABASE_URL ?? DEFAULT_URLS.DATABASE_URL);
  databaseUrl.pathname = `/${name}`;
  await ensureDatabase(databaseUrl.toString());
  const ctl = (...args) => spawnSync('rabbitmqctl', args, { stdio: 'ignore' }).status === 0;
  if (!ctl('add_vhost', name) || !ctl('set_permissions', '-p', name, 'guest', '.*', '.*', '.*')) {
    throw new Error('the benchmark needs rabbitmqctl to create its own vhost');
  }
  const rabbitmqUrl = new URL(process.env.RABBITMQ_URL ?? DEFAULT_URLS.RABBITMQ_URL);
  rabbitmqUrl.pathname = `/${name}`;
  return {
    name,
    databaseUrl: databaseUrl.toString(),
    rabbitmqUrl: rabbitmqUrl.toString(),
    redisUrl: process.env.REDIS_URL ?? DEFAULT_URLS.REDIS_URL,
    async cleanup() {
      await dropDatabase(databaseUrl.toString());
      ctl('delete_vhost', name);
    },
  };
}

export function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function runNode(script, env) {
  const result = spawnSync(process.execPath, [script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} failed: ${result.stderr}`);
}

export function startService(script, env) {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    // BENCH_SERVICE_OUTPUT=inherit shows the services' logs (set BENCH_LOG_LEVEL too).
    stdio: ['ignore', process.env.BENCH_SERVICE_OUTPUT === 'inherit' ? 'inherit' : 'ignore', 'inherit'],
  });
  return {
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

export async function waitForHttp(url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready`);
}
