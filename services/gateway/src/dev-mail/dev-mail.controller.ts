import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { CapturedMail } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';

/** Mail caught by the embedded SMTP catcher. Registered only outside production. */
@ApiExcludeController()
@Controller('dev/mail')
export class DevMailController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  list(): Promise<CapturedMail[]> {
    return this.rpc.call('notification', 'dev.mail.list', {});
  }
}
