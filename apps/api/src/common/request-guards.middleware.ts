import type { NextFunction, Request, Response } from 'express';
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacters } from '@mao/domain';
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
    const path = controlCharacterPath(req.body);
    if (path !== null) return next(controlCharacterError(path));
    next();
  };
}

/**
 * Where a parsed JSON body holds a control character (NUL and the like), or null. The contracts
 * refuse these in every text field with a message per field; this is the backstop for bodies
 * that are not read through a zod contract (e.g. a method definition), because PostgreSQL
 * refuses NUL in text and jsonb and the request would otherwise end in a 500.
 */
export function controlCharacterPath(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return hasControlCharacters(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = controlCharacterPath(value[i], path ? `${path}.${i}` : String(i), depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (hasControlCharacters(key)) return here;
    const found = controlCharacterPath(item, here, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

function controlCharacterError(path: string): DomainError {
  const shown = JSON.stringify(path).slice(1, -1).slice(0, 200);
  return new DomainError('validation_failed', `De invoer is niet geldig: ${shown ? `${shown}: ` : ''}${CONTROL_CHARACTER_MESSAGE}`, {
    problems: [{ path: shown, message: CONTROL_CHARACTER_MESSAGE }],
  });
}
