import { ArgumentsHost, Catch, HttpException, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { QueryFailedError } from 'typeorm';
import { errorMessage, type ErrorBody, type ErrorCode } from '@mao/domain';
import { DomainError, HTTP_STATUS_OF } from './domain-error.js';

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

/** Turns anything thrown into `{ error: { code, message } }`. Never a stack trace or SQL. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const { status, body, headers } = this.toResponse(exception, request);
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.status(status).json(body);
  }

  private toResponse(exception: unknown, request: Request): { status: number; body: ErrorBody; headers: Record<string, string> } {
    if (exception instanceof DomainError) {
      const body: ErrorBody = { error: { code: exception.code, message: exception.message } };
      if (exception.details !== undefined) body.error.details = exception.details;
      return { status: HTTP_STATUS_OF[exception.code], body, headers: exception.headers ?? {} };
    }
    if (isDataException(exception)) {
      // PostgreSQL refused a value (class 22: out of range, bad encoding, malformed literal):
      // input a contract should have caught. Answer 400 and log it, so the contract gets fixed.
      this.logger.warn({ sqlState: sqlStateOf(exception), method: request.method, route: request.route?.path }, 'database refused a value: input not caught by a contract');
      return { status: 400, body: { error: { code: 'validation_failed', message: errorMessage('validation_failed') } }, headers: {} };
    }
    const status = statusOf(exception);
    if (status !== undefined && status < 500) {
      const code = STATUS_CODES[status] ?? 'validation_failed';
      const message = code === 'validation_failed' && isJsonSyntaxError(exception) ? 'De invoer is geen geldige JSON.' : errorMessage(code);
      return { status, body: { error: { code, message } }, headers: {} };
    }
    this.logger.error(
      { err: exception instanceof Error ? { name: exception.name, message: exception.message, stack: exception.stack } : String(exception), method: request.method, route: request.route?.path },
      'unhandled error',
    );
    return { status: 500, body: { error: { code: 'internal_error', message: errorMessage('internal_error') } }, headers: {} };
  }
}

function statusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  // body-parser errors (malformed JSON, too large) carry a status.
  if (typeof exception === 'object' && exception !== null && 'status' in exception && typeof exception.status === 'number') return exception.status;
  return undefined;
}

/**
 * Our own code only throws DomainError, so a plain 400 comes from the JSON body parser
 * (Nest's express adapter turns its SyntaxError into a BadRequestException).
 */
function isJsonSyntaxError(exception: unknown): boolean {
  if (exception instanceof HttpException) return exception.getStatus() === 400;
  return typeof exception === 'object' && exception !== null && 'type' in exception && exception.type === 'entity.parse.failed';
}

function sqlStateOf(exception: unknown): string | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  const code = (exception.driverError as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** SQLSTATE class 22 "data exception" (22003 numeric out of range, 22P02 invalid text, 22021/22P05 encoding...). */
function isDataException(exception: unknown): boolean {
  return sqlStateOf(exception)?.startsWith('22') ?? false;
}
