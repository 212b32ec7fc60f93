import { Controller, Get, Module, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { OidcStatus } from '@evkin/contracts';
import { ApiRedirect, ApiResult } from '../../openapi/responses.js';
import { OidcService } from './oidc.service.js';

/** Single sign-on for the admin console; off (404, `enabled: false`) unless OIDC_ISSUER is set. */
@ApiTags('auth')
@Controller('api/auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  @Get()
  @ApiResult('OidcStatus')
  @ApiOperation({ summary: 'Whether the console offers sign-in with SSO' })
  status(): OidcStatus {
    return this.oidc.status();
  }

  @Get('start')
  @ApiRedirect('To the OpenID provider (PKCE S256, state and nonce in a 10-minute HttpOnly cookie)')
  start(@Res() response: Response): Promise<void> {
    return this.oidc.start(response);
  }

  @Get('callback')
  @ApiRedirect('To the console: `/admin#sso=<session token>`, or `/admin?error=<code>`')
  callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.oidc.callback(request, response);
  }
}

@Module({ controllers: [OidcController], providers: [OidcService] })
export class OidcModule {}
