import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  rpcPattern,
  type AdminAccount,
  type AdminSession,
  type LoginRequest,
  type LoginResponse,
  type RpcRequest,
  type SsoLoginRequest,
} from '@evkin/contracts';
import { AdminAuthService } from './admin-auth.service.js';

@Controller()
export class AdminAuthController {
  constructor(private readonly auth: AdminAuthService) {}

  @MessagePattern(rpcPattern('auth.login'))
  login(@Payload() request: LoginRequest): Promise<LoginResponse> {
    return this.auth.login(request);
  }

  @MessagePattern(rpcPattern('auth.sso'))
  ssoLogin(@Payload() request: SsoLoginRequest): Promise<LoginResponse> {
    return this.auth.ssoLogin(request);
  }

  @MessagePattern(rpcPattern('auth.session'))
  session(@Payload() request: { token: string }): Promise<AdminSession> {
    return this.auth.session(request.token);
  }

  @MessagePattern(rpcPattern('auth.accounts.list'))
  accounts(@Payload() request: RpcRequest<'auth.accounts.list'>): Promise<AdminAccount[]> {
    return this.auth.accounts(request.actor);
  }

  @MessagePattern(rpcPattern('auth.accounts.create'))
  createAccount(@Payload() request: RpcRequest<'auth.accounts.create'>): Promise<AdminAccount> {
    return this.auth.createAccount(request.actor, request.account);
  }

  @MessagePattern(rpcPattern('auth.logout'))
  logout(@Payload() request: { token: string }): Promise<{ ok: true }> {
    return this.auth.logout(request.token);
  }
}
