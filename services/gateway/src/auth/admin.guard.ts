import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { AdminSession } from '@evkin/contracts';
import { DomainError, RpcClient } from '@evkin/platform';
import { bearerToken } from './bearer-token.js';
import { Roles } from './roles.decorator.js';

export type AuthenticatedRequest = Request & { admin: AdminSession };

/** Admin routes need a live session and, where the route names roles, one of them. */
@Injectable()
export class AdminGuard implements CanActivate {
  constructor(
    private readonly rpc: RpcClient,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request);
    if (!token) throw new DomainError('unauthenticated');
    const session = await this.rpc.call('assessment', 'auth.session', { token });
    const roles = this.reflector.getAllAndOverride(Roles, [context.getHandler(), context.getClass()]);
    if (roles && !roles.includes(session.role)) throw new DomainError('forbidden');
    request.admin = session;
    return true;
  }
}
