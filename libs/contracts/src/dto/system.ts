import type { ServiceName } from '../events/topology.js';

export interface DependencyCheck {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface ReadinessReport {
  service: ServiceName;
  ready: boolean;
  checks: DependencyCheck[];
}

export interface GatewayReadiness {
  ready: boolean;
  services: Record<ServiceName, ReadinessReport>;
}

export const ADMIN_ROLES = ['admin', 'viewer'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  token: string;
  expiresAt: string;
  user: { email: string; role: AdminRole };
}

/** A sign-in the gateway verified with the OpenID provider: assessment opens a session for it. */
export interface SsoLoginRequest {
  /** The provider's verified email of the user (lower-cased by assessment). */
  email: string;
  /** The role the provider's role claim maps to. */
  role: AdminRole;
  /** Issuer and subject of the ID token, for the audit log. */
  issuer: string;
  subject: string;
}

/** Whether the console offers "Sign in with SSO" (`GET /api/auth/oidc`). */
export interface OidcStatus {
  enabled: boolean;
}

export interface AdminSession {
  userId: string;
  email: string;
  role: AdminRole;
  expiresAt: string;
}

/** A console account (local: signs in with a password). */
export interface AdminAccount {
  id: string;
  email: string;
  role: AdminRole;
  /** How the account signs in: its own password, or the organisation's single sign-on (no password here). */
  signIn: 'password' | 'sso';
  createdAt: string;
}

export interface AdminAccountInput {
  email: string;
  /** At least 12 characters; stored only as a scrypt hash. */
  password: string;
  role: AdminRole;
}
