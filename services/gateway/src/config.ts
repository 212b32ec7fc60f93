import { fileURLToPath } from 'node:url';
import { commonEnv, env, EnvValidationError, loadEnv, publicUrlEnv, type EnvOf } from '@evkin/platform';

const defaultStaticDir = fileURLToPath(new URL('../../../frontend/dist/frontend/browser', import.meta.url));

export const gatewayEnv = {
  ...commonEnv,
  PORT: env.port('HTTP port of the portal, the API and /health', 3000),
  RPC_TIMEOUT_MS: env.int('How long the gateway waits for a service to answer', { default: '5000', min: 100 }),
  BULK_RPC_TIMEOUT_MS: env.int(
    'How long the gateway waits for an operation on a whole campaign (an import or bulk invitation of up to 50,000 participants, a reminder round, a part of the report archive)',
    { default: '120000', min: 1000 },
  ),
  LOGIN_ATTEMPTS_PER_MINUTE: env.int(
    'Admin sign-in attempts (a password, or an SSO start or return) allowed per client address and minute',
    {
      default: '10',
      min: 1,
    },
  ),
  PORTAL_REQUESTS_PER_MINUTE: env.int('Rater-portal requests allowed per client address and minute', {
    default: '120',
    min: 1,
  }),
  STATIC_DIR: env.string('Folder of the built Angular portal', { default: defaultStaticDir }),
  ...publicUrlEnv,
  OIDC_ISSUER: env.optionalUrl("OpenID Connect issuer of the console's single sign-on; unset: SSO is off", {
    protocols: ['https:', 'http:'],
  }),
  OIDC_CLIENT_ID: env.optionalString('Client id of the console at the OpenID provider (required with OIDC_ISSUER)'),
  OIDC_CLIENT_SECRET: env.optionalString('Client secret at the OpenID provider (unset: a public client)', {
    secret: true,
  }),
  OIDC_ROLE_CLAIM: env.string('Claim of the ID token or userinfo that carries the console role', {
    default: 'evkin_role',
  }),
  OIDC_ADMIN_VALUES: env.list('Values of the role claim that make an admin (comma-separated)', { default: 'admin' }),
  OIDC_VIEWER_VALUES: env.list('Values of the role claim that make a viewer (comma-separated)', { default: 'viewer' }),
};

export type GatewayEnv = EnvOf<typeof gatewayEnv>;

/** The gateway's environment, with the checks that span variables (the SSO settings go together). */
export function loadGatewayEnv(source: Record<string, string | undefined> = process.env): GatewayEnv {
  const loaded = loadEnv('gateway', gatewayEnv, source);
  const problems: string[] = [];
  if (loaded.OIDC_ISSUER !== undefined) {
    if (loaded.OIDC_CLIENT_ID === undefined) problems.push('OIDC_CLIENT_ID is required when OIDC_ISSUER is set');
    if (loaded.NODE_ENV === 'production' && !loaded.OIDC_ISSUER.startsWith('https:')) {
      problems.push('OIDC_ISSUER must use https: in production');
    }
  }
  const both = loaded.OIDC_ADMIN_VALUES.filter((value) => loaded.OIDC_VIEWER_VALUES.includes(value));
  if (both.length > 0) problems.push(`OIDC_ADMIN_VALUES and OIDC_VIEWER_VALUES both list ${both.join(', ')}`);
  if (problems.length > 0) throw new EnvValidationError('gateway', problems);
  return loaded;
}
export const GATEWAY_ENV = Symbol('GATEWAY_ENV');
