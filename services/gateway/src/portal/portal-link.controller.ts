import { Body, Controller, Get, Headers, HttpCode, Post, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { negotiateLanguage, type LinkView, type PortalSession, type ProofView } from '@evkin/contracts';
import { RpcClient } from '@evkin/platform';
import { LinkToken } from './link-token.decorator.js';
import { ParticipantDocumentsService } from './participant-documents.service.js';
import { NotMeDto } from './portal.dto.js';
import { ApiFile, ApiResult } from '../openapi/responses.js';

/** What the link from the email can do: look (GET never changes state), start (Mulai), or say Bukan Saya. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller('api/portal')
export class PortalLinkController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly documents: ParticipantDocumentsService,
  ) {}

  @Get('link')
  @ApiResult('LinkView')
  @ApiOperation({ summary: 'The confirmation page: what this link is for' })
  link(@LinkToken() token: string): Promise<LinkView> {
    return this.rpc.call('assessment', 'portal.link.get', { token });
  }

  @Post('sessions')
  @ApiResult('PortalSession', { status: 201 })
  @ApiOperation({ summary: 'Mulai: start a short session for filling in' })
  start(@LinkToken() token: string): Promise<PortalSession> {
    return this.rpc.call('assessment', 'portal.session.start', { token });
  }

  @Post('not-me')
  @ApiResult('LinkView')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bukan Saya: the invitation is not for me' })
  notMe(@LinkToken() token: string, @Body() body: NotMeDto): Promise<LinkView> {
    return this.rpc.call('assessment', 'portal.not-me', {
      token,
      ...(body.note === undefined ? {} : { note: body.note }),
    });
  }

  @Get('proof')
  @ApiResult('ProofView')
  @ApiOperation({ summary: 'Bukti Penyelesaian data (link or session token), after Kirim Data' })
  proof(@LinkToken() token: string): Promise<ProofView> {
    return this.rpc.call('assessment', 'portal.proof.get', { token });
  }

  @Get('proof.pdf')
  @ApiFile('Bukti Penyelesaian', 'application/pdf')
  @ApiOperation({
    summary:
      'Download Bukti Penyelesaian (PDF), after Kirim Data; 409 proof_not_ready (Retry-After) while it is prepared',
  })
  proofPdf(
    @LinkToken() token: string,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<StreamableFile> {
    return this.documents.proof(token, negotiateLanguage(acceptLanguage));
  }
}
