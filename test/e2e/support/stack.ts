import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CapturedMail } from '@evkin/contracts';
import { migrate, startServices, waitUntilReady } from '../../../scripts/stack/services.mjs';
import { eventually } from '../../support/eventually.js';
import { isolate } from '../../support/isolation.js';
import { servicePorts, stackEnv } from '../../support/stack.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export type { CapturedMail };

/** A running stack the browser talks to, with the admin account and the captured mail. */
export interface E2EStack {
  /** The gateway's origin, e.g. http://127.0.0.1:41234; emailed links point here too. */
  baseUrl: string;
  admin: { email: string; password: string };
  /** Every email the stack's SMTP catcher received so far (`/dev/mail`). */
  mails(): Promise<CapturedMail[]>;
  /** The first captured email that matches, polling until it arrives. */
  waitForMail(predicate: (m: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
  /** Stops what this harness started (nothing when it reused a running stack). */
  stop(): Promise<void>;
}

function mailbox(baseUrl: string): Pick<E2EStack, 'mails' | 'waitForMail'> {
  const mails = async (): Promise<CapturedMail[]> => {
    const response = await fetch(`${baseUrl}/dev/mail`);
    if (!response.ok)
      throw new Error(`GET ${baseUrl}/dev/mail answered ${response.status}: is this a development stack?`);
    return (await response.json()) as CapturedMail[];
  };
  const waitForMail = (predicate: (m: CapturedMail) => boolean, timeoutMs = 30_000) =>
    eventually(
      async () => {
        const found = (await mails()).find(predicate);
        if (!found) throw new Error(`no captured email matched within ${timeoutMs / 1000} s`);
        return found;
      },
      timeoutMs,
      200,
    );
  return { mails, waitForMail };
}

/**
 * The stack an end-to-end test drives. With `E2E_BASE_URL` set (and `E2E_ADMIN_EMAIL`,
 * `E2E_ADMIN_PASSWORD`), the running stack there, e.g. `npm start`'s. Otherwise a stack of its
 * own, started like the walking-skeleton test: its own database, vhost and Redis prefix, the four
 * built services on free ports, mail caught by the embedded catcher, links pointing at itself.
 */
export async function e2eStack(label: string): Promise<E2EStack> {
  const reused = process.env['E2E_BASE_URL'];
  if (reused) {
    const baseUrl = reused.replace(/\/+$/, '');
    const email = process.env['E2E_ADMIN_EMAIL'] ?? 'admin@evkin.local';
    const password = process.env['E2E_ADMIN_PASSWORD'];
    if (!password) throw new Error('E2E_BASE_URL is set: set E2E_ADMIN_PASSWORD (and E2E_ADMIN_EMAIL) too');
    await waitUntilReady(baseUrl, 10_000);
    return { baseUrl, admin: { email, password }, ...mailbox(baseUrl), stop: async () => {} };
  }

  for (const built of ['services/gateway/dist/main.js', 'frontend/dist/frontend/browser/index.html']) {
    if (!existsSync(join(root, built)))
      throw new Error(`${built} is missing: build first (node scripts/stack/build-cli.mjs)`);
  }
  const infra = await isolate(`e2e_${label}`);
  const ports = await servicePorts();
  const baseUrl = `http://127.0.0.1:${ports.gateway}`;
  const admin = { email: 'admin@evkin.test', password: 'correct horse battery staple' };
  const env = {
    ...stackEnv(infra, { publicUrl: baseUrl, admin }),
    // One browser is one client address: a whole journey with autosave is more than a real rater's minute.
    PORTAL_REQUESTS_PER_MINUTE: '100000',
    LOGIN_ATTEMPTS_PER_MINUTE: '1000',
  };
  try {
    await migrate(root, env);
  } catch (error) {
    await infra.cleanup();
    throw error;
  }
  const services = startServices({ root, env, ports, logDir: join(root, 'test-output', 'e2e-logs', infra.name) });
  try {
    // Generous: on a busy 2-core machine four Node services and their migrations take a while.
    await waitUntilReady(baseUrl, 120_000, services.children);
  } catch (error) {
    await services.stop();
    await infra.cleanup();
    throw error;
  }
  return {
    baseUrl,
    admin,
    ...mailbox(baseUrl),
    async stop() {
      await services.stop();
      await infra.cleanup();
    },
  };
}
