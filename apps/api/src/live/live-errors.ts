import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ERROR_MESSAGES, isErrorCode } from '@mao/domain';
import { isSessionErrorCode, SESSION_ERROR_MESSAGES } from '@mao/intervisie-method';
import { DomainError } from '../common/domain-error.js';

/** Acknowledgement of a socket.io message: the same error model as REST. */
export type Ack = { ok: true; [key: string]: unknown } | { error: { code: string; message: string } };

export function errorAck(code: string): Ack {
  const message = isErrorCode(code) ? ERROR_MESSAGES[code].nl : isSessionErrorCode(code) ? SESSION_ERROR_MESSAGES[code].nl : ERROR_MESSAGES.internal_error.nl;
  return { error: { code, message } };
}

/** Anything thrown in a handler becomes an error acknowledgement, never a dropped callback. */
@Catch()
export class LiveExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const args = host.getArgs();
    const callback = args.find((arg: unknown) => typeof arg === 'function') as ((ack: Ack) => void) | undefined;
    callback?.(errorAck(exception instanceof DomainError ? exception.code : 'internal_error'));
  }
}
