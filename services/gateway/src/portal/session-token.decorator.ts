import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '@evkin/platform';
import { bearerToken } from '../auth/bearer-token.js';

/** The portal session token (from Mulai), sent as `Authorization: Bearer`. */
export const SessionToken = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const token = bearerToken(context.switchToHttp().getRequest<Request>());
  if (!token) throw new DomainError('session_expired');
  return token;
});
