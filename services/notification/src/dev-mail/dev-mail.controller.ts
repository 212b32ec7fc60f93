import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { rpcPattern, type CapturedMail } from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { MailTransport } from '../mail/mail-transport.js';

/** Lists what the embedded catcher caught; answers "not found" when real SMTP is configured. */
@Controller()
export class DevMailController {
  constructor(private readonly transport: MailTransport) {}

  @MessagePattern(rpcPattern('dev.mail.list'))
  list(): CapturedMail[] {
    const captured = this.transport.captured();
    if (!captured) throw new DomainError('not_found');
    return captured.reverse();
  }
}
