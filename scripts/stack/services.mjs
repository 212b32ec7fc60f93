// Runs the four built services as child processes, the same way for `npm start`, the
// walking-skeleton test and the end-to-end tests.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const SERVICES = ['assessment', 'notification', 'reporting', 'gateway'];
const WITH_DATABASE = ['assessment', 'notification', 'reporting'];

/** Applies each service's migrations (each takes its own advisory lock). */
export async function migrate(root, env) {
  for (const service of WITH_DATABASE) {
    await run(process.execPath, [join(root, 'services', service, 'dist', 'migrate.js')], env);
  }
}

export function run(command, args, env, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

/**
 * @param {{ root: string, env: Record<string,string>, ports: Record<string, number>, logDir?: string,
 *           onLine?: (service: string, line: string) => void }} options
 */
export function startServices({ root, env, ports, logDir, onLine }) {
  if (logDir) mkdirSync(logDir, { recursive: true });
  const children = new Map();
  for (const service of SERVICES) {
    const child = spawn(
      process.execPath,
      ['--enable-source-maps', join(root, 'services', service, 'dist', 'main.js')],
      {
        env: { ...process.env, ...env, PORT: String(ports[service]) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const file = logDir ? createWriteStream(join(logDir, `${service}.log`), { flags: 'a' }) : undefined;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        file?.write(`${line}\n`);
        onLine?.(service, line);
      });
    }
    children.set(service, child);
  }

  /** SIGTERM to each service (they drain and close), SIGKILL only after the grace period. */
  async function stop(graceMs = 20_000) {
    const codes = {};
    await Promise.all(
      [...children].map(
        ([service, child]) =>
          new Promise((resolve) => {
            const finish = (code, signal) => {
              codes[service] = code ?? signal;
              resolve();
            };
            if (child.exitCode !== null || child.signalCode !== null) return finish(child.exitCode, child.signalCode);
            const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', (code, signal) => {
              clearTimeout(timer);
              finish(code, signal);
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    return codes;
  }

  return { children, stop };
}

/** Resolves once GET /health/ready on the gateway answers 200, or rejects with its last report. */
export async function waitUntilReady(baseUrl, timeoutMs, children) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    for (const [service, child] of children ?? []) {
      if (child.exitCode !== null) throw new Error(`${service} exited with code ${child.exitCode} while starting`);
    }
    try {
      const response = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(3000) });
      last = await response.text();
      if (response.status === 200) return JSON.parse(last);
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the stack was not ready within ${timeoutMs / 1000} s: ${last}`);
}
