import type { NextFunction, Request, Response } from 'express';
import { DomainError } from './domain-error.js';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/**
 * Cross-site protection for cookie-authenticated requests: a mutating request must carry JSON
 * (a plain HTML form cannot send that cross-site without a CORS preflight we never grant) and,
 * when the browser tells us its Origin, it must be our own.
 */
export function requestGuards(allowedOrigins: string[]) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!MUTATING.has(req.method)) return next();
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.includes(origin)) return next(new DomainError('origin_not_allowed'));
    if (hasBody(req) && !req.is('application/json')) return next(new DomainError('unsupported_media_type'));
    next();
  };
}
