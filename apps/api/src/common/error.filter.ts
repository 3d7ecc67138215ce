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
    const refused = databaseRefusal(sqlStateOf(exception));
    if (refused) {
      // PostgreSQL refused the request's data (a value a contract should have caught) or a
      // concurrent request won a race (unique key, deadlock). Neither is a server failure: answer
      // 400 or 409, and log it as a warning so the contract or the use case gets fixed.
      this.logger.warn({ sqlState: sqlStateOf(exception), method: request.method, route: request.route?.path }, `database refused the request (${refused})`);
      return { status: HTTP_STATUS_OF[refused], body: { error: { code: refused, message: errorMessage(refused) } }, headers: {} };
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

/**
 * - class 22 "data exception" (22003 numeric out of range, 22P02 invalid text, 22021/22P05
 *   encoding...), 23502 not null and 23514 check: the input → 400 `validation_failed`;
 * - 23505 unique, 23503 foreign key, 23P01 exclusion, 40001 serialization failure, 40P01
 *   deadlock: another request changed the same rows first → 409 `conflict`.
 */
function databaseRefusal(sqlState: string | undefined): 'validation_failed' | 'conflict' | null {
  if (!sqlState) return null;
  if (sqlState.startsWith('22') || sqlState === '23502' || sqlState === '23514') return 'validation_failed';
  if (['23505', '23503', '23P01', '40001', '40P01'].includes(sqlState)) return 'conflict';
  return null;
}
