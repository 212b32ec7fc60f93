import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  PROBLEM_CONTENT_TYPE,
  negotiateLanguage,
  problem,
  translateField,
  type ErrorCode,
  type ProblemDetails,
} from '@evkin/contracts';
import { DomainError } from '../errors.js';
import { currentCorrelationId } from '../logging/context.js';
import { RpcCallError } from '../rpc/rpc-client.js';
import { ValidationProblem } from './validation.js';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.NOT_FOUND]: 'not_found',
  [HttpStatus.UNAUTHORIZED]: 'unauthenticated',
  [HttpStatus.FORBIDDEN]: 'forbidden',
  [HttpStatus.TOO_MANY_REQUESTS]: 'rate_limited',
  [HttpStatus.BAD_REQUEST]: 'validation_failed',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'validation_failed',
};

/** Every HTTP error leaves as RFC 9457 problem+json, titled in the caller's language. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const language = negotiateLanguage(request.header('accept-language'));
    const body = this.toProblem(exception, language);
    body.instance = request.path;
    body.correlationId = currentCorrelationId();
    // RFC 9110 §10.2.3: whole seconds; a client that ignores the body still knows when to come back.
    if (Number.isInteger(body.retryAfter) && (body.retryAfter ?? 0) > 0) {
      response.setHeader('Retry-After', String(body.retryAfter));
    }
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(exception: unknown, language: 'id' | 'en'): ProblemDetails {
    const withFields = (code: ErrorCode, errors: { field: string; code: string }[]) =>
      problem(code, language, {
        ...(errors.length > 0
          ? { errors: errors.map((e) => ({ ...e, message: translateField(e.code, language) })) }
          : {}),
      });
    if (exception instanceof ValidationProblem) return withFields('validation_failed', exception.fields);
    if (exception instanceof DomainError || exception instanceof RpcCallError) {
      // Extensions first: the standard members must not be overwritten by them.
      return { ...exception.extensions, ...withFields(exception.code, exception.errors) };
    }
    if (exception instanceof HttpException) {
      const code = CODE_BY_STATUS[exception.getStatus()];
      if (code) return problem(code, language);
      return { ...problem('internal', language), status: exception.getStatus() };
    }
    this.logger.error(exception instanceof Error ? exception : new Error(String(exception)), 'unhandled error');
    return problem('internal', language);
  }
}
