import type { IsolatedInfra } from './isolation.js';
import { freePort } from './ports.js';

/** A free port for each of the four services, the way scripts/stack/services.mjs startServices wants them. */
export async function servicePorts(): Promise<Record<'gateway' | 'assessment' | 'notification' | 'reporting', number>> {
  return {
    gateway: await freePort(),
    assessment: await freePort(),
    notification: await freePort(),
    reporting: await freePort(),
  };
}

/** The environment of a whole stack on an isolated database, vhost and Redis prefix, with its own admin. */
export function stackEnv(
  infra: IsolatedInfra,
  settings: { publicUrl: string; admin: { email: string; password: string }; nodeEnv?: string },
): Record<string, string> {
  return {
    NODE_ENV: settings.nodeEnv ?? 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: infra.databaseUrl,
    RABBITMQ_URL: infra.rabbitmqUrl,
    REDIS_URL: infra.redisUrl,
    BULL_PREFIX: infra.bullPrefix,
    PUBLIC_URL: settings.publicUrl,
    ADMIN_EMAIL: settings.admin.email,
    ADMIN_PASSWORD: settings.admin.password,
    MAIL_CATCHER_PORT: '0',
    // Sign-in hashes a password and the first requests warm every service up (a first PDF starts
    // Chromium): on a busy 2-core machine that can pass the production default of 5 s. Tests are
    // about behaviour, not speed.
    RPC_TIMEOUT_MS: '20000',
  };
}
