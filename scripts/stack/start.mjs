// `npm start` (after scripts/start.sh has put Node 24 on PATH and installed dependencies).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';
import { ensureDatabase } from './database.mjs';
import { ensureInfra } from './infra.mjs';
import { migrate, startServices, waitUntilReady } from './services.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const log = (message) => console.log(`evkin: ${message}`);
const started = Date.now();

const COLORS = { assessment: 36, notification: 35, reporting: 33, gateway: 32 };
const LEVEL_COLORS = { error: 31, fatal: 31, warn: 33 };
const useColor = process.stdout.isTTY;
const paint = (code, text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);

/** The terminal gets one short line per log entry; the full JSON goes to .data/logs/<service>.log. */
function printLine(service, line) {
  const label = paint(COLORS[service], service.padEnd(12));
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    console.log(`${label} ${line}`);
    return;
  }
  if (entry.context === 'InstanceLoader' || entry.context === 'RouterExplorer' || entry.context === 'RoutesResolver')
    return;
  const time = (entry.time ?? '').slice(11, 19);
  const level = LEVEL_COLORS[entry.level] ? paint(LEVEL_COLORS[entry.level], entry.level) : entry.level;
  const extra = entry.method ? ` ${entry.method} ${entry.path} ${entry.status} ${entry.durationMs}ms` : '';
  const error = entry.err ? ` ${typeof entry.err === 'string' ? entry.err : entry.err.message}` : '';
  console.log(`${label} ${time} ${level} ${entry.msg ?? ''}${extra}${error}`);
}

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const infra = await ensureInfra({ root, log });
  let services;
  let stopping = false;
  const shutdown = async (signal) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping the services…`);
    await services?.stop();
    if (infra.started.length > 0) log(`stopping ${infra.started.join(', ')}`);
    await infra.stop();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await ensureDatabase(infra.urls.DATABASE_URL);
  await build(root, log);
  const env = {
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    ...infra.urls,
    PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
  };
  log('applying migrations');
  await migrate(root, env);
  const ports = {
    gateway: port,
    assessment: Number(process.env.ASSESSMENT_PORT ?? port + 1),
    notification: Number(process.env.NOTIFICATION_PORT ?? port + 2),
    reporting: Number(process.env.REPORTING_PORT ?? port + 3),
  };
  services = startServices({ root, env, ports, logDir: join(root, '.data', 'logs'), onLine: printLine });
  for (const [service, child] of services.children) {
    child.once('exit', (code) => {
      if (!stopping) {
        log(`${service} exited (code ${code}); stopping everything — see .data/logs/${service}.log`);
        void shutdown('exit');
      }
    });
  }
  await waitUntilReady(`http://localhost:${port}`, 60_000, services.children);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      '',
      `  Evkin 360 is ready (${seconds} s) — http://localhost:${port}`,
      `  API docs:      http://localhost:${port}/api/docs`,
      `  Health:        http://localhost:${port}/health/ready`,
      ...(env.NODE_ENV === 'production' || process.env.SMTP_URL
        ? []
        : [`  Caught mail:   http://localhost:${port}/dev/mail`]),
      `  Logs (JSON):   .data/logs/`,
      '  Ctrl-C stops everything this command started.',
      '',
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(`evkin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
