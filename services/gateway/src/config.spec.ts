import { EnvValidationError } from '@evkin/platform';
import { loadGatewayEnv } from './config.js';

function problems(source: Record<string, string>): string[] {
  try {
    loadGatewayEnv(source);
  } catch (error) {
    if (error instanceof EnvValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('single sign-on settings of the gateway', () => {
  it('leave SSO off by default, with the documented role claim and values', () => {
    expect(loadGatewayEnv({})).toMatchObject({
      OIDC_ISSUER: undefined,
      OIDC_ROLE_CLAIM: 'evkin_role',
      OIDC_ADMIN_VALUES: ['admin'],
      OIDC_VIEWER_VALUES: ['viewer'],
    });
  });

  it('read comma lists of role values', () => {
    const env = loadGatewayEnv({
      OIDC_ISSUER: 'https://sso.kemnaker.example/realms/evkin',
      OIDC_CLIENT_ID: 'evkin',
      OIDC_ADMIN_VALUES: 'evkin-admin, direktorat ',
    });
    expect(env.OIDC_ADMIN_VALUES).toEqual(['evkin-admin', 'direktorat']);
  });

  it('refuse to boot on an issuer without a client id, a bad URL or overlapping roles', () => {
    expect(problems({ OIDC_ISSUER: 'https://sso.kemnaker.example' })).toEqual([
      'OIDC_CLIENT_ID is required when OIDC_ISSUER is set',
    ]);
    expect(problems({ OIDC_ISSUER: 'sso.kemnaker.example', OIDC_CLIENT_ID: 'evkin' })[0]).toContain(
      'OIDC_ISSUER must be a URL',
    );
    expect(problems({ OIDC_ADMIN_VALUES: 'admin,staff', OIDC_VIEWER_VALUES: 'staff' })).toEqual([
      'OIDC_ADMIN_VALUES and OIDC_VIEWER_VALUES both list staff',
    ]);
    expect(problems({ OIDC_VIEWER_VALUES: ' , ' })[0]).toContain('OIDC_VIEWER_VALUES must list at least one value');
  });

  it('require https for the issuer in production', () => {
    expect(problems({ NODE_ENV: 'production', OIDC_ISSUER: 'http://sso.internal', OIDC_CLIENT_ID: 'evkin' })).toEqual([
      'OIDC_ISSUER must use https: in production',
    ]);
  });
});
