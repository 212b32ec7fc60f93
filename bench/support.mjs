// Shared by the benchmarks: an isolated database and vhost on the local servers, and a service
// started from its build. Benchmarks print numbers; they assert nothing.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { dropDatabase, ensureDatabase } from '../scripts/stack/database.mjs';
import { DEFAULT_URLS } from '../scripts/stack/infra.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

export async function isolatedInfra(label) {
  const name = `evkin_bench_${label}_${randomBytes(3).toString('hex')}`;
  const databaseUrl = new URL(process.env.DATABASE_URL ?? DEFAULT_URLS.DATABASE_URL);
  databaseUrl.pathname = `/${name}`;
  await ensureDatabase(databaseUrl.toString());
  if (process.env.BENCH_SLOW_STATEMENT_MS) {
    // Profiling aid: the server log then shows every statement of this database slower than that.
    await psql(
      databaseUrl,
      `ALTER DATABASE "${name}" SET log_min_duration_statement = ${Number(process.env.BENCH_SLOW_STATEMENT_MS)}`,
    );
  }
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

async function psql(databaseUrl, sql) {
  const client = new pg.Client({ connectionString: databaseUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
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

/**
 * The assessment service and the gateway built from this repository, on an isolated database and
 * vhost: the path an admin's browser takes (HTTP → gateway → RPC → assessment). Returns an `api`
 * that calls the gateway signed in as the first admin.
 */
export async function startAssessmentStack(label, extraEnv = {}) {
  const infra = await isolatedInfra(label);
  const [gatewayPort, assessmentPort] = await Promise.all([freePort(), freePort()]);
  const admin = { email: 'admin@evkin.bench', password: randomBytes(12).toString('base64url') };
  const env = {
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    DATABASE_URL: infra.databaseUrl,
    RABBITMQ_URL: infra.rabbitmqUrl,
    PUBLIC_URL: 'https://evkin.example',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    ...extraEnv,
  };
  const services = [];
  try {
    runNode(join(root, 'services/assessment/dist/migrate.js'), env);
    services.push(
      startService(join(root, 'services/assessment/dist/main.js'), { ...env, PORT: String(assessmentPort) }),
    );
    services.push(startService(join(root, 'services/gateway/dist/main.js'), { ...env, PORT: String(gatewayPort) }));
    await waitForHttp(`http://127.0.0.1:${assessmentPort}/health/ready`);
    await waitForHttp(`http://127.0.0.1:${gatewayPort}/health/live`);
  } catch (error) {
    await Promise.all(services.map((service) => service.stop()));
    await infra.cleanup();
    throw error;
  }
  const base = `http://127.0.0.1:${gatewayPort}`;
  const call = async (path, init = {}, token) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (typeof init.body === 'string') headers.set('content-type', 'application/json');
    const response = await fetch(`${base}${path}`, { ...init, headers });
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return text === '' ? null : JSON.parse(text);
  };
  const { token } = await call('/api/auth/login', { method: 'POST', body: JSON.stringify(admin) });
  return {
    infra,
    api: (path, init) => call(path, init, token),
    async stop() {
      await Promise.all(services.map((service) => service.stop()));
      await infra.cleanup();
    },
  };
}

/** A battery for the benchmarks: Ahli Muda, open for a month, the README's sub-competencies. */
export async function createBattery(api, name) {
  const deadline = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  return api('/api/admin/batteries', {
    method: 'POST',
    body: JSON.stringify({
      name,
      programme: 'Pelatihan Konseling Karier',
      periodStart: new Date().toISOString().slice(0, 10),
      deadline,
      target: 'ahli_muda',
      subCompetencyIds: ['sk04', 'sk05'],
    }),
  });
}

/** A participant file of `count` Ahli Muda rows for one battery (by name), as an admin would fill the template. */
export function participantCsv(count, batteryName) {
  const lines = ['Nama;NIP;Email;Jabatan;Unit Kerja;Provinsi;Kabupaten/Kota;Baterai;Bahasa'];
  for (let i = 0; i < count; i++) {
    const nip = `19850101201001${String(1000 + (i % 9000)).padStart(4, '0')}`;
    lines.push(
      `Peserta Nomor ${i};${nip};peserta${i}@disnaker.contoh.go.id;Pengantar Kerja Ahli Muda;Dinas Tenaga Kerja;Jawa Barat;Kota Bandung;${batteryName};id`,
    );
  }
  return Buffer.from('\ufeff' + lines.join('\r\n'), 'utf8');
}

/** `POST /api/admin/imports` with the file as multipart, as the console and curl -F send it. */
export function importFile(api, { bytes, fileName, batteryId, dryRun }) {
  const form = new FormData();
  form.set('file', new Blob([bytes]), fileName);
  form.set('batteryId', batteryId);
  form.set('dryRun', String(dryRun));
  return api('/api/admin/imports', { method: 'POST', body: form });
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
