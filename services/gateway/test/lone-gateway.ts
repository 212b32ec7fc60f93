import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eventually } from '../../../test/support/eventually.js';
import { freePort } from '../../../test/support/ports.js';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/**
 * The built gateway alone, with no backend service behind it: enough for what it decides by itself
 * (its routes, its documentation, its limits). Backend calls end in 503/504 after RPC_TIMEOUT_MS.
 */
export async function startLoneGateway(
  env: Record<string, string>,
): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const gateway = spawn(process.execPath, [main], {
    env: { ...process.env, LOG_LEVEL: 'silent', RPC_TIMEOUT_MS: '300', ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (gateway.exitCode !== null || gateway.signalCode !== null) return resolve();
      gateway.once('exit', () => resolve());
      gateway.kill('SIGTERM');
    });
  try {
    // A busy 2-core machine can take 15 s and more to boot it.
    await eventually(async () => expect((await fetch(`${baseUrl}/health/live`)).status).toBe(200), 45_000, 250);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
