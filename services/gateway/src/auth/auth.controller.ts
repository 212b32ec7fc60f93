import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AdminSession, LoginResponse } from '@evkin/contracts';
import { DomainError, RpcClient } from '@evkin/platform';
import { AdminGuard, type AuthenticatedRequest } from './admin.guard.js';
import { LoginDto } from './auth.dto.js';
import { bearerToken } from './bearer-token.js';
import { ApiResult } from '../openapi/responses.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('login')
  @ApiResult('LoginResponse')
  @HttpCode(200)
  login(@Body() body: LoginDto): Promise<LoginResponse> {
    return this.rpc.call('assessment', 'auth.login', { email: body.email, password: body.password });
  }

  @Post('logout')
  @ApiResponse({
    status: 200,
    description: 'The session is ended',
    schema: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean', enum: [true] } } },
  })
  @HttpCode(200)
  @ApiBearerAuth()
  logout(@Req() request: Request): Promise<{ ok: true }> {
    const token = bearerToken(request);
    if (!token) throw new DomainError('unauthenticated');
    return this.rpc.call('assessment', 'auth.logout', { token });
  }

  @Get('me')
  @ApiResult('AdminSession')
  @ApiBearerAuth()
  @UseGuards(AdminGuard)
  me(@Req() request: AuthenticatedRequest): AdminSession {
    return request.admin;
  }
}
