import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type AuditEntry, type Page, type RpcRequest } from '@evkin/contracts';
import { AuditService } from './audit.service.js';

@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @MessagePattern(rpcPattern('audit.list'))
  list(@Payload() request: RpcRequest<'audit.list'>): Promise<Page<AuditEntry>> {
    return this.audit.list(request.page, request.pageSize);
  }
}
