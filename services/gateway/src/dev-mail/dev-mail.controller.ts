import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { CapturedMail } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { ApiResult } from '../openapi/responses.js';

/** Mail caught by the embedded SMTP catcher. Registered only outside production. */
@ApiExcludeController()
@Controller('dev/mail')
export class DevMailController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiResult('CapturedMail', { array: true })
  list(): Promise<CapturedMail[]> {
    return this.rpc.call('notification', 'dev.mail.list', {});
  }
}
