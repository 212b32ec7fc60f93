import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { rpcPattern, type RpcRequest, type RpcResponse } from '@evkin/contracts';
import { DocumentsService } from './documents.service.js';

@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @MessagePattern(rpcPattern('results.report.pdf'))
  report(@Payload() request: RpcRequest<'results.report.pdf'>): Promise<RpcResponse<'results.report.pdf'>> {
    return this.documents.reportPdf(request.participantId, request.language);
  }

  @MessagePattern(rpcPattern('results.proof.pdf'))
  proof(@Payload() request: RpcRequest<'results.proof.pdf'>): Promise<RpcResponse<'results.proof.pdf'>> {
    return this.documents.proofPdf(request.assignmentId, request.language);
  }

  @MessagePattern(rpcPattern('results.directorate-report.pdf'))
  directorateReport(
    @Payload() request: RpcRequest<'results.directorate-report.pdf'>,
  ): Promise<RpcResponse<'results.directorate-report.pdf'>> {
    return this.documents.directorateReportPdf(request.actor, request.batteryId, request.sections, request.language);
  }

  @MessagePattern(rpcPattern('results.reports.archive'))
  archive(@Payload() request: RpcRequest<'results.reports.archive'>): Promise<RpcResponse<'results.reports.archive'>> {
    return this.documents.archive(request.batteryId, request.filter, request.part, request.language);
  }
}
