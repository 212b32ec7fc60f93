import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuthController } from '../auth/auth.controller.js';
import { OidcController } from '../auth/oidc/oidc.controller.js';
import { GATEWAY_ENV, type GatewayEnv } from '../config.js';
import { MonitoringController } from '../monitoring/monitoring.controller.js';
import { PortalLinkController } from '../portal/portal-link.controller.js';

const MINUTE_MS = 60_000;
const LINK_LOOKUPS: unknown[] = [PortalLinkController, MonitoringController];

/** Sign-in attempts: a password, or an SSO round trip (each start and each return from the provider). */
function isSignIn(controller: unknown, handler: string): boolean {
  if (controller === AuthController) return handler === 'login';
  return controller === OidcController && (handler === 'start' || handler === 'callback');
}

/**
 * Per-client limits where guessing is the attack: admin sign-in (passwords, SSO codes and flow
 * cookies) and the rater portal (link tokens). Counted per gateway replica, by client address
 * (behind the trusted proxy).
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [GATEWAY_ENV],
      useFactory: (env: GatewayEnv) => ({
        throttlers: [
          {
            name: 'login',
            ttl: MINUTE_MS,
            limit: env.LOGIN_ATTEMPTS_PER_MINUTE,
            skipIf: (context) => !isSignIn(context.getClass(), context.getHandler().name),
          },
          {
            name: 'portal',
            ttl: MINUTE_MS,
            limit: env.PORTAL_REQUESTS_PER_MINUTE,
            // Where a link token is looked up; a session token only exists after one such lookup.
            skipIf: (context) => !LINK_LOOKUPS.includes(context.getClass()),
          },
        ],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitsModule {}
