import { Global, Module } from '@nestjs/common';
import { RpcClient } from '@evkin/platform';
import { GATEWAY_ENV, type GatewayEnv } from '../config.js';

@Global()
@Module({
  providers: [
    {
      provide: RpcClient,
      inject: [GATEWAY_ENV],
      useFactory: (env: GatewayEnv) => new RpcClient(env.RABBITMQ_URL, env.RPC_TIMEOUT_MS),
    },
  ],
  exports: [RpcClient],
})
export class RpcModule {}
