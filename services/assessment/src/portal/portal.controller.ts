import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  rpcPattern,
  type FormView,
  type LinkView,
  type PortalSession,
  type PortalSubmitResult,
  type ProofView,
  type RpcRequest,
  type RpcResponse,
  type SaveResult,
} from '@evkin/contracts';
import { PortalService } from './portal.service.js';
import { SubmissionService } from './submission.service.js';

@Controller()
export class PortalController {
  constructor(
    private readonly portal: PortalService,
    private readonly submission: SubmissionService,
  ) {}

  @MessagePattern(rpcPattern('portal.link.get'))
  link(@Payload() request: RpcRequest<'portal.link.get'>): Promise<LinkView> {
    return this.portal.linkView(request.token);
  }

  @MessagePattern(rpcPattern('portal.session.start'))
  start(@Payload() request: RpcRequest<'portal.session.start'>): Promise<PortalSession> {
    return this.portal.startSession(request.token);
  }

  @MessagePattern(rpcPattern('portal.not-me'))
  notMe(@Payload() request: RpcRequest<'portal.not-me'>): Promise<LinkView> {
    return this.portal.notMe(request.token, request.note);
  }

  @MessagePattern(rpcPattern('portal.form.get'))
  form(@Payload() request: RpcRequest<'portal.form.get'>): Promise<FormView> {
    return this.portal.form(request.session);
  }

  @MessagePattern(rpcPattern('portal.answers.save'))
  save(@Payload() request: RpcRequest<'portal.answers.save'>): Promise<SaveResult> {
    return this.portal.saveAnswers(request.session, request.answers);
  }

  @MessagePattern(rpcPattern('portal.raters.save'))
  raters(@Payload() request: RpcRequest<'portal.raters.save'>): Promise<RpcResponse<'portal.raters.save'>> {
    return this.portal.saveRaters(request.session, request.raters);
  }

  @MessagePattern(rpcPattern('portal.submit'))
  submit(@Payload() request: RpcRequest<'portal.submit'>): Promise<PortalSubmitResult> {
    return this.submission.submit(request.session);
  }

  @MessagePattern(rpcPattern('portal.proof.get'))
  proof(@Payload() request: RpcRequest<'portal.proof.get'>): Promise<ProofView> {
    return this.portal.proof(request.token);
  }
}
