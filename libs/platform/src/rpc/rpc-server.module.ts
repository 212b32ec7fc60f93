import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RpcServerInterceptor } from './rpc-server.js';
import { ReadinessRpcController } from './readiness-rpc.controller.js';

/** Backend services answer the gateway's requests; readiness is one of them. */
@Module({
  controllers: [ReadinessRpcController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: RpcServerInterceptor }],
})
export class RpcServerModule {}
