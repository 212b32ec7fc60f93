import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '@evkin/platform';
import { bearerToken } from '../auth/bearer-token.js';

/**
 * The rater's link token, sent as `Authorization: Bearer`: headers stay out of access logs,
 * unlike paths and query strings.
 */
export const LinkToken = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const token = bearerToken(context.switchToHttp().getRequest<Request>());
  if (!token) throw new DomainError('link_invalid');
  return token;
});
