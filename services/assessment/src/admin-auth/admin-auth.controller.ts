import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type AdminSession, type LoginRequest, type LoginResponse } from '@evkin/contracts';
import { AdminAuthService } from './admin-auth.service.js';

@Controller()
export class AdminAuthController {
  constructor(private readonly auth: AdminAuthService) {}

  @MessagePattern(rpcPattern('auth.login'))
  login(@Payload() request: LoginRequest): Promise<LoginResponse> {
    return this.auth.login(request);
  }

  @MessagePattern(rpcPattern('auth.session'))
  session(@Payload() request: { token: string }): Promise<AdminSession> {
    return this.auth.session(request.token);
  }

  @MessagePattern(rpcPattern('auth.logout'))
  logout(@Payload() request: { token: string }): Promise<{ ok: true }> {
    return this.auth.logout(request.token);
  }
}
