import pino, { type DestinationStream, type Logger } from 'pino';
import type { LoggerService } from '@nestjs/common';

/**
 * Structured JSON logs. Request bodies are never logged (case text must not reach logs);
 * the redact list is a second line of defence for fields that might be passed by mistake.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'intervisie-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'context', '*.context', 'keyQuestion', '*.keyQuestion', 'req.headers.cookie', 'headers.cookie'],
      censor: '[redacted]',
    },
  };
  // A destination is given by tests that read what would have been logged.
  return destination ? pino(options, destination) : pino(options);
}

export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info({ component: context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ component: context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ component: context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ component: context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ component: context }, String(message));
  }
}

export const LOGGER = Symbol('LOGGER');
