import type { AdminRole } from '../dto/system.js';

/** Who asks, on admin RPCs: the gateway resolves the session and passes the actor on, for roles and the audit log. */
export interface AdminActor {
  userId: string;
  email: string;
  role: AdminRole;
}

/** An admin request: the actor plus the route's own fields. */
export type AdminRequest<T extends object = object> = { actor: AdminActor } & T;
