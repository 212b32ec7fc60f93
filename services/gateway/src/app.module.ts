import { Module, type DynamicModule } from '@nestjs/common';
import { MetricsModule } from '@evkin/platform';
import { AccountsModule } from './auth/accounts.controller.js';
import { AuthController } from './auth/auth.controller.js';
import { OidcModule } from './auth/oidc/oidc.controller.js';
import { BatteriesModule } from './batteries/batteries.module.js';
import { GATEWAY_ENV, type GatewayEnv } from './config.js';
import { DevMailController } from './dev-mail/dev-mail.controller.js';
import { GatewayHealthModule } from './health/health.module.js';
import { ParticipantsModule } from './participants/participants.module.js';
import { PortalModule } from './portal/portal.module.js';
import { RateLimitsModule } from './rate-limits/rate-limits.module.js';
import { ResultsModule } from './results/results.module.js';
import { RpcModule } from './rpc/rpc.module.js';

/** The gateway holds no domain state: every route is a typed call to the service that owns it. */
@Module({})
export class AppModule {
  static forEnv(env: GatewayEnv): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        MetricsModule.forService('gateway'),
        RpcModule,
        GatewayHealthModule,
        RateLimitsModule,
        PortalModule,
        ParticipantsModule,
        ResultsModule,
        BatteriesModule,
        AccountsModule,
        OidcModule,
      ],
      controllers: [AuthController, ...(env.NODE_ENV === 'production' ? [] : [DevMailController])],
      providers: [{ provide: GATEWAY_ENV, useValue: env }],
      exports: [GATEWAY_ENV],
    };
  }
}
