import { Reflector } from '@nestjs/core';
import type { AdminRole } from '@evkin/contracts';

/** Which admin roles may call a route; routes without it accept any signed-in role. */
export const Roles = Reflector.createDecorator<AdminRole[]>();
