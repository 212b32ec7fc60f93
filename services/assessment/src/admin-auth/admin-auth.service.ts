import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { MoreThan, Repository } from 'typeorm';
import type { AdminSession, LoginRequest, LoginResponse } from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { ASSESSMENT_ENV, type AssessmentEnv } from '../config.js';
import { hashLinkToken } from '../links/link-token.js';
import { AdminSessionRecord, AdminUser } from './admin-user.entity.js';
import { hashPassword, verifyPassword } from './password.js';

const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

@Injectable()
export class AdminAuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminAuthService.name);
  /** Compared against when the email is unknown, so timing does not reveal which emails exist. */
  private decoyHash: Promise<string> | undefined;

  constructor(
    @InjectRepository(AdminUser) private readonly users: Repository<AdminUser>,
    @InjectRepository(AdminSessionRecord) private readonly sessions: Repository<AdminSessionRecord>,
    @Inject(ASSESSMENT_ENV) private readonly env: AssessmentEnv,
  ) {}

  /** The first start creates the admin account; its generated password is shown once, here. */
  async onApplicationBootstrap(): Promise<void> {
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
    const valid = await verifyPassword(request.password, user?.passwordHash ?? (await this.decoy()));
    if (!user || !valid) throw new DomainError('invalid_credentials');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    await this.sessions.insert({ tokenHash: hashLinkToken(token), userId: user.id, expiresAt });
    return { token, expiresAt: expiresAt.toISOString(), user: { email: user.email, role: user.role } };
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

  private decoy(): Promise<string> {
    this.decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    return this.decoyHash;
  }
}
