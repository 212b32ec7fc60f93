import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AdminActor } from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import type { AuthenticatedRequest } from './admin.guard.js';

/** The signed-in admin (set by AdminGuard), passed on to services for roles and the audit log. */
export const CurrentAdmin = createParamDecorator((_: unknown, context: ExecutionContext): AdminActor => {
  const session = context.switchToHttp().getRequest<Partial<AuthenticatedRequest>>().admin;
  if (session === undefined) throw new DomainError('unauthenticated');
  return { userId: session.userId, email: session.email, role: session.role };
});
