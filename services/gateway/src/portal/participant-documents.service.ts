import { Injectable, type StreamableFile } from '@nestjs/common';
import { NOT_READY_RETRY_AFTER_SECONDS, type Language } from '@evkin/contracts';
import { DomainError, RpcCallError, RpcClient } from '@evkin/platform';
import { download, PDF_RPC_TIMEOUT_MS } from '../results/download.js';

type NotReady = 'report_not_ready' | 'proof_not_ready';

/**
 * The PDFs a rater or a participant downloads with their link. Assessment checks the token and
 * whether the document may exist (submitted, or all four submitted); reporting renders what it
 * recorded from the events. Reporting consumes those events asynchronously, so right after Kirim
 * Data it may not know yet what assessment already confirmed: that is a retryable 409, not a 404.
 */
@Injectable()
export class ParticipantDocumentsService {
  constructor(private readonly rpc: RpcClient) {}

  async report(monitoringToken: string, language: Language): Promise<StreamableFile> {
    const page = await this.rpc.call('assessment', 'monitoring.get', { token: monitoringToken });
    if (!page.reportAvailable) throw new DomainError('report_not_ready');
    const file = this.rpc.call(
      'reporting',
      'results.report.pdf',
      { participantId: page.participantId, language },
      { timeoutMs: PDF_RPC_TIMEOUT_MS },
    );
    return download(await caughtUp(file, 'report_not_ready'));
  }

  async proof(linkToken: string, language: Language): Promise<StreamableFile> {
    const proof = await this.rpc.call('assessment', 'portal.proof.get', { token: linkToken });
    return this.renderProof(proof.assignmentId, language);
  }

  /** Halaman Monitoring's copy of the participant's own proof, once they pressed Kirim Data. */
  async participantProof(monitoringToken: string, language: Language): Promise<StreamableFile> {
    const page = await this.rpc.call('assessment', 'monitoring.get', { token: monitoringToken });
    const self = page.roles.find((role) => role.role === 'self' && role.status === 'submitted');
    if (!self?.assignmentId) throw new DomainError('not_found');
    return this.renderProof(self.assignmentId, language);
  }

  private async renderProof(assignmentId: string, language: Language): Promise<StreamableFile> {
    const file = this.rpc.call(
      'reporting',
      'results.proof.pdf',
      { assignmentId, language },
      { timeoutMs: PDF_RPC_TIMEOUT_MS },
    );
    return download(await caughtUp(file, 'proof_not_ready'));
  }
}

/** Reporting not knowing (yet) what assessment confirmed means "try again in a moment". */
async function caughtUp<T>(call: Promise<T>, code: NotReady): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof RpcCallError && (error.code === 'not_found' || error.code === code)) {
      throw new DomainError(code, [], { retryAfter: NOT_READY_RETRY_AFTER_SECONDS });
    }
    throw error;
  }
}
