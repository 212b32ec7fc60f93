import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, MoreThan, Repository, type EntityManager } from 'typeorm';
import type {
  AdminAccount,
  AdminAccountInput,
  AdminActor,
  AdminSession,
  LoginRequest,
  LoginResponse,
  SsoLoginRequest,
} from '@evkin/contracts';
import { DomainError, ReadinessService } from '@evkin/platform';
import { AuditService } from '../audit/audit.service.js';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import { hashLinkToken } from '../links/link-token.js';
import { AdminSessionRecord, AdminUser } from './admin-user.entity.js';
import { hashPassword, NO_PASSWORD, verifyPassword } from './password.js';

const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

@Injectable()
export class AdminAuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminAuthService.name);
  /** Compared against when the email is unknown, so timing does not reveal which emails exist. */
  private decoyHash: Promise<string> | undefined;
  private firstAdminSettled = false;

  constructor(
    @InjectRepository(AdminUser) private readonly users: Repository<AdminUser>,
    @InjectRepository(AdminSessionRecord) private readonly sessions: Repository<AdminSessionRecord>,
    @Inject(ASSESSMENT_ENV) private readonly env: AssessmentEnv,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    readiness: ReadinessService,
  ) {
    // Ready means someone can sign in: the RPC listener starts before this hook has created the
    // first admin, and `npm start`, tests and probes sign in the moment the stack says ready.
    readiness.register({
      name: 'first-admin',
      check: () =>
        this.firstAdminSettled ? Promise.resolve() : Promise.reject(new Error('creating the first admin account')),
    });
  }

  /** The first start creates the admin account; its generated password is shown once, here. */
  async onApplicationBootstrap(): Promise<void> {
    await this.createFirstAdmin();
    this.firstAdminSettled = true;
  }

  private async createFirstAdmin(): Promise<void> {
    if ((await this.users.count()) > 0) return;
    const generated = this.env.ADMIN_PASSWORD === undefined;
    const password = this.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .values({ email: this.env.ADMIN_EMAIL.toLowerCase(), passwordHash: await hashPassword(password), role: 'admin' })
      .orIgnore()
      .execute();
    if ((result.raw as unknown[]).length === 0) return;
    this.logger.log(`created the first admin account ${this.env.ADMIN_EMAIL}`);
    if (generated) {
      process.stdout.write(
        `\n  Evkin 360 admin account created: ${this.env.ADMIN_EMAIL}\n  password (shown only this once): ${password}\n\n`,
      );
    }
  }

  async login(request: LoginRequest): Promise<LoginResponse> {
    const user = await this.users.findOneBy({ email: request.email.toLowerCase() });
    // An SSO-only account is checked against the decoy too, so timing does not reveal it either.
    const local = user !== null && user.passwordHash !== NO_PASSWORD;
    const valid = await verifyPassword(request.password, local ? user.passwordHash : await this.decoy());
    if (!user || !local || !valid) throw new DomainError('invalid_credentials');
    return this.openSession(this.sessions.manager, user);
  }

  /**
   * A sign-in the gateway verified with the OpenID provider. The provider's role claim is the
   * authority for SSO users, so an existing account takes the role it maps to; an unknown email
   * becomes an account without a password (it can only sign in through SSO).
   */
  async ssoLogin(request: SsoLoginRequest): Promise<LoginResponse> {
    const email = request.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(AdminUser)
        .values({ email, passwordHash: NO_PASSWORD, role: request.role })
        .orUpdate(['role'], ['email'])
        .execute();
      const user = await manager.findOneByOrFail(AdminUser, { email });
      await this.audit.record(
        manager,
        { userId: user.id, email: user.email, role: user.role },
        {
          action: 'admin_user.sso_sign_in',
          subject: { type: 'admin_user', id: user.id },
          details: { role: user.role, issuer: request.issuer, subject: request.subject },
        },
      );
      return this.openSession(manager, user);
    });
  }

  async session(token: string): Promise<AdminSession> {
    const session = await this.sessions.findOneBy({ tokenHash: hashLinkToken(token), expiresAt: MoreThan(new Date()) });
    const user = session ? await this.users.findOneBy({ id: session.userId }) : null;
    if (!session || !user) throw new DomainError('unauthenticated');
    return { userId: user.id, email: user.email, role: user.role, expiresAt: session.expiresAt.toISOString() };
  }

  async logout(token: string): Promise<{ ok: true }> {
    await this.sessions.delete({ tokenHash: hashLinkToken(token) });
    return { ok: true };
  }

  async accounts(actor: AdminActor): Promise<AdminAccount[]> {
    this.audit.assertAdmin(actor);
    return (await this.users.find({ order: { email: 'ASC' } })).map(accountView);
  }

  /** A local account, e.g. a viewer for a province office; the password is never logged or audited. */
  async createAccount(actor: AdminActor, input: AdminAccountInput): Promise<AdminAccount> {
    this.audit.assertAdmin(actor);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const email = input.email.trim().toLowerCase();
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(AdminUser)
        .values({ email, passwordHash, role: input.role })
        .orIgnore()
        .returning('*')
        .execute();
      const [row] = inserted.raw as { id: string }[];
      if (row === undefined) throw new DomainError('validation_failed', [{ field: 'email', code: 'email_taken' }]);
      const user = await manager.findOneByOrFail(AdminUser, { id: row.id });
      await this.audit.record(manager, actor, {
        action: 'admin_user.create',
        subject: { type: 'admin_user', id: user.id },
        details: { email: user.email, role: user.role },
      });
      return accountView(user);
    });
  }

  private async openSession(manager: EntityManager, user: AdminUser): Promise<LoginResponse> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    await manager.insert(AdminSessionRecord, { tokenHash: hashLinkToken(token), userId: user.id, expiresAt });
    return { token, expiresAt: expiresAt.toISOString(), user: { email: user.email, role: user.role } };
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    return this.decoyHash;
  }
}

function accountView(user: AdminUser): AdminAccount {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    signIn: user.passwordHash === NO_PASSWORD ? 'sso' : 'password',
    createdAt: user.createdAt.toISOString(),
  };
}
