import { fileURLToPath } from 'node:url';
import { commonEnv, env, type EnvOf } from '@evkin/platform';

const defaultStaticDir = fileURLToPath(new URL('../../../frontend/dist/frontend/browser', import.meta.url));

export const gatewayEnv = {
  ...commonEnv,
  PORT: env.port('HTTP port of the portal, the API and /health', 3000),
  RPC_TIMEOUT_MS: env.int('How long the gateway waits for a service to answer', { default: '5000', min: 100 }),
  BULK_RPC_TIMEOUT_MS: env.int(
    'How long the gateway waits for an operation on a whole campaign (an import or bulk invitation of up to 50,000 participants, a reminder round)',
    { default: '120000', min: 1000 },
  ),
  LOGIN_ATTEMPTS_PER_MINUTE: env.int('Admin sign-in attempts allowed per client address and minute', {
    default: '10',
    min: 1,
  }),
  PORTAL_REQUESTS_PER_MINUTE: env.int('Rater-portal requests allowed per client address and minute', {
    default: '120',
    min: 1,
  }),
  STATIC_DIR: env.string('Folder of the built Angular portal', { default: defaultStaticDir }),
};

export type GatewayEnv = EnvOf<typeof gatewayEnv>;
export const GATEWAY_ENV = Symbol('GATEWAY_ENV');
