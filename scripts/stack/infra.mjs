// Makes sure PostgreSQL, RabbitMQ and Redis answer at the configured URLs. Whatever already
// answers is used as it is; otherwise a local server is started from the system's binaries with
// its data under .data/ (installing the Debian packages first when running as root). Only what
// this module started is stopped by stop().
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export const DEFAULT_URLS = {
  DATABASE_URL: 'postgres://postgres@localhost:5432/evkin',
  RABBITMQ_URL: 'amqp://guest:guest@localhost:5672',
  REDIS_URL: 'redis://localhost:6379',
};

const PACKAGES = { postgres: 'postgresql', rabbitmq: 'rabbitmq-server', redis: 'redis-server' };
const isRoot = process.getuid?.() === 0;

export function probe(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(host, port, what, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`${what} exited (code ${child.exitCode}); see its log under .data/`);
    if (await probe(host, port, 500)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not start listening on ${host}:${port} within ${timeoutMs / 1000} s`);
}

function hostPort(url, defaultPort) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname === 'localhost' ? '127.0.0.1' : parsed.hostname,
    port: Number(parsed.port || defaultPort),
  };
}

function isLocal(host) {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost';
}

function which(command) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

let aptUpdated = false;
function aptInstall(pkg, log) {
  if (!isRoot) return false;
  log(`installing the Debian package ${pkg} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    aptUpdated = true;
  }
  // policy-rc.d 101 keeps the package from starting its own system-wide server: ours live in .data/.
  const policy = '/usr/sbin/policy-rc.d';
  const hadPolicy = existsSync(policy);
  if (!hadPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const result = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], {
      stdio: 'ignore',
      env,
    });
    return result.status === 0;
  } finally {
    if (!hadPolicy) spawnSync('rm', ['-f', policy]);
  }
}

function missing(what) {
  const all = Object.values(PACKAGES).join(' ');
  return new Error(
    `${what} is not running and its binaries are not installed.\n` +
      `  Install them with:  sudo apt-get install -y ${all}\n` +
      `  or point the URL variables (DATABASE_URL, RABBITMQ_URL, REDIS_URL) at running servers.`,
  );
}

function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'pg_ctl')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

/** initdb refuses to run as root, so as root the cluster belongs to the postgres user. */
function asPostgres(command, args, options = {}) {
  return isRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8', ...options })
    : spawnSync(command, args, { encoding: 'utf8', ...options });
}

async function startPostgres(dataRoot, port, log) {
  let bin = postgresBin();
  if (!bin && aptInstall(PACKAGES.postgres, log)) bin = postgresBin();
  if (!bin) throw missing('PostgreSQL');
  const dir = join(dataRoot, 'postgres');
  // Socket and log live in a directory of their own, writable by the postgres user when we are root.
  const runDir = join(dataRoot, 'postgres-run');
  for (const d of [dir, runDir]) {
    mkdirSync(d, { recursive: true, mode: 0o700 });
    if (isRoot) spawnSync('chown', ['-R', 'postgres:postgres', d]);
  }
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    log('initialising a PostgreSQL cluster in .data/postgres');
    const init = asPostgres(join(bin, 'initdb'), [
      '-D',
      dir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-instructions',
    ]);
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  }
  log(`starting PostgreSQL on 127.0.0.1:${port}`);
  const started = asPostgres(join(bin, 'pg_ctl'), [
    '-D',
    dir,
    '-l',
    join(runDir, 'postgres.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -h 127.0.0.1 -k ${runDir}`,
    'start',
  ]);
  if (started.status !== 0) throw new Error(`PostgreSQL did not start: ${started.stderr || started.stdout}`);
  return async () => {
    asPostgres(join(bin, 'pg_ctl'), ['-D', dir, '-m', 'fast', '-w', 'stop']);
  };
}

function startChild(command, args, env, logFile) {
  mkdirSync(join(logFile, '..'), { recursive: true });
  const out = spawnSync('sh', ['-c', `: > "${logFile}"`]);
  void out;
  const child = spawn('sh', ['-c', `exec "$0" "$@" >> "${logFile}" 2>&1`, command, ...args], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  return child;
}

function stopChild(child, timeoutMs = 15_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function startRabbit(dataRoot, port, log) {
  const direct = '/usr/lib/rabbitmq/bin/rabbitmq-server';
  const find = () => (existsSync(direct) ? direct : which('rabbitmq-server'));
  let bin = find();
  if (!bin && aptInstall(PACKAGES.rabbitmq, log)) bin = find();
  if (!bin) throw missing('RabbitMQ');
  const dir = join(dataRoot, 'rabbitmq');
  mkdirSync(dir, { recursive: true });
  // The management API (on the AMQP port + 10000) lets the tests create an isolated vhost per file.
  writeFileSync(join(dir, 'enabled_plugins'), '[rabbitmq_management].\n');
  writeFileSync(join(dir, 'rabbitmq.conf'), `management.tcp.port = ${port + 10000}\nmanagement.tcp.ip = 127.0.0.1\n`);
  log(`starting RabbitMQ on 127.0.0.1:${port} (about 5 s)`);
  const child = startChild(
    bin,
    [],
    {
      HOME: dir,
      RABBITMQ_NODENAME: `evkin${port}@localhost`,
      RABBITMQ_NODE_PORT: String(port),
      RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
      RABBITMQ_DIST_PORT: String(port + 20000),
      ERL_EPMD_ADDRESS: '127.0.0.1',
      RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
      RABBITMQ_LOG_BASE: join(dir, 'log'),
      RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
      RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq'),
    },
    join(dataRoot, 'rabbitmq.log'),
  );
  await waitFor('127.0.0.1', port, 'RabbitMQ', 90_000, child);
  return () => stopChild(child, 30_000);
}

async function startRedis(dataRoot, port, log) {
  let bin = which('redis-server');
  if (!bin && aptInstall(PACKAGES.redis, log)) bin = which('redis-server');
  if (!bin) throw missing('Redis');
  const dir = join(dataRoot, 'redis');
  mkdirSync(dir, { recursive: true });
  log(`starting Redis on 127.0.0.1:${port}`);
  const child = startChild(
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    {},
    join(dataRoot, 'redis.log'),
  );
  await waitFor('127.0.0.1', port, 'Redis', 20_000, child);
  return () => stopChild(child);
}

/**
 * @param {{ root: string, env?: Record<string,string|undefined>, log?: (m: string) => void }} options
 * @returns {Promise<{ urls: typeof DEFAULT_URLS, started: string[], stop: () => Promise<void> }>}
 */
export async function ensureInfra({ root, env = process.env, log = (m) => console.log(`evkin: ${m}`) }) {
  const urls = {
    DATABASE_URL: env.DATABASE_URL || DEFAULT_URLS.DATABASE_URL,
    RABBITMQ_URL: env.RABBITMQ_URL || DEFAULT_URLS.RABBITMQ_URL,
    REDIS_URL: env.REDIS_URL || DEFAULT_URLS.REDIS_URL,
  };
  const dataRoot = join(root, '.data');
  const stops = [];
  const started = [];
  const plan = [
    ['PostgreSQL', hostPort(urls.DATABASE_URL, 5432), startPostgres],
    ['RabbitMQ', hostPort(urls.RABBITMQ_URL, 5672), startRabbit],
    ['Redis', hostPort(urls.REDIS_URL, 6379), startRedis],
  ];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    // Probing in parallel keeps a warm start fast; starting stays sequential to keep logs readable.
    const answering = await Promise.all(plan.map(([, { host, port }]) => probe(host, port)));
    for (const [index, [name, { host, port }, start]] of plan.entries()) {
      if (answering[index]) continue;
      if (!isLocal(host)) throw new Error(`${name} at ${host}:${port} does not answer (check its URL variable)`);
      mkdirSync(dataRoot, { recursive: true });
      if (isRoot) chownSync(dataRoot, 0, 0);
      stops.push(await start(dataRoot, port, log));
      started.push(name);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, started, stop };
}
