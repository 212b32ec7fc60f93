import { Controller, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type ParticipantResultView } from '@evkin/contracts';
import {
  DomainError,
  MetricsModule,
  RpcCallError,
  RpcClient,
  RpcServerInterceptor,
  rpcServerOptions,
  runWithContext,
} from '@evkin/platform';
import { isolate, type IsolatedInfra } from '../../../test/support/isolation.js';

@Controller()
class ResultStub {
  @MessagePattern(rpcPattern('results.participant'))
  get(@Payload() request: { participantId: string }): ParticipantResultView {
    if (request.participantId === 'missing') throw new DomainError('not_found');
    if (request.participantId === 'bug') throw new Error('database exploded: password=hunter2');
    // The transport carries whatever the handler returns; a partial view keeps the test about RPC.
    return { participant: { id: request.participantId } } as unknown as ParticipantResultView;
  }
}

@Module({
  imports: [MetricsModule.forService('reporting')],
  controllers: [ResultStub],
  providers: [RpcServerInterceptor],
})
class StubModule {}

/** Request–reply between the gateway and a service over a real broker. */
describe('RPC over RabbitMQ', () => {
  let infra: IsolatedInfra;
  let server: INestMicroservice;
  let client: RpcClient;

  beforeAll(async () => {
    infra = await isolate('rpc');
    server = await NestFactory.createMicroservice(StubModule, {
      ...rpcServerOptions('reporting', infra.rabbitmqUrl),
      logger: false,
    });
    server.useGlobalInterceptors(server.get(RpcServerInterceptor));
    await server.listen();
    client = new RpcClient(infra.rabbitmqUrl, 3000);
  }, 60_000);

  afterAll(async () => {
    await client?.onApplicationShutdown();
    await server?.close();
    await infra?.cleanup();
  });

  it('returns the answer', async () => {
    const answer = await runWithContext({ correlationId: 'abc' }, () =>
      client.call('reporting', 'results.participant', { participantId: 'p1' }),
    );
    expect(answer).toEqual({ participant: { id: 'p1' } });
  });

  it('carries a domain refusal as its code', async () => {
    await expect(client.call('reporting', 'results.participant', { participantId: 'missing' })).rejects.toEqual(
      new RpcCallError('not_found'),
    );
  });

  it('hides an unexpected failure behind "internal", revealing nothing of it', async () => {
    const error = await client
      .call('reporting', 'results.participant', { participantId: 'bug' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcCallError);
    expect((error as RpcCallError).code).toBe('internal');
    expect(JSON.stringify(error)).not.toContain('hunter2');
  });

  it('times out when no service answers', async () => {
    const error = await client
      .call('assessment', 'portal.link.get', { token: 'x' }, { timeoutMs: 300 })
      .catch((e: unknown) => e);
    expect(error).toEqual(new RpcCallError('timeout'));
  });
});
